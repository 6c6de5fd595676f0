import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../shared/ids.ts";
import { inviteUrl } from "./admin/inviteLink.ts";
import { createStaffUser } from "./admin/users.ts";
import { authzMatrix, type MatrixFixture, type MatrixRequest } from "./authz.matrix.ts";
import { seedDemo } from "./demo/seed.ts";
import { attendees, events } from "./store/schema.ts";
import { sessionCookie } from "./testing/contentFixtures.ts";
import { engines, openTestApp } from "./testing/testStore.ts";
import { reissueTicket } from "./tickets/issue.ts";

/** Hostile values every parameter, query value and body field is tried with. */
const HOSTILE: unknown[] = [
  "de\u0000mo",
  "\u0000",
  "x".repeat(70_000),
  "99999999999",
  99999999999,
  1e20,
  -1e20,
  1.5,
  null,
  true,
  [],
  {},
  ["\u0000"],
  { "\u0000": 1 },
];

/** Query strings tried on every route (names the API reads anywhere). */
const QUERIES = [
  "?version=99999999999",
  "?since=99999999999",
  "?version=-1",
  "?version=1e20",
  "?unit=a%00b",
  "?ids=a%00b",
  "?planHash=%00",
  `?unit=${"x".repeat(20_000)}`,
  "?noUnit=%00",
];

const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/** Variants of one route's request: each param, query and body field made hostile. */
function variants(base: MatrixRequest, paramNames: string[]): MatrixRequest[] {
  const out: MatrixRequest[] = [];
  for (const name of paramNames) {
    for (const value of HOSTILE)
      out.push({ ...base, params: { ...base.params, [name]: asText(value) } });
  }
  for (const query of QUERIES) out.push({ ...base, query });
  if (base.body !== undefined) {
    for (const whole of HOSTILE) out.push({ ...base, body: whole });
    if (base.body && typeof base.body === "object" && !Array.isArray(base.body)) {
      for (const key of Object.keys(base.body)) {
        for (const value of HOSTILE) {
          out.push({ ...base, body: { ...(base.body as object), [key]: value } });
        }
      }
    }
    out.push({
      ...base,
      body: undefined,
      rawBody: '{"title":"a\\u0000b"}',
      contentType: "application/json",
    });
    out.push({ ...base, body: undefined, rawBody: "{not json", contentType: "application/json" });
  }
  if (base.rawBody !== undefined) {
    out.push({ ...base, rawBody: `Họ và tên,Đơn vị\nA\u0000B,X\u0000\n` });
    out.push({ ...base, rawBody: "\u0000\u0000\u0000" });
    out.push({ ...base, rawBody: new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x80]) });
  }
  return out;
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? "x"));
}

/**
 * Issue 12 item 5: every route of the authorisation matrix, called by a signed-in admin and
 * attendee with NUL bytes, huge numbers, huge strings and wrong types in each parameter,
 * query value and body field, answers 4xx — never a 5xx (which would mean the input reached
 * the database or a parser unchecked).
 */
describe.each(engines)("hostile input on every route on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let fixture: MatrixFixture;
  const cookies: Record<string, string> = {};
  const errors: unknown[] = [];
  let restoreConsole: () => void;
  let signIn: () => Promise<void>;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    const all = await t.store.db.select().from(events);
    const event = all.find((e) => e.slug === "demo")!;
    const otherEvent = all.find((e) => e.slug !== "demo")!;
    const newAttendee = async () => {
      const [row] = await t.store.db
        .insert(attendees)
        .values({ id: newId(), eventId: event.id, name: "Người Thử", unit: "Đơn vị thử" })
        .returning();
      return row!;
    };
    const adminId = await createStaffUser(t.store.db, {
      username: "matrix-admin",
      password: "mat-khau-admin-dai",
      role: "admin",
    });
    const attendeeId = (await newAttendee()).id;
    // Fresh sessions for each route: a hostile call of POST /api/auth/logout ends one.
    signIn = async () => {
      cookies.admin = await sessionCookie(t.store, "staff", { staffUserId: adminId });
      cookies.attendee = await sessionCookie(t.store, "attendee", { attendeeId });
      cookies.anonymous = "";
    };
    fixture = {
      event: { id: event.id, slug: event.slug },
      otherEvent: { id: otherEvent.id, slug: otherEvent.slug },
      attendeeId: async () => (await newAttendee()).id,
      ticketedAttendeeId: async () => (await reissueTicket(t.store.db, await newAttendee())).id,
      inviteToken: async () =>
        (await inviteUrl(t.store.db, "http://th.test", await newAttendee())).split("/i/")[1]!,
      passwordOf: () => "mat-khau-admin-dai",
    };
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    restoreConsole = () => {
      console.error = original;
    };
  });
  afterAll(async () => {
    restoreConsole?.();
    await t.store.close();
  });

  it("answers every hostile request with a 4xx and logs no error", async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const [key, rule] of Object.entries(authzMatrix)) {
      const [method, path] = key.split(" ") as [string, string];
      const paramNames = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      for (const who of ["admin", "attendee", "anonymous"] as const) {
        await signIn();
        const base: MatrixRequest = { ...((await rule.request?.(fixture, "admin")) ?? {}) };
        for (const spec of variants(base, paramNames)) {
          const url =
            fillPath(path, { slug: fixture.event.slug, ...spec.params }) + (spec.query ?? "");
          const headers: Record<string, string> = { "x-forwarded-for": "10.99.0.1" };
          if (cookies[who]) headers.cookie = cookies[who]!;
          let body: RequestInit["body"];
          if (spec.body !== undefined) {
            headers["content-type"] = "application/json";
            body = JSON.stringify(spec.body);
          } else if (spec.rawBody !== undefined) {
            headers["content-type"] = spec.contentType ?? "text/csv";
            body = spec.rawBody as RequestInit["body"];
          }
          const response = await t.app.request(url, { method, headers, body });
          calls++;
          if (response.status >= 500) {
            failures.push(
              `${key} as ${who} ${url.slice(0, 120)} ${String(body).slice(0, 80)} → ${response.status}`,
            );
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);

  it("refuses the reported requests with 400", async () => {
    await signIn();
    const admin = { cookie: cookies.admin! };
    const cases: [string, RequestInit][] = [
      ["/api/events/de%00mo/pack", {}],
      ["/api/events/de%00mo/pack", { headers: admin }],
      ["/api/events/demo/attendees?unit=a%00b", { headers: admin }],
      [
        `/api/events/demo/sessions/${newId()}?version=99999999999`,
        { method: "DELETE", headers: admin },
      ],
      [
        "/api/auth/login",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "ad\u0000min", password: "x" }),
        },
      ],
      [
        "/api/events/demo/materials",
        {
          method: "POST",
          headers: { ...admin, "content-type": "application/json" },
          body: JSON.stringify({ title: "a\u0000b", body: "", published: false }),
        },
      ],
      [
        "/api/events/demo",
        {
          method: "PUT",
          headers: { ...admin, "content-type": "application/json" },
          body: `{"title":"T","organiser":"","venue":"","description":"","timeZone":"Asia/Ho_Chi_Minh","startsOn":"2015-06-26","endsOn":"2015-06-26","embedDomains":[],"published":true,"version":1e20}`,
        },
      ],
    ];
    for (const [url, init] of cases) {
      const response = await t.app.request(url, init);
      expect({ url, status: response.status }).toEqual({ url, status: 400 });
    }
  });
});
