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
import { defineOpKind, type OpKind, type OpOutcome, type Tx } from "../sync/opKind.ts";
import { oncePerTransaction } from "../sync/txCache.ts";
import { nativeSignatureCheck } from "../tickets/signatureCheck.ts";
import {
  annulScan,
  liveList,
  lockEventCheckins,
  recordCheckin,
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

async function isAttendeeOf(tx: Tx, eventId: string, attendeeId: string) {
  const [row] = await tx
    .select({ id: attendees.id })
    .from(attendees)
    .where(and(eq(attendees.id, attendeeId), eq(attendees.eventId, eventId)));
  return Boolean(row);
}

/** "checkin.scan": a door phone's scan, the ticket verified again on the server. */
export const scanKind = defineOpKind({
  schema: ScanPayload,
  allow: MANAGERS,
  async apply(tx, payload, ctx) {
    const list = await liveList(tx, ctx.event.id, payload.listId);
    if (!list) return { rejected: "unknown_list" };
    let attendeeId: string;
    let ticketIssuedAt: number | null = null;
    if (payload.method === "scan") {
      const check = verifyTicket(
        payload.code,
        await serverVerifier(tx, ctx.event.id),
        nativeSignatureCheck,
      );
      if (!check.ok) return { rejected: `ticket_${check.reason}` };
      attendeeId = check.claims.attendeeId;
      ticketIssuedAt = check.claims.issuedAt;
    } else {
      attendeeId = payload.attendeeId;
    }
    if (!(await isAttendeeOf(tx, ctx.event.id, attendeeId)))
      return { rejected: "unknown_attendee" };
    return announce(
      await recordCheckin(tx, ctx, {
        list,
        attendeeId,
        ticketIssuedAt,
        method: payload.method,
        admitted: payload.shown === "admitted",
      }),
    );
  },
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
  async apply(tx, payload, ctx) {
    const list = await liveList(tx, ctx.event.id, payload.listId);
    if (!list) return { rejected: "unknown_list" };
    if (list.kind !== "session") return { rejected: "not_a_session_list" };
    const at = ctx.correctedAt.getTime();
    if (!verifySessionCode(list.codeSecret, list.id, payload.digits, at)) {
      return { rejected: await whyCodeFails(tx, ctx.event.id, list, payload.digits, at) };
    }
    return announce(
      await recordCheckin(tx, ctx, {
        list,
        attendeeId: ctx.principal.id,
        ticketIssuedAt: null,
        method: "self",
        admitted: false,
      }),
    );
  },
});

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
