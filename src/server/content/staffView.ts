import { eq, inArray } from "drizzle-orm";
import type {
  StaffEvent,
  StaffEventContent,
  StaffMaterial,
  StaffSession,
} from "../../shared/api.ts";
import { fileUrl } from "../../shared/files.ts";
import type { Db } from "../store/db.ts";
import { type events, files, materials, sessions } from "../store/schema.ts";
import { eventDetails, sessionDetails } from "./contentDetails.ts";
import { eventMaterials, eventSessions } from "./eventRows.ts";

type EventRow = typeof events.$inferSelect;
type SessionRow = typeof sessions.$inferSelect;
type MaterialRow = typeof materials.$inferSelect;
/** A file row without its bytes. */
export type FileMeta = Pick<typeof files.$inferSelect, "id" | "name" | "mime" | "size">;

/** Columns of a file row except the data, for listings. */
export const fileMetaColumns = {
  id: files.id,
  name: files.name,
  mime: files.mime,
  size: files.size,
};

/** The event's own fields as editors see them. */
export function staffEvent(e: EventRow): StaffEvent {
  return {
    ...eventDetails(e),
    published: e.published,
    version: e.detailsVersion,
    contentVersion: e.version,
  };
}

export function staffSession(s: SessionRow): StaffSession {
  return {
    id: s.id,
    ...sessionDetails(s),
    published: s.published,
    version: s.version,
  };
}

export function staffMaterial(m: MaterialRow, slug: string, file: FileMeta | null): StaffMaterial {
  return {
    id: m.id,
    title: m.title,
    body: m.body,
    published: m.published,
    file: file ? { ...file, url: fileUrl(slug, file.id) } : null,
    version: m.version,
  };
}

/** Metadata of the given files, by id. */
export async function fileMetas(db: Db, ids: (string | null)[]): Promise<Map<string, FileMeta>> {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map();
  const rows = await db.select(fileMetaColumns).from(files).where(inArray(files.id, wanted));
  return new Map(rows.map((f) => [f.id, f]));
}

/** Everything editors work on for one event, drafts included, deleted rows left out. */
export async function loadEventContent(db: Db, event: EventRow): Promise<StaffEventContent> {
  const sessionRows = await eventSessions(db, event.id, eq(sessions.deleted, false));
  const materialRows = await eventMaterials(db, event.id, eq(materials.deleted, false));
  const metas = await fileMetas(
    db,
    materialRows.map((m) => m.fileId),
  );
  return {
    event: staffEvent(event),
    sessions: sessionRows.map(staffSession),
    materials: materialRows.map((m) =>
      staffMaterial(m, event.slug, m.fileId ? (metas.get(m.fileId) ?? null) : null),
    ),
  };
}
