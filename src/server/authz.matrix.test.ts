import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../shared/ids.ts";
import { inviteUrl } from "./admin/inviteLink.ts";
import { createStaffUser, grantEventRole } from "./admin/users.ts";
import {
  authzMatrix,
  type MatrixFixture,
  type MatrixRequest,
  type Requester,
  requesters,
} from "./authz.matrix.ts";
import { seedDemo } from "./demo/seed.ts";
import { attendees, events, staffUsers } from "./store/schema.ts";
import { sessionCookie } from "./testing/contentFixtures.ts";
import { engines, openTestApp } from "./testing/testStore.ts";
import { reissueTicket } from "./tickets/issue.ts";

/** "METHOD /path" of every API route the app really has (middleware and catch-alls aside). */
function listApiRoutes(app: { routes: { method: string; path: string }[] }): string[] {
  const keys = app.routes
    .filter((r) => r.path.startsWith("/api/") && r.method !== "ALL")
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

/** Who must never be sent anyone's phone number or e-mail address (DESIGN §4). */
const NO_CONTACTS: Requester[] = ["trainer", "attendee", "otherAttendee"];
const CONTACT_FIELD = /phone|e-?mail|dien.?thoai|điện.?thoại/i;

/** The paths ("events[0].phone") of every key in a JSON value that names contact details. */
function contactFields(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => contactFields(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(CONTACT_FIELD.test(key) ? [`${path}.${key}`] : []),
    ...contactFields(v, `${path}.${key}`),
  ]);
}

/** Contact fields in a response body: JSON keys, or the header row of a CSV. */
function contactFieldsIn(contentType: string, text: string): string[] {
  if (/json/.test(contentType)) return contactFields(JSON.parse(text));
  if (/csv/.test(contentType)) {
    const header = text.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
    return header.split(/[,;]/).filter((column) => CONTACT_FIELD.test(column));
  }
  return [];
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined)
      throw new Error(`${path}: the matrix entry gives no value for :${name}`);
    return encodeURIComponent(value);
  });
}

describe.each(engines)("authorisation matrix on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let fixture: MatrixFixture;
  const subjects = new Map<Requester, { staffUserId?: string; attendeeId?: string }>();
  const passwords = new Map<Requester, string>();

  /** A new session for a requester, inserted directly (cheaper than a login per call). */
  async function cookieFor(who: Requester): Promise<string> {
    const subject = subjects.get(who);
    if (!subject) return "";
    return sessionCookie(t.store, subject.staffUserId ? "staff" : "attendee", subject);
  }

  async function newAttendee(eventId: string) {
    const [row] = await t.store.db
      .insert(attendees)
      .values({ id: newId(), eventId, name: "Người Thử Ma Trận", unit: "Đơn vị thử" })
      .returning();
    return row!;
  }

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    const all = await t.store.db.select().from(events);
    const event = all.find((e) => e.slug === "demo")!;
    const otherEvent = all.find((e) => e.slug !== "demo")!;
    subjects.set("attendee", { attendeeId: (await newAttendee(event.id)).id });
    subjects.set("otherAttendee", { attendeeId: (await newAttendee(otherEvent.id)).id });
    const staff: [Requester, "admin" | "organiser" | "trainer", string | null][] = [
      ["admin", "admin", null],
      ["organiser", "organiser", event.slug],
      ["trainer", "trainer", event.slug],
      ["otherOrganiser", "organiser", otherEvent.slug],
    ];
    for (const [who, role, slug] of staff) {
      const username = `matrix-${who}`;
      const password = `mat-khau-${who}-dai`;
      passwords.set(who, password);
      const id = await createStaffUser(t.store.db, { username, password, role });
      if (slug && role !== "admin") {
        await grantEventRole(t.store.db, { username, eventSlug: slug, role });
      }
      subjects.set(who, { staffUserId: id });
    }
    fixture = {
      event: { id: event.id, slug: event.slug },
      otherEvent: { id: otherEvent.id, slug: otherEvent.slug },
      attendeeId: async () => (await newAttendee(event.id)).id,
      ticketedAttendeeId: async () =>
        (await reissueTicket(t.store.db, await newAttendee(event.id))).id,
      inviteToken: async () =>
        (await inviteUrl(t.store.db, "http://th.test", await newAttendee(event.id))).split(
          "/i/",
        )[1]!,
      passwordOf: (who) => passwords.get(who) ?? "",
    };
  });
  afterAll(() => t.store.close());

  it("has an entry for every API route, and none for a route that does not exist", () => {
    const routes = listApiRoutes(t.app);
    const missing = routes.filter((key) => !(key in authzMatrix));
    const stale = Object.keys(authzMatrix).filter((key) => !routes.includes(key));
    const advice = missing
      .map((key) => `  "${key}": { allow: [/* who may call it */] },`)
      .join("\n");
    expect(
      missing,
      `routes without an entry in src/server/authz.matrix.ts — add:\n${advice}\n`,
    ).toEqual([]);
    expect(stale, "entries in src/server/authz.matrix.ts for routes that no longer exist").toEqual(
      [],
    );
  });

  it("lets exactly the listed requesters use each route", async () => {
    const failures: string[] = [];
    for (const key of listApiRoutes(t.app)) {
      const rule = authzMatrix[key];
      if (!rule) continue;
      const [method, path] = key.split(" ") as [string, string];
      for (const who of requesters) {
        const spec: MatrixRequest = (await rule.request?.(fixture, who)) ?? {};
        const url =
          fillPath(path, { slug: fixture.event.slug, ...spec.params }) + (spec.query ?? "");
        const headers: Record<string, string> = {
          "x-forwarded-for": `10.9.${requesters.indexOf(who)}.1`,
        };
        const cookie = await cookieFor(who);
        if (cookie) headers.cookie = cookie;
        let body: RequestInit["body"];
        if (spec.body !== undefined) {
          headers["content-type"] = "application/json";
          body = JSON.stringify(spec.body);
        } else if (spec.rawBody !== undefined) {
          headers["content-type"] = spec.contentType ?? "application/octet-stream";
          body = spec.rawBody as RequestInit["body"];
        }
        const response = await t.app.request(url, { method, headers, body });
        const status = response.status;
        const allowed = rule.allow.includes(who);
        const ok = allowed
          ? (status >= 200 && status < 300) || (rule.okStatuses ?? []).includes(status)
          : who === "anonymous"
            ? status === 401
            : status === 401 || status === 403;
        // A live feed (Server-Sent Events) never ends by itself: stop reading it (it names
        // only ids and counts, see routes/changes.ts).
        const live = response.headers.get("content-type")?.startsWith("text/event-stream");
        const text = live ? "" : await response.text();
        if (live) await response.body?.cancel();
        if (NO_CONTACTS.includes(who)) {
          const leaked = contactFieldsIn(response.headers.get("content-type") ?? "", text);
          if (leaked.length > 0) {
            failures.push(
              `${key} as ${who}: ${status} sends contact details: ${leaked.join(", ")}`,
            );
          }
        }
        if (!ok) {
          failures.push(
            `${key} as ${who}: expected ${allowed ? "allowed (2xx)" : "denied (401/403)"}, got ${status} ${text.slice(0, 160)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("lists to each staff member only the events they are granted (an admin: all)", async () => {
    const slugsFor = async (who: Requester) => {
      const response = await t.app.request("/api/events", {
        headers: { cookie: await cookieFor(who) },
      });
      const body = (await response.json()) as { events: { slug: string; role: string }[] };
      return body.events.map((e) => `${e.slug}:${e.role}`).sort();
    };
    const all = await t.store.db.select({ slug: events.slug }).from(events);
    expect(await slugsFor("organiser")).toEqual(["demo:organiser"]);
    expect(await slugsFor("trainer")).toEqual(["demo:trainer"]);
    expect(await slugsFor("otherOrganiser")).toEqual([`${fixture.otherEvent.slug}:organiser`]);
    expect(await slugsFor("admin")).toEqual(all.map((e) => `${e.slug}:admin`).sort());
    const [admin] = await t.store.db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.username, "matrix-admin"));
    expect(admin?.role).toBe("admin");
  });
});
