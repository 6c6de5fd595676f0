import { and, eq, isNull, sql } from "drizzle-orm";
import type { TicketStatus } from "../../shared/api.ts";
import { signTicket } from "../../shared/ticket.ts";
import type { Db } from "../store/db.ts";
import { attendees, ticketRevocations } from "../store/schema.ts";
import { activeEventKey, eventKey } from "./keys.ts";

type AttendeeRow = typeof attendees.$inferSelect;

/** Revoked tickets of an event as "attendeeId:issuedAt" keys. */
export async function revokedTickets(db: Db, eventId: string): Promise<Set<string>> {
  const rows = await db
    .select({ attendeeId: ticketRevocations.attendeeId, issuedAt: ticketRevocations.issuedAt })
    .from(ticketRevocations)
    .where(eq(ticketRevocations.eventId, eventId));
  return new Set(rows.map((r) => `${r.attendeeId}:${r.issuedAt}`));
}

/** An attendee's ticket status given the event's revocations. */
export function ticketStatus(attendee: AttendeeRow, revoked: Set<string>): TicketStatus {
  if (attendee.ticketIssuedAt === null) return "none";
  return revoked.has(`${attendee.id}:${attendee.ticketIssuedAt}`) ? "revoked" : "active";
}

/** The Base45 code of an attendee's current ticket (signatures are deterministic). */
export async function ticketCode(db: Db, attendee: AttendeeRow): Promise<string> {
  if (attendee.ticketIssuedAt === null || attendee.ticketKeyId === null) {
    throw new Error("attendee has no ticket");
  }
  const key = await eventKey(db, attendee.eventId, attendee.ticketKeyId);
  return signTicket(
    {
      eventId: attendee.eventId,
      attendeeId: attendee.id,
      issuedAt: attendee.ticketIssuedAt,
      keyId: attendee.ticketKeyId,
    },
    key.secretKey,
  );
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Issues a first ticket to each attendee that has none (a revoked one is left alone: only
 * a reissue replaces it). Returns the attendees as stored afterwards.
 */
export async function ensureTickets(db: Db, eventId: string, people: AttendeeRow[]) {
  const missing = people.filter((p) => p.ticketIssuedAt === null);
  if (missing.length === 0) return people;
  const key = await activeEventKey(db, eventId);
  const issuedAt = nowSeconds();
  const updated = new Map<string, AttendeeRow>();
  for (const person of missing) {
    // "where ticket_issued_at is null": a concurrent request that issued first wins.
    await db
      .update(attendees)
      .set({ ticketIssuedAt: issuedAt, ticketKeyId: key.keyId })
      .where(and(eq(attendees.id, person.id), isNull(attendees.ticketIssuedAt)));
    const [row] = await db.select().from(attendees).where(eq(attendees.id, person.id));
    if (row) updated.set(row.id, row);
  }
  return people.map((p) => updated.get(p.id) ?? p);
}

/**
 * Replaces an attendee's ticket: the current one (if any) is revoked and a new one is
 * signed with the event's active key, in one transaction. The new issue time is later
 * than the old one even within the same second, so the two never share a revocation key.
 */
export async function reissueTicket(db: Db, attendee: AttendeeRow): Promise<AttendeeRow> {
  const key = await activeEventKey(db, attendee.eventId);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(attendees)
      .where(eq(attendees.id, attendee.id))
      .for("update");
    if (!current) throw new Error("attendee vanished");
    if (current.ticketIssuedAt !== null) {
      await tx
        .insert(ticketRevocations)
        .values({
          eventId: current.eventId,
          attendeeId: current.id,
          issuedAt: current.ticketIssuedAt,
        })
        .onConflictDoNothing();
    }
    const issuedAt = Math.max(nowSeconds(), (current.ticketIssuedAt ?? 0) + 1);
    const [row] = await tx
      .update(attendees)
      .set({ ticketIssuedAt: issuedAt, ticketKeyId: key.keyId })
      .where(eq(attendees.id, current.id))
      .returning();
    return row!;
  });
}

/** Revokes an attendee's current ticket; false when they had none. */
export async function revokeTicket(db: Db, attendee: AttendeeRow): Promise<boolean> {
  if (attendee.ticketIssuedAt === null) return false;
  await db
    .insert(ticketRevocations)
    .values({
      eventId: attendee.eventId,
      attendeeId: attendee.id,
      issuedAt: attendee.ticketIssuedAt,
    })
    .onConflictDoNothing();
  return true;
}

/** Counts an event's revocations (for tests and reports). */
export async function countRevocations(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ticketRevocations)
    .where(eq(ticketRevocations.eventId, eventId));
  return row?.n ?? 0;
}
