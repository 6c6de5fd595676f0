import { eq } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import { inviteUrl } from "../admin/inviteLink.ts";
import { createStaffUser, grantEventRole } from "../admin/users.ts";
import { sessionPolicy } from "../auth/session.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Store } from "../store/db.ts";
import { attendees, authSessions, events } from "../store/schema.ts";
import { cookiesFrom, jsonPost, type openTestApp } from "./testStore.ts";

type TestApp = Awaited<ReturnType<typeof openTestApp>>;

/** A signed-in session cookie, inserted directly (no login round trip, no rate limit). */
export async function sessionCookie(
  store: Store,
  kind: "staff" | "attendee",
  subject: { staffUserId?: string; attendeeId?: string },
): Promise<string> {
  const token = newToken();
  await store.db.insert(authSessions).values({
    tokenHash: hashToken(token),
    kind,
    staffUserId: subject.staffUserId ?? null,
    attendeeId: subject.attendeeId ?? null,
    expiresAt: new Date(Date.now() + 3600_000),
  });
  return `${sessionPolicy[kind].cookie}=${token}`;
}

/** A new staff account (granted on `eventSlug` unless admin) and its cookie. */
export async function staffCookie(
  store: Store,
  role: "admin" | "organiser" | "trainer",
  eventSlug?: string,
): Promise<string> {
  const username = `${role}-${newId().slice(-8)}`;
  const id = await createStaffUser(store.db, { username, password: "mat-khau-dai", role });
  if (eventSlug && role !== "admin") {
    await grantEventRole(store.db, { username, eventSlug, role });
  }
  return sessionCookie(store, "staff", { staffUserId: id });
}

/** The token of an attendee's current invite link, as a phone would redeem it. */
export async function inviteToken(
  db: Store["db"],
  person: Parameters<typeof inviteUrl>[2],
): Promise<string> {
  return (await inviteUrl(db, "http://th.test", person)).split("/i/")[1]!;
}

/** A new attendee of the event, signed in through a real invite link; their cookie. */
export async function attendeeCookie(t: TestApp, eventSlug: string): Promise<string> {
  const [event] = await t.store.db.select().from(events).where(eq(events.slug, eventSlug));
  const [person] = await t.store.db
    .insert(attendees)
    .values({ id: newId(), eventId: event!.id, name: "Nguyễn Văn Thử", unit: "Sở Ngoại vụ" })
    .returning();
  const token = await inviteToken(t.store.db, person!);
  return cookiesFrom(await t.app.request("/api/invites/redeem", jsonPost({ token })));
}

/** JSON request options with a method other than POST. */
export function jsonRequest(method: string, body: unknown, cookie: string): RequestInit {
  return {
    method,
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  };
}

/** A minimal valid one-page PDF showing `text` (ASCII), with a correct xref table. */
export function tinyPdf(text = "Quy che 272"): Uint8Array {
  const stream = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A multipart upload of `bytes` as `name`, for POST …/materials/:id/file. */
export function upload(
  bytes: Uint8Array,
  name: string,
  version: number | string,
  cookie: string,
  type = "application/pdf",
): RequestInit {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  form.set("version", String(version));
  return { method: "POST", body: form, headers: { cookie } };
}

/** The attendees of the seeded demo event, in the roster's order. */
export async function demoAttendees(store: Store): Promise<(typeof attendees.$inferSelect)[]> {
  const [demo] = await store.db.select().from(events).where(eq(events.slug, "demo"));
  if (!demo) throw new Error("the demo event is not seeded");
  return store.db
    .select()
    .from(attendees)
    .where(eq(attendees.eventId, demo.id))
    .orderBy(attendees.createdAt, attendees.id);
}
