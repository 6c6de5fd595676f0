import { and, asc, eq, gt } from "drizzle-orm";
import type { FileMime } from "../../shared/files.ts";
import { fileUrl } from "../../shared/files.ts";
import type { EventPack, PackAttendee } from "../../shared/pack.ts";
import type { Db } from "../store/db.ts";
import { type events, materials, sessions } from "../store/schema.ts";
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
  const changedSessions = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.eventId, event.id), gt(sessions.version, since)))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  const changedMaterials = await db
    .select()
    .from(materials)
    .where(and(eq(materials.eventId, event.id), gt(materials.version, since)))
    .orderBy(asc(materials.title), asc(materials.id));
  const visible = (row: { deleted: boolean; published: boolean }) => !row.deleted && row.published;
  const liveMaterials = changedMaterials.filter(visible);
  const metas = await fileMetas(
    db,
    liveMaterials.map((m) => m.fileId),
  );
  const gone = <R extends { id: string; deleted: boolean; published: boolean }>(rows: R[]) =>
    since === 0 ? [] : rows.filter((r) => !visible(r)).map((r) => r.id);

  return {
    event: {
      id: event.id,
      slug: event.slug,
      title: event.title,
      organiser: event.organiser,
      venue: event.venue,
      description: event.description,
      timeZone: event.timeZone,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      embedDomains: event.embedDomains,
    },
    attendee,
    sessions: changedSessions.filter(visible).map((s) => ({
      id: s.id,
      eventId: s.eventId,
      title: s.title,
      description: s.description,
      kind: s.kind,
      room: s.room,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      speakers: s.speakers,
      materialIds: s.materialIds,
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
