import { and, asc, eq, ne, or, sql } from "drizzle-orm";
import type { CheckinResult } from "../../shared/checkin.ts";
import {
  type CheckinMethod,
  type CheckinReview,
  checkinLists,
  checkinScans,
} from "../store/schema.ts";
import type { OpContext, Tx } from "../sync/opKind.ts";
import { plainArray } from "../sync/plainArray.ts";
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

/** The result of a scan whose list's accepted scan for that person (`first`) is known. */
function resultWith(
  scan: Pick<ScanRow, "id" | "attendeeId" | "status" | "review">,
  first: Pick<ScanRow, "id" | "at" | "deviceId"> | undefined,
): CheckinResult {
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
  /** In lower case: the database's form of the UUID. */
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

/** One check-in to record: its op's context and what the kind checked. */
export interface CheckinToRecord {
  ctx: OpContext;
  input: CheckinInput;
}

/** A scan as recordCheckins keeps it: what results are made of. */
type ScanState = Pick<
  ScanRow,
  "id" | "listId" | "attendeeId" | "status" | "review" | "at" | "deviceId"
>;

/** A scan row to insert, as recordCheckins decides it (status and review may change later). */
type NewScan = typeof checkinScans.$inferInsert & ScanState;

/**
 * Records check-ins in the order given (each op id is its scan id), exactly as one after
 * the other. The earliest scan by corrected time is the check-in; every other one is kept
 * as a duplicate, so nothing is lost and nobody is counted twice (the partial unique index
 * holds at most one accepted scan per attendee and list). Replaying the same op id changes
 * nothing. One read (the ops' own scans and their people's check-ins) and one insert for
 * them all, an update for each check-in recorded before and demoted by an earlier scan:
 * a door phone's 500 offline scans took three statements each.
 */
export async function recordCheckins(
  tx: Tx,
  items: readonly CheckinToRecord[],
): Promise<CheckinResult[]> {
  if (items.length === 0) return [];
  // One event's check-ins (an op kind's batch is of one event).
  await lockEventCheckins(tx, items[0]!.ctx.event.id);
  const personKey = (listId: string, attendeeId: string) => `${listId} ${attendeeId}`;
  const people = items.map((i) => ({ listId: i.input.list.id, attendeeId: i.input.attendeeId }));
  // The ops' own scans (a replay changes nothing) and their people's check-ins on these lists.
  const found: ScanState[] = await tx
    .select()
    .from(checkinScans)
    .where(
      or(
        sql`${checkinScans.id} = ANY(${plainArray(items.map((i) => i.ctx.opId))}::uuid[])`,
        and(
          eq(checkinScans.status, "accepted"),
          sql`(${checkinScans.listId}, ${checkinScans.attendeeId}) IN (SELECT * FROM unnest(
            ${plainArray(people.map((p) => p.listId))}::uuid[],
            ${plainArray(people.map((p) => p.attendeeId))}::uuid[]))`,
        ),
      ),
    );
  /** Every scan met so far by id, and each person's check-in, as they stand after each op. */
  const scans = new Map(found.map((scan) => [scan.id, scan]));
  const checkins = new Map(
    found
      .filter((scan) => scan.status === "accepted")
      .map((scan) => [personKey(scan.listId, scan.attendeeId), scan]),
  );
  const inserts: NewScan[] = [];
  const demoted: ScanState[] = [];
  const results: CheckinResult[] = [];
  for (const { ctx, input } of items) {
    const seen = scans.get(ctx.opId);
    if (seen) {
      const key = personKey(seen.listId, seen.attendeeId);
      // A scan recorded before for another person than this op names: read its check-in.
      results.push(
        checkins.has(key)
          ? resultWith(seen, checkins.get(key))
          : await resultOf(tx, seen as ScanRow),
      );
      continue;
    }
    const key = personKey(input.list.id, input.attendeeId);
    const first = checkins.get(key);
    const row: NewScan = {
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
      status: "accepted",
      review: null,
    };
    scans.set(row.id, row);
    inserts.push(row);
    if (first && row.at >= first.at) {
      row.status = "duplicate";
      row.review = reviewFor(input.list, input.admitted);
      results.push(resultWith(row, first));
      continue;
    }
    if (first) {
      // Synced late but made earlier (an offline phone): this scan becomes the check-in
      // and the one recorded before is demoted; it had been admitted, so it may need review.
      // One of this batch's own rows is demoted before it is even inserted.
      first.status = "duplicate";
      first.review = reviewFor(input.list, true);
      if (!inserts.some((insert) => insert.id === first.id)) demoted.push(first);
    }
    checkins.set(key, row);
    results.push(resultWith(row, row));
  }
  // Demotions first: the partial unique index never sees two check-ins of one person.
  for (const scan of demoted) {
    await tx
      .update(checkinScans)
      .set({ status: scan.status, review: scan.review, seq: sql`nextval('checkin_seq')` })
      .where(eq(checkinScans.id, scan.id));
  }
  if (inserts.length > 0) await tx.insert(checkinScans).values(inserts);
  return results;
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
