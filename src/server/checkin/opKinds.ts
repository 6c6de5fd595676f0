import { and, eq, ne, sql } from "drizzle-orm";
import {
  AnnulPayload,
  CHECKIN_ANNUL,
  CHECKIN_REVIEW,
  CHECKIN_SCAN,
  CHECKIN_SELF,
  CHECKIN_TOPIC,
  type CheckinResult,
  ReviewPayload,
  ScanPayload,
  SelfPayload,
} from "../../shared/checkin.ts";
import { SESSION_CODE_TOLERANCE, verifySessionCode } from "../../shared/sessionCode.ts";
import { verifyTicket } from "../../shared/ticket.ts";
import { MANAGERS } from "../auth/access.ts";
import {
  attendees,
  checkinLists,
  checkinScans,
  eventKeys,
  ticketRevocations,
} from "../store/schema.ts";
import {
  defineOpKind,
  type OpContext,
  type OpKind,
  type OpOutcome,
  type Tx,
} from "../sync/opKind.ts";
import { plainArray } from "../sync/plainArray.ts";
import { oncePerTransaction } from "../sync/txCache.ts";
import { nativeSignatureCheck } from "../tickets/signatureCheck.ts";
import {
  annulScan,
  type CheckinInput,
  type CheckinToRecord,
  liveList,
  lockEventCheckins,
  recordCheckins,
  resultOf,
  scanOfEvent,
} from "./record.ts";

/** How far (in windows, ±1 h) a session code is recognised as "expired" rather than wrong. */
const EXPIRED_WINDOWS = 120;

/** The change-feed note of one check-in op. */
function announce(result: CheckinResult | { scanId: string }): OpOutcome {
  return { result, change: { topic: CHECKIN_TOPIC, ids: [result.scanId] } };
}

/**
 * The event's ticket verifier as the server holds it: every key, every revocation. Read
 * once per transaction: a push's scans are checked against the same keys and revocations,
 * as of its first scan.
 */
function serverVerifier(tx: Tx, eventId: string) {
  return oncePerTransaction(tx, `ticket-verifier:${eventId}`, async () => {
    const keys = await tx
      .select({ keyId: eventKeys.keyId, publicKey: eventKeys.publicKey })
      .from(eventKeys)
      .where(eq(eventKeys.eventId, eventId));
    const revoked = await tx
      .select({ attendeeId: ticketRevocations.attendeeId, issuedAt: ticketRevocations.issuedAt })
      .from(ticketRevocations)
      .where(eq(ticketRevocations.eventId, eventId));
    return { eventId, keys, revoked };
  });
}

/** Which of these people are attendees of the event (lower-case ids). */
async function attendeesOf(tx: Tx, eventId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: attendees.id })
    .from(attendees)
    .where(
      and(
        eq(attendees.eventId, eventId),
        sql`${attendees.id} = ANY(${plainArray([...new Set(ids)])}::uuid[])`,
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** One op's check: refused with a reason, or a check-in to record. */
type Checked = { rejected: string } | CheckinToRecord;

/**
 * Records the check-ins among `checked` together (record.ts), in the order sent; the
 * refused keep their reason.
 */
async function recordChecked(tx: Tx, checked: readonly Checked[]): Promise<OpOutcome[]> {
  const toRecord = checked.filter((c): c is CheckinToRecord => !("rejected" in c));
  const results = await recordCheckins(tx, toRecord);
  let next = 0;
  return checked.map((c) => ("rejected" in c ? c : announce(results[next++]!)));
}

/** The checks of one scan that need no person: its list, and its ticket when scanned. */
async function checkScan(
  tx: Tx,
  payload: ScanPayload,
  ctx: OpContext,
): Promise<{ rejected: string } | CheckinInput> {
  const list = await liveList(tx, ctx.event.id, payload.listId);
  if (!list) return { rejected: "unknown_list" };
  const admitted = payload.shown === "admitted";
  if (payload.method !== "scan") {
    return {
      list,
      attendeeId: payload.attendeeId.toLowerCase(),
      ticketIssuedAt: null,
      method: "manual",
      admitted,
    };
  }
  const check = verifyTicket(
    payload.code,
    await serverVerifier(tx, ctx.event.id),
    nativeSignatureCheck,
  );
  if (!check.ok) return { rejected: `ticket_${check.reason}` };
  return {
    list,
    attendeeId: check.claims.attendeeId,
    ticketIssuedAt: check.claims.issuedAt,
    method: "scan",
    admitted,
  };
}

/**
 * Door scans, many at once (a door phone's push after a network cut): each checked alone
 * (its list, its ticket), then their people looked up in one read and their check-ins
 * recorded together, in the order sent.
 */
async function applyScans(
  tx: Tx,
  items: readonly { payload: ScanPayload; ctx: OpContext }[],
): Promise<OpOutcome[]> {
  const checked: Checked[] = [];
  for (const { payload, ctx } of items) {
    const input = await checkScan(tx, payload, ctx);
    checked.push("rejected" in input ? input : { ctx, input });
  }
  const toLookUp = checked.filter((c): c is CheckinToRecord => !("rejected" in c));
  const known = await attendeesOf(
    tx,
    items[0]!.ctx.event.id,
    toLookUp.map((c) => c.input.attendeeId),
  );
  return recordChecked(
    tx,
    checked.map((c) =>
      "rejected" in c || known.has(c.input.attendeeId) ? c : { rejected: "unknown_attendee" },
    ),
  );
}

/** "checkin.scan": a door phone's scan, the ticket verified again on the server. */
export const scanKind = defineOpKind({
  schema: ScanPayload,
  allow: MANAGERS,
  apply: async (tx, payload, ctx) => (await applyScans(tx, [{ payload, ctx }]))[0]!,
  applyMany: applyScans,
});

/** "checkin.annul": "Hủy" on a scan, with a reason. */
export const annulKind = defineOpKind({
  schema: AnnulPayload,
  allow: MANAGERS,
  async apply(tx, payload, ctx) {
    const scan = await scanOfEvent(tx, ctx.event.id, payload.scanId);
    if (!scan) return { rejected: "unknown_scan" };
    return announce(await resultOf(tx, await annulScan(tx, ctx, scan, payload.reason)));
  },
});

/**
 * "checkin.self": an attendee's self check-in with a session code, checked against the
 * device's time corrected by its clock offset, give or take one window.
 */
export const selfKind = defineOpKind({
  schema: SelfPayload,
  allow: ["attendee"],
  apply: async (tx, payload, ctx) => (await applySelf(tx, [{ payload, ctx }]))[0]!,
  applyMany: applySelf,
});

/**
 * Self check-ins, many at once (a room checking in when the network returns is one group
 * commit): each code checked alone, the check-ins recorded together, in the order sent.
 */
async function applySelf(
  tx: Tx,
  items: readonly { payload: SelfPayload; ctx: OpContext }[],
): Promise<OpOutcome[]> {
  const checked: Checked[] = [];
  for (const { payload, ctx } of items) checked.push(await checkSelf(tx, payload, ctx));
  return recordChecked(tx, checked);
}

/** The checks of one self check-in: a live session list, and its code at the device's time. */
async function checkSelf(tx: Tx, payload: SelfPayload, ctx: OpContext): Promise<Checked> {
  const list = await liveList(tx, ctx.event.id, payload.listId);
  if (!list) return { rejected: "unknown_list" };
  if (list.kind !== "session") return { rejected: "not_a_session_list" };
  const at = ctx.correctedAt.getTime();
  if (!verifySessionCode(list.codeSecret, list.id, payload.digits, at)) {
    return { rejected: await whyCodeFails(tx, ctx.event.id, list, payload.digits, at) };
  }
  const input = {
    list,
    attendeeId: ctx.principal.id,
    ticketIssuedAt: null,
    method: "self" as const,
    admitted: false,
  };
  return { ctx, input };
}

/** Tells a code from another window of this session, or another session, from a wrong one. */
async function whyCodeFails(
  tx: Tx,
  eventId: string,
  list: typeof checkinLists.$inferSelect,
  digits: string,
  at: number,
): Promise<string> {
  if (verifySessionCode(list.codeSecret, list.id, digits, at, EXPIRED_WINDOWS)) {
    return "code_expired";
  }
  const others = await tx
    .select()
    .from(checkinLists)
    .where(
      and(
        eq(checkinLists.eventId, eventId),
        eq(checkinLists.kind, "session"),
        eq(checkinLists.deleted, false),
        ne(checkinLists.id, list.id),
      ),
    );
  const elsewhere = others.some((o) =>
    verifySessionCode(o.codeSecret, o.id, digits, at, SESSION_CODE_TOLERANCE),
  );
  return elsewhere ? "wrong_session" : "bad_code";
}

/** "checkin.review": the organiser confirms or annuls a ticket admitted twice. */
export const reviewKind = defineOpKind({
  schema: ReviewPayload,
  allow: MANAGERS,
  async apply(tx, payload, ctx) {
    await lockEventCheckins(tx, ctx.event.id);
    const scan = await scanOfEvent(tx, ctx.event.id, payload.scanId);
    if (!scan) return { rejected: "unknown_scan" };
    if (payload.decision === "annul") {
      return announce(
        await resultOf(tx, await annulScan(tx, ctx, scan, payload.reason, "annulled")),
      );
    }
    if (scan.review === null) return { rejected: "not_for_review" };
    if (scan.review !== "pending") return announce(await resultOf(tx, scan));
    const [confirmed] = await tx
      .update(checkinScans)
      .set({ review: "confirmed", seq: sql`nextval('checkin_seq')` })
      .where(eq(checkinScans.id, scan.id))
      .returning();
    return announce(await resultOf(tx, confirmed!));
  },
});

/** The check-in kinds, by name, for the registry. */
export const checkinOpKinds: Record<string, OpKind> = {
  [CHECKIN_SCAN]: scanKind,
  [CHECKIN_ANNUL]: annulKind,
  [CHECKIN_SELF]: selfKind,
  [CHECKIN_REVIEW]: reviewKind,
};
