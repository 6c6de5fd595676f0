import { and, desc, eq } from "drizzle-orm";
import { fromBase64Url, toBase64Url } from "../../shared/bytes.ts";
import { newTicketKeyPair } from "../../shared/ticket.ts";
import type { Db } from "../store/db.ts";
import { eventKeys } from "../store/schema.ts";

export interface SigningKey {
  keyId: number;
  secretKey: Uint8Array;
}

/** Adds a new signing key to an event (key ids count up from 1); returns it. */
export async function rotateEventKey(db: Db, eventId: string): Promise<SigningKey> {
  for (let attempt = 0; ; attempt++) {
    const [latest] = await db
      .select({ keyId: eventKeys.keyId })
      .from(eventKeys)
      .where(eq(eventKeys.eventId, eventId))
      .orderBy(desc(eventKeys.keyId))
      .limit(1);
    const keyId = (latest?.keyId ?? 0) + 1;
    const pair = newTicketKeyPair();
    // Two processes rotating at once pick the same id: the primary key lets one win.
    const inserted = await db
      .insert(eventKeys)
      .values({
        eventId,
        keyId,
        publicKey: toBase64Url(pair.publicKey),
        privateKey: toBase64Url(pair.secretKey),
      })
      .onConflictDoNothing()
      .returning({ keyId: eventKeys.keyId });
    if (inserted.length > 0) return { keyId, secretKey: pair.secretKey };
    if (attempt >= 5) throw new Error("could not allocate a ticket key id");
  }
}

/** The key new tickets of an event are signed with (its newest), created on first use. */
export async function activeEventKey(db: Db, eventId: string): Promise<SigningKey> {
  const [latest] = await db
    .select()
    .from(eventKeys)
    .where(eq(eventKeys.eventId, eventId))
    .orderBy(desc(eventKeys.keyId))
    .limit(1);
  if (latest) return { keyId: latest.keyId, secretKey: fromBase64Url(latest.privateKey) };
  return rotateEventKey(db, eventId);
}

/** One key of an event by id, to re-sign an existing ticket. */
export async function eventKey(db: Db, eventId: string, keyId: number): Promise<SigningKey> {
  const [row] = await db
    .select()
    .from(eventKeys)
    .where(and(eq(eventKeys.eventId, eventId), eq(eventKeys.keyId, keyId)));
  if (!row) throw new Error(`event ${eventId} has no ticket key ${keyId}`);
  return { keyId, secretKey: fromBase64Url(row.privateKey) };
}

/** Every public key of an event, for door phones (never the private halves). */
export async function eventPublicKeys(db: Db, eventId: string) {
  return db
    .select({ keyId: eventKeys.keyId, publicKey: eventKeys.publicKey })
    .from(eventKeys)
    .where(eq(eventKeys.eventId, eventId))
    .orderBy(eventKeys.keyId);
}
