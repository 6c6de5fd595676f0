import type { DoorPack } from "../../../src/shared/api.ts";
import type { EventPack, PackMaterial, PackSession } from "../../../src/shared/pack.ts";

/** Sentences of the kind a training event's materials hold, cycled to fill a body. */
const SENTENCES = [
  "Quy chế quản lý thống nhất các hoạt động đối ngoại được ban hành kèm theo Quyết định số 272-QĐ/TW ngày 21/01/2015.",
  "Nghị quyết 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế xác định hội nhập kinh tế là trọng tâm.",
  "Kết luận 98-KL/TW ngày 28/6/2014 nêu rõ yêu cầu nâng cao chất lượng công tác thông tin đối ngoại.",
  "Ba trụ cột của công tác đối ngoại gồm đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.",
  "Học viên cần nắm vững các nội dung trọng tâm để vận dụng vào thực tiễn công tác tại địa phương, đơn vị.",
  "Báo cáo viên trình bày chuyên đề, sau đó các đại biểu thảo luận và trao đổi kinh nghiệm thực tiễn.",
  "## Câu hỏi ôn tập\n\n1. Nêu các nguyên tắc cơ bản của công tác thông tin đối ngoại.\n2. Phân tích vai trò của báo chí.",
];

const id = (kind: number, i: number) =>
  `01900000-0000-7000-8${kind}00-${i.toString(16).padStart(12, "0")}`;

/** A Markdown body of at least `bytes` UTF-8 bytes (Vietnamese text, so ~1.2 bytes a char). */
function body(i: number, bytes: number): string {
  const parts = [`# Tài liệu ${i + 1}\n`];
  let size = Buffer.byteLength(parts[0]!);
  for (let k = i; size < bytes; k++) {
    const sentence = `${SENTENCES[k % SENTENCES.length]!} (${i + 1}.${k - i + 1})\n\n`;
    parts.push(sentence);
    size += Buffer.byteLength(sentence);
  }
  return parts.join("");
}

/**
 * A full (since 0) event pack of the given size, deterministic: sessions spread over days
 * of 10 slots in 5 rooms, every material attached to a session.
 */
export function largePack(size: { sessions: number; materials: number; materialBytes: number }) {
  const eventId = id(1, 1);
  const materials: PackMaterial[] = Array.from({ length: size.materials }, (_, i) => ({
    id: id(3, i),
    eventId,
    title: `Chuyên đề ${i + 1}: tài liệu tham khảo`,
    body: body(i, size.materialBytes),
    file: null,
    version: 1,
  }));
  const sessions: PackSession[] = Array.from({ length: size.sessions }, (_, i) => {
    const day = Math.floor(i / 50);
    const slot = Math.floor(i / 5) % 10;
    const start = Date.UTC(2025, 2, 10 + day, 1 + slot, 0);
    return {
      id: id(2, i),
      eventId,
      title: `Chuyên đề ${i + 1}: công tác thông tin đối ngoại`,
      description: SENTENCES[i % SENTENCES.length]!,
      kind: slot === 4 ? "break" : "talk",
      room: `Hội trường ${(i % 5) + 1}`,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 50 * 60_000).toISOString(),
      speakers: [{ name: `Báo cáo viên ${(i % 17) + 1}`, title: "Ban Tuyên giáo Tỉnh ủy" }],
      materialIds: materials.filter((_, m) => m % size.sessions === i).map((m) => m.id),
      version: 1,
    };
  });
  const pack: EventPack = {
    event: {
      id: eventId,
      slug: "bench-large",
      title: "Hội nghị tập huấn công tác thông tin đối ngoại (bench)",
      organiser: "Ban Tuyên giáo Tỉnh ủy",
      venue: "Hội trường tỉnh",
      description: SENTENCES[0]!,
      timeZone: "Asia/Ho_Chi_Minh",
      startsOn: "2025-03-10",
      endsOn: "2025-03-14",
    },
    attendee: { id: id(4, 1), name: "Nguyễn Văn An", unit: "Sở Ngoại vụ", position: "Chuyên viên" },
    sessions,
    materials,
    deleted: { sessions: [], materials: [] },
    version: 1,
    since: 0,
    serverTime: "2025-03-01T00:00:00.000Z",
  };
  return pack;
}

/**
 * The staff variant's extra: a door pack of `attendees` people (what a door phone stores
 * to verify tickets offline), deterministic, for the event of `largePack`.
 */
export function largeDoorPack(attendees: number): DoorPack {
  return {
    event: { id: id(1, 1), slug: "bench", title: "Hội nghị tập huấn (bench)" },
    keys: [{ keyId: 1, publicKey: "A".repeat(43) }],
    revoked: [],
    attendees: Array.from({ length: attendees }, (_, i) => ({
      id: id(4, i),
      name: `Đại biểu số ${i + 1}`,
      unit: `Sở ${(i % 23) + 1} tỉnh Quảng Ngãi`,
      ticket: "active" as const,
      issuedAt: 1_700_000_000 + i,
    })),
    serverTime: new Date(0).toISOString(),
  };
}
