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

/** An unpublished quiz with no questions, valid as it stands. */
const MATRIX_QUIZ = {
  title: "Trắc nghiệm thử ma trận",
  sessionId: null,
  mode: "graded",
  timeLimitSec: null,
  attemptsAllowed: 1,
  opens: "manual",
  opensAt: null,
  closesAt: null,
  release: "held",
  published: false,
  questions: [],
};

/** A one-question import template; the preview writes nothing. */
const MATRIX_QUIZ_TEMPLATE = "Câu hỏi,Loại,A,B,Đáp án\nThủ đô?,một,Hà Nội,Huế,A\n";

/** An id no session, material or file has. */
const MISSING_ID = "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b";

const everyone = requesters;
const signedIn = requesters.filter((r) => r !== "anonymous");
const staff: Requester[] = ["organiser", "trainer", "admin", "otherOrganiser"];
/** Staff and attendees with a role on the fixture event. */
const ofEvent: Requester[] = ["attendee", "organiser", "trainer", "admin"];
const eventStaff: Requester[] = ["organiser", "trainer", "admin"];
const managers: Requester[] = ["organiser", "admin"];

/** An event's own fields, valid as they stand, on one day. */
const eventFields = (title: string, day: string) => ({
  title,
  organiser: "",
  venue: "",
  description: "",
  timeZone: "Asia/Ho_Chi_Minh",
  startsOn: day,
  endsOn: day,
  embedDomains: [],
});

/** A session's fields, valid as they stand, on the fixture event's day. */
const sessionFields = (title: string) => ({
  title,
  description: "",
  kind: "talk",
  room: "",
  startsAt: "2015-06-26T10:00:00.000Z",
  endsAt: "2015-06-26T10:30:00.000Z",
  speakers: [],
  materialIds: [],
  published: false,
});

/** What a delete sends besides the id: the version the editor saw. */
const atVersion1: MatrixRequest = { query: "?version=1" };

/**
 * A call on the session, material or file `MISSING_ID`: the allowed get past the role
 * check to a 404, the others are refused before the item is looked up.
 */
function onMissingItem(allow: readonly Requester[], request: MatrixRequest = {}): RouteRule {
  return { allow, request: () => ({ params: { id: MISSING_ID }, ...request }), okStatuses: [404] };
}

/**
 * A staff action on an attendee of the fixture event: a new one for every call, so that
 * one requester's action does not change what the next one finds (`ticketed`: one who
 * holds an active ticket).
 */
function onAttendee(
  allow: readonly Requester[],
  { ticketed = false, ...request }: MatrixRequest & { ticketed?: boolean } = {},
): RouteRule {
  return {
    allow,
    request: async (f) => ({
      params: { attendeeId: await (ticketed ? f.ticketedAttendeeId() : f.attendeeId()) },
      ...request,
    }),
  };
}

/** An upload of `MATRIX_ROSTER` as CSV. */
function withRoster(allow: readonly Requester[]): RouteRule {
  return { allow, request: () => ({ rawBody: MATRIX_ROSTER, contentType: "text/csv" }) };
}

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
  // does not exist (onMissingItem), event routes with a taken slug or a stale version:
  // allowed requesters get past the role check to a 404 or 409, the others are refused
  // before anything is looked up.
  "POST /api/events": {
    allow: ["organiser", "admin", "otherOrganiser"],
    // The slug of the fixture event: refused as taken (409) after the role check, so that
    // the matrix creates no events (which would change what other entries list).
    request: (f) => ({
      body: {
        slug: f.event.slug,
        ...eventFields("Hội nghị thử ma trận", "2030-01-02"),
        published: false,
      },
    }),
    okStatuses: [409],
  },
  "GET /api/events/:slug/content": { allow: managers },
  "PUT /api/events/:slug": {
    allow: managers,
    // Version 0 is never current: refused as stale (409), so the event stays as seeded.
    request: () => ({
      body: { ...eventFields("Hội nghị", "2015-06-26"), published: true, version: 0 },
    }),
    okStatuses: [409],
  },
  "POST /api/events/:slug/sessions": {
    allow: managers,
    request: () => ({ body: sessionFields("Phiên thử ma trận") }),
  },
  "POST /api/events/:slug/sessions/reorder": {
    allow: managers,
    request: () => ({ body: { sessions: [{ id: MISSING_ID, version: 1 }] } }),
    okStatuses: [404],
  },
  "PUT /api/events/:slug/sessions/:id": onMissingItem(managers, {
    body: { ...sessionFields("Phiên"), version: 1 },
  }),
  "DELETE /api/events/:slug/sessions/:id": onMissingItem(managers, atVersion1),
  "POST /api/events/:slug/materials": {
    allow: managers,
    request: () => ({ body: { title: "Tài liệu thử", body: "", published: false } }),
  },
  "PUT /api/events/:slug/materials/:id": onMissingItem(managers, {
    body: { title: "Tài liệu", body: "", published: false, version: 1 },
  }),
  "DELETE /api/events/:slug/materials/:id": onMissingItem(managers, atVersion1),
  "POST /api/events/:slug/materials/:id/file": onMissingItem(managers, {
    contentType: "multipart/form-data; boundary=matrix",
    rawBody:
      '--matrix\r\nContent-Disposition: form-data; name="version"\r\n\r\n1\r\n' +
      '--matrix\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n' +
      "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--matrix--\r\n",
  }),
  "DELETE /api/events/:slug/materials/:id/file": onMissingItem(managers, atVersion1),
  "GET /api/events/:slug/files/:id": onMissingItem(ofEvent),
  // Issue 13: the same file under its name, for the title of the tab a PDF opens in.
  "GET /api/events/:slug/files/:id/:name": {
    ...onMissingItem(ofEvent),
    request: () => ({ params: { id: MISSING_ID, name: "tai-lieu.pdf" } }),
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
  "POST /api/events/:slug/attendees/:attendeeId/ticket/revoke": onAttendee(managers, {
    ticketed: true,
  }),
  "POST /api/events/:slug/attendees/:attendeeId/ticket/reissue": onAttendee(managers),
  "GET /api/events/:slug/attendees": { allow: eventStaff },
  "GET /api/events/:slug/badges": { allow: managers },
  "GET /api/events/:slug/invitations": { allow: managers },
  // Issue 12: the same sheets for a hand-ticked selection of any size, sent as a body.
  "POST /api/events/:slug/badges": { allow: managers, request: () => ({ body: {} }) },
  "POST /api/events/:slug/invitations": { allow: managers, request: () => ({ body: {} }) },
  "POST /api/events/:slug/attendees/:attendeeId/invite/revoke": onAttendee(managers),
  "POST /api/events/:slug/attendees/:attendeeId/invite/reissue": onAttendee(managers),
  "PUT /api/events/:slug/attendees/:attendeeId/devices": onAttendee(managers, {
    body: { maxDevices: 2 },
  }),
  "POST /api/events/:slug/roster/preview": withRoster(managers),
  // Issue 12: an import names the plan it previewed; a plan hash no preview gave is refused
  // as stale (409) after the role check, so the matrix imports nothing.
  "POST /api/events/:slug/roster/import": {
    allow: managers,
    request: () => ({ rawBody: MATRIX_ROSTER, contentType: "text/csv", query: "?planHash=matrix" }),
    okStatuses: [409],
  },

  // Issue 13: the event hub's counts (no personal data: trainers too).
  "GET /api/events/:slug/overview": { allow: eventStaff },

  // Issue 9: sync. Anyone of the event may push (each op kind then says who may send it);
  // the live change feed is for the event's staff.
  "POST /api/events/:slug/ops": {
    allow: ofEvent,
    request: () => ({ body: { deviceId: "matrix-device", ops: [] } }),
  },
  "GET /api/events/:slug/changes": { allow: eventStaff },

  // Issue 10: check-in lists, attendance, review and export. Creating the entry list a
  // second time is refused as taken (409) after the role check.
  "GET /api/events/:slug/checkin/lists": { allow: eventStaff },
  "GET /api/events/:slug/checkin/sessions": { allow: ofEvent },
  "POST /api/events/:slug/checkin/lists": {
    allow: managers,
    request: () => ({ body: { kind: "entry", title: "Vào hội trường", reentry: false } }),
    okStatuses: [409],
  },
  "PUT /api/events/:slug/checkin/lists/:id": onMissingItem(managers, {
    body: { title: "Vào hội trường", reentry: true },
  }),
  "DELETE /api/events/:slug/checkin/lists/:id": onMissingItem(managers),
  "GET /api/events/:slug/checkin/summary": { allow: eventStaff },
  "GET /api/events/:slug/checkin/review": { allow: managers },
  "GET /api/events/:slug/checkin/export": { allow: eventStaff },

  // Issue 11: quizzes. Item routes are called on a quiz id that does not exist: allowed
  // requesters get past the role check to a 404, the others are refused first.
  "GET /api/events/:slug/quizzes": { allow: eventStaff },
  "POST /api/events/:slug/quizzes": {
    allow: eventStaff,
    request: () => ({ body: MATRIX_QUIZ }),
  },
  "POST /api/events/:slug/quizzes/import": {
    allow: eventStaff,
    request: () => ({ rawBody: MATRIX_QUIZ_TEMPLATE, contentType: "text/csv" }),
  },
  "GET /api/events/:slug/quizzes/:id": onMissingItem(eventStaff),
  "PUT /api/events/:slug/quizzes/:id": onMissingItem(eventStaff, {
    body: { ...MATRIX_QUIZ, version: 1 },
  }),
  "DELETE /api/events/:slug/quizzes/:id": onMissingItem(eventStaff, atVersion1),
  "POST /api/events/:slug/quizzes/:id/duplicate": onMissingItem(eventStaff, { body: {} }),
  "POST /api/events/:slug/quizzes/:id/pair": onMissingItem(eventStaff, { body: {} }),
  "POST /api/events/:slug/quizzes/:id/open": onMissingItem(eventStaff, { body: {} }),
  "POST /api/events/:slug/quizzes/:id/close": onMissingItem(eventStaff, { body: {} }),
  "POST /api/events/:slug/quizzes/:id/release": onMissingItem(eventStaff, { body: {} }),
  "GET /api/events/:slug/quizzes/:id/results": onMissingItem(eventStaff),
  "GET /api/events/:slug/quizzes/:id/export": onMissingItem(eventStaff, { query: "?by=attendee" }),
  "GET /api/events/:slug/results": { allow: eventStaff },
  "GET /api/events/:slug/my-quizzes": { allow: ["attendee"] },
};

/** Exported for the test: the groups above, to keep entries short elsewhere. */
export const groups = { everyone, signedIn, staff, ofEvent, eventStaff, managers };
