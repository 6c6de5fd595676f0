import type { PackEvent } from "../../../shared/pack.ts";
import { type AppDb, db as appDb } from "../../db/db.ts";
import { markdownToPlainText } from "./plainText.ts";
import type { SearchDoc } from "./searchIndex.ts";

export interface SearchSource {
  event: PackEvent;
  /** The event version the documents are from, for reusing a built index. */
  version: number;
  docs: SearchDoc[];
}

/** The event's sessions and materials on the device, as search documents; null if absent. */
export async function getSearchSource(
  slug: string,
  db: AppDb = appDb,
): Promise<SearchSource | null> {
  const event = await db.events.where("slug").equals(slug).first();
  const pack = event && (await db.packs.get(event.id));
  if (!event || !pack) return null;
  const sessions = await db.sessions.where("eventId").equals(event.id).toArray();
  const materials = await db.materials.where("eventId").equals(event.id).toArray();
  const docs: SearchDoc[] = [
    ...sessions.map((s) => ({
      id: `s:${s.id}`,
      kind: "session" as const,
      ref: s.id,
      title: s.title,
      text: [
        s.description,
        ...s.speakers.map((p) => (p.title ? `${p.name}, ${p.title}` : p.name)),
        s.room,
      ]
        .filter(Boolean)
        .join(" · "),
    })),
    ...materials.map((m) => ({
      id: `m:${m.id}`,
      kind: "material" as const,
      ref: m.id,
      title: m.title,
      text: [markdownToPlainText(m.body), m.file?.name ?? ""].filter(Boolean).join(" · "),
    })),
  ];
  return { event, version: pack.version, docs };
}
