import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../store/db.ts";
import { settings } from "../store/schema.ts";

/**
 * Invite links are stateless signed tokens, so that `invite-link` can print an attendee's
 * link again at any time without the database holding it:
 *   [format 1 B][attendee UUID 16 B][invite version 4 B][expires, unix s 4 B][HMAC 16 B]
 * Revoking bumps the attendee's invite version; every older link then fails.
 */
const FORMAT = 1;
const BODY_LENGTH = 1 + 16 + 4 + 4;
const MAC_LENGTH = 16;
export const INVITE_LIFETIME_DAYS = 60;

export interface InviteClaims {
  attendeeId: string;
  inviteVersion: number;
  expiresAt: Date;
}

export class InviteMalformedError extends Error {
  override name = "InviteMalformedError";
}

function mac(secret: Buffer, body: Buffer): Buffer {
  return createHmac("sha256", secret).update(body).digest().subarray(0, MAC_LENGTH);
}

/** Encodes and signs an invite token. */
export function signInvite(secret: Buffer, claims: InviteClaims): string {
  const body = Buffer.alloc(BODY_LENGTH);
  body.writeUInt8(FORMAT, 0);
  Buffer.from(claims.attendeeId.replaceAll("-", ""), "hex").copy(body, 1);
  body.writeUInt32BE(claims.inviteVersion, 17);
  body.writeUInt32BE(Math.floor(claims.expiresAt.getTime() / 1000), 21);
  return Buffer.concat([body, mac(secret, body)]).toString("base64url");
}

/** Decodes an invite token and checks its signature; throws InviteMalformedError. */
export function verifyInvite(secret: Buffer, token: string): InviteClaims {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new InviteMalformedError("not base64url");
  const raw = Buffer.from(token, "base64url");
  if (raw.length !== BODY_LENGTH + MAC_LENGTH) throw new InviteMalformedError("wrong length");
  const body = raw.subarray(0, BODY_LENGTH);
  if (body.readUInt8(0) !== FORMAT) throw new InviteMalformedError("unknown format");
  if (!timingSafeEqual(mac(secret, body), raw.subarray(BODY_LENGTH))) {
    throw new InviteMalformedError("bad signature");
  }
  const hex = body.subarray(1, 17).toString("hex");
  return {
    attendeeId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    inviteVersion: body.readUInt32BE(17),
    expiresAt: new Date(body.readUInt32BE(21) * 1000),
  };
}

/** The install's invite-signing key, created on first use. */
export async function getInviteSecret(db: Db): Promise<Buffer> {
  await db
    .insert(settings)
    .values({ key: "invite_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, "invite_secret"));
  if (!row) throw new Error("invite secret missing after insert");
  return Buffer.from(row.value, "base64url");
}
