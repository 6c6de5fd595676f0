import { and, eq, gt, lte } from "drizzle-orm";
import type { FileMime } from "../../shared/files.ts";
import { fileUrl } from "../../shared/files.ts";
import type { EventPack, PackAttendee } from "../../shared/pack.ts";
import type { Db } from "../store/db.ts";
import { type events, materials, sessions } from "../store/schema.ts";
import { eventDetails, sessionDetails } from "./contentDetails.ts";
import { byAgendaOrder, eventMaterials, eventSessions } from "./eventRows.ts";
import { fileMetas } from "./staffView.ts";

type EventRow = typeof events.$inferSelect;
type SessionRow = typeof sessions.$inferSelect;

const visible = (row: { deleted: boolean; published: boolean }) => !row.deleted && row.published;

/** Ids of the event's materials attendees may see. */
async function shownMaterialIds(db: Db, eventId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: materials.id })
    .from(materials)
    .where(
      and(
        eq(materials.eventId, eventId),
        eq(materials.published, true),
        eq(materials.deleted, false),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/**
 * Visible sessions unchanged since `since` that list one of `materialIds`. A material
 * published, withdrawn or deleted after `since` changes what such a session shows to
 * attendees, so the session is sent again although its own version did not move.
 */
async function sessionsListing(
  db: Db,
  eventId: string,
  since: number,
  materialIds: Set<string>,
): Promise<SessionRow[]> {
  if (since === 0 || materialIds.size === 0) return [];
  const unchanged = await eventSessions(
    db,
    eventId,
    and(lte(sessions.version, since), eq(sessions.deleted, false), eq(sessions.published, true))!,
  );
  return unchanged.filter((s) => s.materialIds.some((id) => materialIds.has(id)));
}

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
  const resent = await sessionsListing(
    db,
    event.id,
    since,
    new Set(changedMaterials.map((m) => m.id)),
  );
  const liveSessions = [...changedSessions.filter(visible), ...resent].sort(byAgendaOrder);
  const liveMaterials = changedMaterials.filter(visible);
  // Which materials sessions may list: in a full pack, the ones it sends; otherwise asked
  // for only when there are sessions to send (most pulls bring none).
  const shown =
    since === 0
      ? new Set(liveMaterials.map((m) => m.id))
      : liveSessions.length > 0
        ? await shownMaterialIds(db, event.id)
        : new Set<string>();
  const metas = await fileMetas(
    db,
    liveMaterials.map((m) => m.fileId),
  );
  const gone = <R extends { id: string; deleted: boolean; published: boolean }>(rows: R[]) =>
    since === 0 ? [] : rows.filter((r) => !visible(r)).map((r) => r.id);

  return {
    event: eventDetails(event),
    attendee,
    sessions: liveSessions.map((s) => ({
      id: s.id,
      eventId: s.eventId,
      ...sessionDetails(s, shown),
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
