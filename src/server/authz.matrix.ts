/**
 * The authorisation matrix: for every API route, who may use it. The suite in
 * authz.matrix.test.ts enumerates the app's real routes (Hono's `app.routes`) and fails
 * when a route has no entry here, or an entry names a route that no longer exists; then
 * it calls every route as each kind of requester and checks allowed → not 401/403,
 * denied → 401 (anonymous) or 403/401 (signed in, but not allowed).
 *
 * Adding a route? Add one entry, keyed "METHOD /api/path/:param" exactly as Hono lists
 * it, with `allow` and, when the route needs them, the params/body that make an allowed
 * call succeed (so that "allowed" is proven by a 2xx, not just by the absence of a 403).
 */

/** The kinds of requester every route is tried with. */
export const requesters = [
  "anonymous",
  "attendee",
  "otherAttendee",
  "organiser",
  "trainer",
  "admin",
  "otherOrganiser",
] as const;
export type Requester = (typeof requesters)[number];

/**
 * What the test sets up: `event` (slug "demo") with an attendee, an organiser and a trainer
 * granted on it; `otherEvent` with its own attendee and organiser; an admin.
 */
export interface MatrixFixture {
  event: { id: string; slug: string };
  otherEvent: { id: string; slug: string };
  /** An attendee of `event` (not the one signed in as "attendee"), for staff actions. */
  attendeeId: () => Promise<string>;
  /** A new attendee of `event` who holds an active ticket. */
  ticketedAttendeeId: () => Promise<string>;
  /** A fresh valid invite token of a new attendee of `event`. */
  inviteToken: () => Promise<string>;
  /** A staff account's current password, for routes that ask for it. */
  passwordOf: (who: Requester) => string;
}

export interface MatrixRequest {
  /** Values of the route's `:params`; `slug` defaults to the fixture event's. */
  params?: Record<string, string>;
  query?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with `contentType`. */
  rawBody?: Uint8Array | string;
  contentType?: string;
}

export interface RouteRule {
  /** Who may use the route; every other requester must be refused. */
  allow: readonly Requester[];
  /** Builds one request for a requester (called once per requester). */
  request?: (f: MatrixFixture, who: Requester) => MatrixRequest | Promise<MatrixRequest>;
  /** Statuses besides 2xx that count as an allowed outcome (e.g. 409 on a repeated action). */
  okStatuses?: number[];
}

/** A one-person roster; importing it twice just finds the person unchanged. */
const MATRIX_ROSTER = "Họ và tên,Đơn vị,Email\nNgười Ma Trận,Đơn vị thử,ma.tran@example.vn\n";

const everyone = requesters;
const signedIn = requesters.filter((r) => r !== "anonymous");
const staff: Requester[] = ["organiser", "trainer", "admin", "otherOrganiser"];
/** Staff and attendees with a role on the fixture event. */
const ofEvent: Requester[] = ["attendee", "organiser", "trainer", "admin"];
const eventStaff: Requester[] = ["organiser", "trainer", "admin"];
const managers: Requester[] = ["organiser", "admin"];

export const authzMatrix: Record<string, RouteRule> = {
  // Foundation
  "GET /api/health": { allow: everyone },
  "POST /api/auth/login": {
    allow: everyone,
    request: (f) => ({ body: { username: "matrix-admin", password: f.passwordOf("admin") } }),
  },
  "POST /api/auth/logout": { allow: everyone, request: () => ({ body: {} }) },
  "GET /api/me": { allow: signedIn },
  "POST /api/invites/redeem": {
    allow: everyone,
    request: async (f) => ({ body: { token: await f.inviteToken() } }),
  },
  "GET /api/events": { allow: staff },
  "GET /api/events/:slug/pack": { allow: ofEvent },

  // Issue 3: content editing and material files. Item routes are called with an id that
  // does not exist: allowed requesters get past the role check to a 404 (or 409 for a
  // stale version), the others are refused before the item is looked up.
  "POST /api/events": {
    allow: ["organiser", "admin", "otherOrganiser"],
    // The slug of the fixture event: refused as taken (409) after the role check, so that
    // the matrix creates no events (which would change what other entries list).
    request: (f) => ({
      body: {
        slug: f.event.slug,
        title: "Hội nghị thử ma trận",
        organiser: "",
        venue: "",
        description: "",
        timeZone: "Asia/Ho_Chi_Minh",
        startsOn: "2030-01-02",
        endsOn: "2030-01-02",
        embedDomains: [],
        published: false,
      },
    }),
    okStatuses: [409],
  },
  "GET /api/events/:slug/content": { allow: managers },
  "PUT /api/events/:slug": {
    allow: managers,
    request: () => ({
      body: {
        title: "Hội nghị",
        organiser: "",
        venue: "",
        description: "",
        timeZone: "Asia/Ho_Chi_Minh",
        startsOn: "2015-06-26",
        endsOn: "2015-06-26",
        embedDomains: [],
        published: true,
        version: 0,
      },
    }),
    okStatuses: [409],
  },
  "POST /api/events/:slug/sessions": {
    allow: managers,
    request: () => ({
      body: {
        title: "Phiên thử ma trận",
        description: "",
        kind: "talk",
        room: "",
        startsAt: "2015-06-26T10:00:00.000Z",
        endsAt: "2015-06-26T10:30:00.000Z",
        speakers: [],
        materialIds: [],
        published: false,
      },
    }),
  },
  "POST /api/events/:slug/sessions/reorder": {
    allow: managers,
    request: () => ({
      body: { sessions: [{ id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", version: 1 }] },
    }),
    okStatuses: [404],
  },
  "PUT /api/events/:slug/sessions/:id": {
    allow: managers,
    request: () => ({
      params: { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b" },
      body: {
        title: "Phiên",
        description: "",
        kind: "talk",
        room: "",
        startsAt: "2015-06-26T10:00:00.000Z",
        endsAt: "2015-06-26T10:30:00.000Z",
        speakers: [],
        materialIds: [],
        published: false,
        version: 1,
      },
    }),
    okStatuses: [404],
  },
  "DELETE /api/events/:slug/sessions/:id": {
    allow: managers,
    request: () => ({
      params: { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b" },
      query: "?version=1",
    }),
    okStatuses: [404],
  },
  "POST /api/events/:slug/materials": {
    allow: managers,
    request: () => ({ body: { title: "Tài liệu thử", body: "", published: false } }),
  },
  "PUT /api/events/:slug/materials/:id": {
    allow: managers,
    request: () => ({
      params: { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b" },
      body: { title: "Tài liệu", body: "", published: false, version: 1 },
    }),
    okStatuses: [404],
  },
  "DELETE /api/events/:slug/materials/:id": {
    allow: managers,
    request: () => ({
      params: { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b" },
      query: "?version=1",
    }),
    okStatuses: [404],
  },
  "POST /api/events/:slug/materials/:id/file": {
    allow: managers,
    request: () => ({
      params: { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b" },
      contentType: "multipart/form-data; boundary=matrix",
      rawBody:
        '--matrix\r\nContent-Disposition: form-data; name="version"\r\n\r\n1\r\n' +
        '--matrix\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n' +
        "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--matrix--\r\n",
    }),
    okStatuses: [404],
  },
  "DELETE /api/events/:slug/materials/:id/file": {
    allow: managers,
    request: () => ({
      params: { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b" },
      query: "?version=1",
    }),
    okStatuses: [404],
  },
  "GET /api/events/:slug/files/:id": {
    allow: ofEvent,
    request: () => ({ params: { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b" } }),
    okStatuses: [404],
  },

  // Issue 4: people and access
  "POST /api/auth/password": {
    allow: staff,
    // Sends the same password back as new: refused with 400, which still proves access.
    request: (f, who) => ({
      body: { currentPassword: f.passwordOf(who), newPassword: f.passwordOf(who) },
    }),
    okStatuses: [400],
  },
  "GET /api/events/:slug/ticket": { allow: ["attendee"] },
  "GET /api/events/:slug/door-pack": { allow: managers },
  "POST /api/events/:slug/attendees/:attendeeId/ticket/revoke": {
    allow: managers,
    request: async (f) => ({ params: { attendeeId: await f.ticketedAttendeeId() } }),
  },
  "POST /api/events/:slug/attendees/:attendeeId/ticket/reissue": {
    allow: managers,
    request: async (f) => ({ params: { attendeeId: await f.attendeeId() } }),
  },
  "GET /api/events/:slug/attendees": { allow: eventStaff },
  "GET /api/events/:slug/badges": { allow: managers },
  "GET /api/events/:slug/invitations": { allow: managers },
  "POST /api/events/:slug/attendees/:attendeeId/invite/revoke": {
    allow: managers,
    request: async (f) => ({ params: { attendeeId: await f.attendeeId() } }),
  },
  "POST /api/events/:slug/attendees/:attendeeId/invite/reissue": {
    allow: managers,
    request: async (f) => ({ params: { attendeeId: await f.attendeeId() } }),
  },
  "PUT /api/events/:slug/attendees/:attendeeId/devices": {
    allow: managers,
    request: async (f) => ({
      params: { attendeeId: await f.attendeeId() },
      body: { maxDevices: 2 },
    }),
  },
  "POST /api/events/:slug/roster/preview": {
    allow: managers,
    request: () => ({ rawBody: MATRIX_ROSTER, contentType: "text/csv" }),
  },
  "POST /api/events/:slug/roster/import": {
    allow: managers,
    request: () => ({ rawBody: MATRIX_ROSTER, contentType: "text/csv" }),
  },
};

/** Exported for the test: the groups above, to keep entries short elsewhere. */
export const groups = { everyone, signedIn, staff, ofEvent, eventStaff, managers };
