import { and, asc, eq } from "drizzle-orm";
import type { CheckinList, CreateCheckinListBody } from "../../shared/checkin.ts";
import { newId } from "../../shared/ids.ts";
import { newSessionSecret } from "../../shared/sessionCode.ts";
import { ApiError } from "../http/errors.ts";
import type { Db } from "../store/db.ts";
import { checkinLists, sessions } from "../store/schema.ts";
import { lockEventCheckins } from "./record.ts";

type ListRow = typeof checkinLists.$inferSelect;

/** A list as staff see it. */
export function staffList(row: ListRow): CheckinList {
  return {
    id: row.id,
    kind: row.kind,
    sessionId: row.sessionId,
    title: row.title,
    reentry: row.reentry,
    codeSecret: row.codeSecret,
  };
}

/** The live lists of an event: entry first, then sessions by creation. */
export async function eventLists(db: Db, eventId: string): Promise<ListRow[]> {
  const rows = await db
    .select()
    .from(checkinLists)
    .where(and(eq(checkinLists.eventId, eventId), eq(checkinLists.deleted, false)))
    .orderBy(asc(checkinLists.createdAt), asc(checkinLists.id));
  return rows.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "entry" ? -1 : 1));
}

/**
 * Creates a check-in list. 400 when the session is not a live session of the event,
 * 409 when the event already has an entry list or the session already has a list.
 */
export async function createList(
  db: Db,
  eventId: string,
  body: CreateCheckinListBody,
): Promise<ListRow> {
  return db.transaction(async (tx) => {
    await lockEventCheckins(tx, eventId);
    const sessionId = body.kind === "session" ? body.sessionId : null;
    if (sessionId) {
      const [session] = await tx
        .select({ id: sessions.id })
        .from(sessions)
        .where(
          and(
            eq(sessions.id, sessionId),
            eq(sessions.eventId, eventId),
            eq(sessions.deleted, false),
          ),
        );
      if (!session) {
        throw new ApiError(400, "validation_failed", "sessionId: not a session of this event");
      }
    }
    const taken = await tx
      .select({ id: checkinLists.id })
      .from(checkinLists)
      .where(
        and(
          eq(checkinLists.eventId, eventId),
          eq(checkinLists.deleted, false),
          sessionId ? eq(checkinLists.sessionId, sessionId) : eq(checkinLists.kind, "entry"),
        ),
      );
    if (taken.length > 0) {
      throw new ApiError(409, "conflict", "this check-in list exists already");
    }
    const [row] = await tx
      .insert(checkinLists)
      .values({
        id: newId(),
        eventId,
        kind: body.kind,
        sessionId,
        title: body.title,
        reentry: body.reentry,
        codeSecret: newSessionSecret(),
      })
      .returning();
    return row!;
  });
}
