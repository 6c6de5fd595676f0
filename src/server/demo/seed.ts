import { readFileSync } from "node:fs";
import { count } from "drizzle-orm";
import Papa from "papaparse";
import { newId } from "../../shared/ids.ts";
import { normalizePhone } from "../../shared/phone.ts";
import { zonedTime } from "../../shared/time.ts";
import { newStoredFile } from "../content/storedFile.ts";
import type { Tx } from "../content/version.ts";
import type { Db } from "../store/db.ts";
import { attendees, events, files, materials, sessions } from "../store/schema.ts";
import { demoEvents } from "./content.ts";
import { DEMO_FILES_DIR } from "./files.ts";
import { seedDemoQuizzes } from "./quizzes.ts";

/** Fictional attendees of the demo event, in the layout Vietnamese offices export. */
function readDemoRoster() {
  const text = readFileSync(new URL("./roster.csv", import.meta.url), "utf8").replace(
    /^\uFEFF/,
    "",
  );
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return data.map((row) => ({
    name: (row["Họ và tên"] ?? "").trim(),
    unit: (row["Đơn vị"] ?? "").trim(),
    position: (row["Chức vụ"] ?? "").trim(),
    phone: normalizePhone(row["Số điện thoại"] ?? ""),
    email: (row.Email ?? "").trim().toLowerCase() || null,
  }));
}

/** Stores a demo file as an upload would be stored; returns its id. */
async function storeDemoFile(tx: Tx, eventId: string, name: string): Promise<string> {
  const data = new Uint8Array(readFileSync(new URL(name, DEMO_FILES_DIR)));
  const stored = newStoredFile(eventId, name, data);
  if (!stored) throw new Error(`demo file ${name} is not a PDF, PNG, JPEG or WebP`);
  await tx.insert(files).values(stored);
  return stored.id;
}

/**
 * Seeds the demo events into an empty database, in one transaction. Returns false and
 * writes nothing when any event exists already, so a restart never duplicates them.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(events);
    if ((existing?.n ?? 0) > 0) return false;
    for (const demo of demoEvents) {
      const eventId = newId();
      await tx.insert(events).values({
        id: eventId,
        slug: demo.slug,
        title: demo.title,
        organiser: demo.organiser,
        venue: demo.venue,
        description: demo.description,
        timeZone: demo.timeZone,
        startsOn: demo.date,
        endsOn: demo.date,
        version: 1,
      });
      const materialIds = new Map(demo.materials.map((m) => [m.key, newId()]));
      const fileIds = new Map<string, string>();
      for (const m of demo.materials) {
        if (m.file) fileIds.set(m.key, await storeDemoFile(tx, eventId, m.file));
      }
      if (demo.materials.length > 0) {
        await tx.insert(materials).values(
          demo.materials.map((m) => ({
            id: materialIds.get(m.key)!,
            eventId,
            title: m.title,
            body: m.body,
            fileId: fileIds.get(m.key) ?? null,
            version: 1,
          })),
        );
      }
      await tx.insert(sessions).values(
        demo.sessions.map((s) => ({
          id: newId(),
          eventId,
          title: s.title,
          description: s.description,
          kind: s.kind,
          room: s.room,
          startsAt: zonedTime(demo.date, s.start, demo.timeZone),
          endsAt: zonedTime(demo.date, s.end, demo.timeZone),
          speakers: s.speakers,
          materialIds: s.materialKeys.map((key) => materialIds.get(key)!).filter(Boolean),
          version: 1,
        })),
      );
      if (demo.slug === "demo") {
        await seedDemoQuizzes(tx, eventId);
        await tx.insert(attendees).values(
          // The first attendee's link is printed at start-up for trying the app: allow it
          // on a laptop and a phone or two. Everyone else keeps the default of one device.
          readDemoRoster().map((p, i) => ({
            id: newId(),
            eventId,
            ...p,
            maxDevices: i === 0 ? 3 : 1,
          })),
        );
      }
    }
    return true;
  });
}
