import { and, asc, eq, ne, or, sql } from "drizzle-orm";
import type { CheckinResult } from "../../shared/checkin.ts";
import {
  type CheckinMethod,
  type CheckinReview,
  checkinLists,
  checkinScans,
} from "../store/schema.ts";
import type { OpContext, Tx } from "../sync/opKind.ts";
import { oncePerTransaction } from "../sync/txCache.ts";

type ScanRow = typeof checkinScans.$inferSelect;
export type ListRow = typeof checkinLists.$inferSelect;

/**
 * Serialises check-in writes of one event until the transaction ends, so that `seq`
 * values (taken after the lock) are handed out in commit order and a door pack pulled
 * with since=N never misses a row committed later with a smaller seq.
 */
export async function lockEventCheckins(tx: Tx, eventId: string): Promise<void> {
  await oncePerTransaction(tx, `checkin-lock:${eventId}`, () =>
    tx.execute(sql`select pg_advisory_xact_lock(10, hashtext(${eventId}))`),
  );
}

/**
 * A live check-in list of the event, or undefined; read once per transaction (a door
 * phone's push of 500 scans names one list 500 times, and no op changes a list).
 */
export function liveList(tx: Tx, eventId: string, listId: string): Promise<ListRow | undefined> {
  return oncePerTransaction(tx, `checkin-list:${eventId}:${listId}`, async () => {
    const [list] = await tx
      .select()
      .from(checkinLists)
      .where(
        and(
          eq(checkinLists.id, listId),
          eq(checkinLists.eventId, eventId),
          eq(checkinLists.deleted, false),
        ),
      );
    return list;
  });
}

/** The result a device gets for a scan row. */
export async function resultOf(tx: Tx, scan: ScanRow): Promise<CheckinResult> {
  const [first] = await tx
    .select()
    .from(checkinScans)
    .where(
      and(
        eq(checkinScans.listId, scan.listId),
        eq(checkinScans.attendeeId, scan.attendeeId),
        eq(checkinScans.status, "accepted"),
      ),
    );
  return resultWith(scan, first);
}

/** The result of a scan row whose list's accepted scan for that person (`first`) is known. */
function resultWith(scan: ScanRow, first: ScanRow | undefined): CheckinResult {
  return {
    scanId: scan.id,
    attendeeId: scan.attendeeId,
    status: scan.status,
    first: first
      ? { scanId: first.id, at: first.at.toISOString(), deviceId: first.deviceId }
      : null,
    review: scan.review,
  };
}

export interface CheckinInput {
  list: ListRow;
  attendeeId: string;
  ticketIssuedAt: number | null;
  method: CheckinMethod;
  /** Whether the device showed the person as admitted (green): a second one needs review. */
  admitted: boolean;
}

/** A duplicate's review state: a second admission where re-entry is not allowed. */
function reviewFor(list: ListRow, admitted: boolean): CheckinReview | null {
  return admitted && !list.reentry ? "pending" : null;
}

/**
 * Records one check-in (the op id is the scan id). The earliest scan by corrected time is
 * the check-in; every other one is kept as a duplicate, so nothing is lost and nobody is
 * counted twice (the partial unique index holds at most one accepted scan per attendee
 * and list). Replaying the same op id changes nothing.
 */
export async function recordCheckin(
  tx: Tx,
  ctx: OpContext,
  input: CheckinInput,
): Promise<CheckinResult> {
  await lockEventCheckins(tx, ctx.event.id);
  // One read for both: this op's own scan (a replay changes nothing) and the person's
  // check-in on this list, if any.
  const found = await tx
    .select()
    .from(checkinScans)
    .where(
      or(
        eq(checkinScans.id, ctx.opId),
        and(
          eq(checkinScans.listId, input.list.id),
          eq(checkinScans.attendeeId, input.attendeeId),
          eq(checkinScans.status, "accepted"),
        ),
      ),
    );
  const seen = found.find((scan) => scan.id === ctx.opId);
  if (seen) return resultOf(tx, seen);
  const first = found.find((scan) => scan.status === "accepted");

  const row = {
    id: ctx.opId,
    eventId: ctx.event.id,
    listId: input.list.id,
    attendeeId: input.attendeeId,
    ticketIssuedAt: input.ticketIssuedAt,
    deviceId: ctx.deviceId,
    method: input.method,
    at: ctx.correctedAt,
    deviceAt: ctx.createdAt,
    recordedBy: ctx.principal.id,
  };
  // The accepted scan is known from here on (the one inserted, or `first`): no read back.
  if (!first) {
    const [inserted] = await tx
      .insert(checkinScans)
      .values({ ...row, status: "accepted", review: null })
      .returning();
    return resultWith(inserted!, inserted);
  }
  if (row.at < first.at) {
    // Synced late but made earlier (an offline phone): this scan becomes the check-in and
    // the one recorded before is demoted; it had been admitted, so it may need review.
    await tx
      .update(checkinScans)
      .set({
        status: "duplicate",
        review: reviewFor(input.list, true),
        seq: sql`nextval('checkin_seq')`,
      })
      .where(eq(checkinScans.id, first.id));
    const [inserted] = await tx
      .insert(checkinScans)
      .values({ ...row, status: "accepted", review: null })
      .returning();
    return resultWith(inserted!, inserted);
  }
  const [inserted] = await tx
    .insert(checkinScans)
    .values({ ...row, status: "duplicate", review: reviewFor(input.list, input.admitted) })
    .returning();
  return resultWith(inserted!, first);
}

/**
 * Annuls a scan (with its reason). When it was the check-in, the earliest remaining
 * duplicate of the same attendee and list takes its place: that person was still seen.
 */
export async function annulScan(
  tx: Tx,
  ctx: OpContext,
  scan: ScanRow,
  reason: string,
  review?: CheckinReview,
): Promise<ScanRow> {
  await lockEventCheckins(tx, ctx.event.id);
  if (scan.status === "annulled") return scan;
  const [annulled] = await tx
    .update(checkinScans)
    .set({
      status: "annulled",
      annulReason: reason,
      annulledBy: ctx.principal.id,
      annulledAt: ctx.correctedAt,
      review: review ?? (scan.review === "pending" ? "annulled" : scan.review),
      seq: sql`nextval('checkin_seq')`,
    })
    .where(eq(checkinScans.id, scan.id))
    .returning();
  if (scan.status === "accepted") {
    const [next] = await tx
      .select()
      .from(checkinScans)
      .where(
        and(
          eq(checkinScans.listId, scan.listId),
          eq(checkinScans.attendeeId, scan.attendeeId),
          eq(checkinScans.status, "duplicate"),
          ne(checkinScans.id, scan.id),
        ),
      )
      .orderBy(asc(checkinScans.at), asc(checkinScans.id))
      .limit(1);
    if (next) {
      await tx
        .update(checkinScans)
        .set({ status: "accepted", review: null, seq: sql`nextval('checkin_seq')` })
        .where(eq(checkinScans.id, next.id));
    }
  }
  return annulled!;
}

/** A scan of the event by id, or undefined. */
export async function scanOfEvent(tx: Tx, eventId: string, scanId: string) {
  const [scan] = await tx
    .select()
    .from(checkinScans)
    .where(and(eq(checkinScans.id, scanId), eq(checkinScans.eventId, eventId)));
  return scan;
}
