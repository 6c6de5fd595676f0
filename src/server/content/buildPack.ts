import { gt } from "drizzle-orm";
import type { FileMime } from "../../shared/files.ts";
import { fileUrl } from "../../shared/files.ts";
import type { EventPack, PackAttendee } from "../../shared/pack.ts";
import type { Db } from "../store/db.ts";
import { type events, materials, sessions } from "../store/schema.ts";
import { eventDetails, sessionDetails } from "./contentDetails.ts";
import { eventMaterials, eventSessions } from "./eventRows.ts";
import { fileMetas } from "./staffView.ts";

type EventRow = typeof events.$inferSelect;

/**
 * The attendee's pack of an event from version `since` on: only what attendees may see
 * (published, not deleted; no drafts, no editor-only fields). A row that changed after
 * `since` and is now deleted or unpublished is listed under `deleted`, so that a device
 * that holds it drops it. A full pack (since 0) lists no deletions: it replaces the copy.
 */
export async function buildPack(
  db: Db,
  event: EventRow,
  since: number,
  attendee: PackAttendee | null,
): Promise<EventPack> {
  const changedSessions = await eventSessions(db, event.id, gt(sessions.version, since));
  const changedMaterials = await eventMaterials(db, event.id, gt(materials.version, since));
  const visible = (row: { deleted: boolean; published: boolean }) => !row.deleted && row.published;
  const liveMaterials = changedMaterials.filter(visible);
  const metas = await fileMetas(
    db,
    liveMaterials.map((m) => m.fileId),
  );
  const gone = <R extends { id: string; deleted: boolean; published: boolean }>(rows: R[]) =>
    since === 0 ? [] : rows.filter((r) => !visible(r)).map((r) => r.id);

  return {
    event: eventDetails(event),
    attendee,
    sessions: changedSessions.filter(visible).map((s) => ({
      id: s.id,
      eventId: s.eventId,
      ...sessionDetails(s),
      version: s.version,
    })),
    materials: liveMaterials.map((m) => {
      const file = m.fileId ? metas.get(m.fileId) : undefined;
      return {
        id: m.id,
        eventId: m.eventId,
        title: m.title,
        body: m.body,
        file: file
          ? {
              id: file.id,
              url: fileUrl(event.slug, file.id),
              name: file.name,
              mime: file.mime as FileMime,
              size: file.size,
            }
          : null,
        version: m.version,
      };
    }),
    deleted: { sessions: gone(changedSessions), materials: gone(changedMaterials) },
    version: event.version,
    since,
    serverTime: new Date().toISOString(),
  };
}
