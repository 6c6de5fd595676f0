import * as v from "valibot";
import type { CheckinList } from "./checkin.ts";

/** POST /api/auth/login */
export const LoginBody = v.object({
  username: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});
export type LoginBody = v.InferOutput<typeof LoginBody>;

/** POST /api/invites/redeem */
export const RedeemInviteBody = v.object({
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
});
export type RedeemInviteBody = v.InferOutput<typeof RedeemInviteBody>;

/**
 * The largest version a request may name: versions are 32-bit integers in the database,
 * so a larger one is refused as invalid input (400) instead of failing there (500).
 */
export const MAX_VERSION = 2 ** 31 - 1;

/** GET /api/events/:slug/pack?since=N */
export const PackQuery = v.object({
  since: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,15}$/, "since must be a whole number"), v.transform(Number)),
    "0",
  ),
});

/** GET /api/me: who this device is signed in as. */
export type Me =
  | { kind: "attendee"; attendee: { id: string; name: string }; event: { slug: string } }
  | { kind: "staff"; user: { id: string; username: string; role: StaffRole } };

export const staffRoles = ["admin", "organiser", "trainer"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** GET /api/health */
export interface Health {
  ok: true;
  db: "pglite" | "postgres";
  version: string;
}

// ── Issue 4: people and access ─────────────────────────────────────────────────────

/** A staff member's role on one event (admins have every event). */
export type EventStaffRole = "admin" | "organiser" | "trainer";

/** GET /api/events: one event a staff member works on, with their role on it. */
export interface StaffEventSummary {
  id: string;
  slug: string;
  title: string;
  venue: string;
  startsOn: string;
  endsOn: string;
  role: EventStaffRole;
}

/** Shortest password a staff account may have. */
export const MIN_PASSWORD_LENGTH = 8;

/** POST /api/auth/password */
export const ChangePasswordBody = v.object({
  currentPassword: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  newPassword: v.pipe(
    v.string(),
    v.minLength(
      MIN_PASSWORD_LENGTH,
      `the new password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    ),
    v.maxLength(200),
  ),
});
export type ChangePasswordBody = v.InferOutput<typeof ChangePasswordBody>;

/** An attendee as staff see them; phone and e-mail only for organisers and admins. */
export interface StaffAttendee {
  id: string;
  name: string;
  unit: string;
  position: string;
  phone?: string | null;
  email?: string | null;
  ticket: TicketStatus;
  maxDevices: number;
  /** Devices signed in with the attendee's invite now. */
  devices: number;
}

/** GET /api/events/:slug/attendees */
export interface StaffAttendeeList {
  event: { id: string; slug: string; title: string };
  role: EventStaffRole;
  /** Organisers and admins: they see phones and e-mails and manage people. */
  canSeeContacts: boolean;
  attendees: StaffAttendee[];
}

/** "none" until a ticket was issued; "revoked" after a revoke with no reissue. */
export type TicketStatus = "none" | "active" | "revoked";

/** GET /api/events/:slug/ticket: the signed-in attendee's own ticket. */
export interface AttendeeTicket {
  eventId: string;
  attendeeId: string;
  name: string;
  unit: string;
  position: string;
  /** Base45 text, shown as a QR code in alphanumeric mode. */
  code: string;
  issuedAt: number;
  keyId: number;
}

/** GET /api/events/:slug/door-pack: what a door phone needs to verify tickets offline. */
export interface DoorPack {
  event: { id: string; slug: string; title: string };
  keys: { keyId: number; publicKey: string }[];
  revoked: { attendeeId: string; issuedAt: number }[];
  /** Only what scanning shows: no phone, no e-mail. */
  attendees: {
    id: string;
    name: string;
    unit: string;
    ticket: TicketStatus;
    issuedAt: number | null;
  }[];
  serverTime: string;
  // Issue 10 (optional: a door pack stored before it has none of these).
  /** Issue 10: sessions, for the door's list choice and the session-code screen. */
  sessions?: { id: string; title: string; startsAt: string; endsAt: string }[];
  /** Issue 10: live check-in lists (with their session-code secrets: staff only). */
  lists?: CheckinList[];
  /** Issue 10: scans synced since the `since=` the device sent (all of them without it). */
  checkins?: DoorCheckin[];
  /** Issue 10: send it back as `since=` to get only the newer scans. */
  checkinVersion?: number;
  /** Issue 10: door phones' numbers per event, by device id ("máy 2"): always whole. */
  devices?: Record<string, number>;
}

/** Issue 10: one synced scan as a door phone keeps it (amber "Đã vào lúc …"). */
export interface DoorCheckin {
  id: string;
  listId: string;
  attendeeId: string;
  at: string;
  deviceId: string;
  status: "accepted" | "duplicate" | "annulled";
}

/** Issue 10: GET /api/events/:slug/door-pack?since=N */
export const DoorPackQuery = v.object({
  since: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,15}$/, "since must be a version"), v.transform(Number)),
  ),
});

/** GET /api/events/:slug/badges: one printable badge. */
export interface Badge {
  id: string;
  name: string;
  unit: string;
  position: string;
  code: string;
}

/** GET /api/events/:slug/invitations: one printable invitation. */
export interface Invitation {
  id: string;
  name: string;
  unit: string;
  position: string;
  url: string;
}

/** GET /api/events/:slug/invitations */
export interface InvitationSheet {
  invitations: Invitation[];
  /**
   * Issue 13: the server's LAN address when PUBLIC_URL is not set and the server listens on
   * the network; the print page suggests it when the links point at this computer.
   */
  lanUrl: string | null;
}

/** Which attendees a badge or invitation sheet is for: all, one unit, or a selection. */
/**
 * POST /api/events/:slug/badges|invitations: the same selection in a body, for a hand-ticked
 * list of any size (in the address, more than ~440 ids overflow the request line: 431).
 */
export const PrintSelectionBody = v.object({
  unit: v.optional(v.pipe(v.string(), v.maxLength(300))),
  noUnit: v.optional(v.boolean()),
  ids: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.uuid("ids must be attendee ids"))), v.maxLength(20_000)),
  ),
});

export const PrintQuery = v.object({
  unit: v.optional(v.pipe(v.string(), v.maxLength(300))),
  /** "1": the people with no unit (an empty `unit` means everyone). */
  noUnit: v.optional(v.picklist(["1"], "noUnit must be 1")),
  ids: v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.split(",").filter(Boolean)),
      v.array(v.pipe(v.string(), v.uuid("ids must be attendee ids"))),
      v.maxLength(5000),
    ),
  ),
});

/** Most devices an organiser may let one attendee's invite sign in at once. */
export const MAX_DEVICES_LIMIT = 5;

/** PATCH /api/events/:slug/attendees/:id/devices */
export const DevicesBody = v.object({
  maxDevices: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DEVICES_LIMIT)),
});

export type RosterField = "name" | "unit" | "position" | "phone" | "email";
export type RosterSkipReason =
  | "no_name"
  /** No longer given (issue 13: an invalid e-mail is left out with a warning). */
  | "invalid_email"
  | "duplicate_row"
  | "conflict"
  | "unchanged"
  /** Stored people of the same name and unit are several: which one is meant is unclear. */
  | "possible_duplicate";
/**
 * Something the import leaves out of a row it still imports (issue 13: keep the people):
 * an invalid phone or e-mail costs the person only that cell; a phone another person of
 * the roster already has (a secretary's number, a shared office line) is kept for that
 * person only (one phone, one attendee: the roster's phones are unique).
 */
export type RosterWarning = "invalid_phone" | "invalid_email" | "shared_phone";

/** One data row of an uploaded roster and what importing it would do. */
export interface RosterPreviewRow {
  /** Row number as the spreadsheet shows it (the header is a row too). */
  row: number;
  action: "create" | "update" | "skip";
  reason?: RosterSkipReason;
  /** For duplicate_row: the earlier row with the same e-mail or phone. */
  duplicateOf?: number;
  /** For possible_duplicate: the stored people it may be (same name and unit). */
  possibleDuplicates?: { id: string; phone: string | null; email: string | null }[];
  /** For a create or update: what is left out (the cells are in rawPhone and rawEmail). */
  warnings?: RosterWarning[];
  /** For shared_phone: the name of the person who keeps the phone. */
  sharedPhoneWith?: string;
  /** The existing attendee an update (or unchanged/conflict skip) refers to. */
  attendeeId?: string;
  /** Fields an update changes. */
  changes?: RosterField[];
  name: string;
  unit: string;
  position: string;
  phone: string | null;
  email: string | null;
  /** The cell as written, for rows skipped or warned about over a phone or e-mail. */
  rawPhone?: string;
  rawEmail?: string;
}

/** POST /api/events/:slug/roster/preview (and what /roster/import applied). */
export interface RosterPreview {
  format: "csv" | "xlsx";
  /** XLSX: the sheet used, and every sheet in the file. */
  sheet: string | null;
  sheets: string[];
  headerRow: number;
  /** Which header each field was read from. */
  columns: Partial<Record<RosterField, string>>;
  rows: RosterPreviewRow[];
  counts: { create: number; update: number; skip: number };
  /** Fingerprint of the plan: /roster/import applies only when it still matches. */
  planHash: string;
}

// ── Issue 3: content editing (events, sessions, materials) ──────────────────────────

const line = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const requiredLine = (max: number, what: string) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, `${what} is required`), v.maxLength(max));
/** The version of the item the editor started from: a stale one is refused with 409. */
const itemVersion = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_VERSION));
const instant = v.pipe(
  v.string(),
  v.isoTimestamp("must be an ISO 8601 date and time"),
  v.transform((s) => new Date(s).toISOString()),
);
const day = v.pipe(v.string(), v.isoDate("must be a date YYYY-MM-DD"));
const timeZone = v.pipe(
  v.string(),
  v.check((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return zone.length > 0;
    } catch {
      return false;
    }
  }, "unknown time zone"),
);
const hostName = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    "embed domains are host names such as www.youtube.com",
  ),
);

const eventFields = {
  title: requiredLine(300, "title"),
  organiser: line(300),
  venue: line(300),
  description: line(5000),
  timeZone,
  startsOn: day,
  endsOn: day,
  embedDomains: v.pipe(v.array(hostName), v.maxLength(20)),
  published: v.boolean(),
};

/** POST /api/events: a new event (a draft unless `published`). */
export const CreateEventBody = v.pipe(
  v.object({
    slug: v.pipe(
      v.string(),
      v.regex(
        /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/,
        "slug: lower-case letters, digits and hyphens, up to 60",
      ),
    ),
    ...eventFields,
  }),
  v.check((e) => e.endsOn >= e.startsOn, "endsOn is before startsOn"),
);
export type CreateEventBody = v.InferOutput<typeof CreateEventBody>;

/** PUT /api/events/:slug: the event's own fields (the slug never changes). */
export const UpdateEventBody = v.pipe(
  v.object({ ...eventFields, version: itemVersion }),
  v.check((e) => e.endsOn >= e.startsOn, "endsOn is before startsOn"),
);
export type UpdateEventBody = v.InferOutput<typeof UpdateEventBody>;

const sessionFields = {
  title: requiredLine(300, "title"),
  description: line(5000),
  kind: v.picklist(["talk", "break", "ceremony"], "kind must be talk, break or ceremony"),
  room: line(200),
  startsAt: instant,
  endsAt: instant,
  speakers: v.pipe(
    v.array(v.object({ name: requiredLine(200, "speaker name"), title: line(300) })),
    v.maxLength(20),
  ),
  materialIds: v.pipe(
    v.array(v.pipe(v.string(), v.uuid("materialIds must be ids"))),
    v.maxLength(50),
  ),
  published: v.boolean(),
};

/** POST /api/events/:slug/sessions */
export const CreateSessionBody = v.pipe(
  v.object(sessionFields),
  v.check((s) => s.endsAt > s.startsAt, "endsAt must be after startsAt"),
);
export type CreateSessionBody = v.InferOutput<typeof CreateSessionBody>;

/** PUT /api/events/:slug/sessions/:id */
export const UpdateSessionBody = v.pipe(
  v.object({ ...sessionFields, version: itemVersion }),
  v.check((s) => s.endsAt > s.startsAt, "endsAt must be after startsAt"),
);
export type UpdateSessionBody = v.InferOutput<typeof UpdateSessionBody>;

/**
 * POST /api/events/:slug/sessions/reorder: every session of one day in their new order,
 * each with the version the editor saw. A session moved past its neighbour swaps places in
 * time with it alone; both keep their durations (server/content/reorder.ts).
 */
export const ReorderSessionsBody = v.object({
  sessions: v.pipe(
    v.array(
      v.object({ id: v.pipe(v.string(), v.uuid("ids must be session ids")), version: itemVersion }),
    ),
    v.minLength(1),
    v.maxLength(500),
  ),
});
export type ReorderSessionsBody = v.InferOutput<typeof ReorderSessionsBody>;

const materialFields = {
  title: requiredLine(300, "title"),
  body: v.pipe(v.string(), v.maxLength(200_000, "the text is longer than 200,000 characters")),
  published: v.boolean(),
};

/** POST /api/events/:slug/materials */
export const CreateMaterialBody = v.object(materialFields);
export type CreateMaterialBody = v.InferOutput<typeof CreateMaterialBody>;

/** PUT /api/events/:slug/materials/:id */
export const UpdateMaterialBody = v.object({ ...materialFields, version: itemVersion });
export type UpdateMaterialBody = v.InferOutput<typeof UpdateMaterialBody>;

/** `?version=N` of DELETE requests and the `version` field of a file upload. */
export const VersionQuery = v.object({
  version: v.pipe(
    v.string(),
    v.regex(/^\d{1,9}$/, "version must be a whole number below 10^9"),
    v.transform(Number),
  ),
});

/** An event as its editors see it (GET /api/events/:slug/content). */
export interface StaffEvent {
  id: string;
  slug: string;
  title: string;
  organiser: string;
  venue: string;
  description: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  embedDomains: string[];
  published: boolean;
  /** The version to send back when saving the event's own fields. */
  version: number;
  /** The event's content version (what attendees' packs are at). */
  contentVersion: number;
}

export interface StaffSession {
  id: string;
  title: string;
  description: string;
  kind: "talk" | "break" | "ceremony";
  room: string;
  startsAt: string;
  endsAt: string;
  speakers: { name: string; title: string }[];
  materialIds: string[];
  published: boolean;
  version: number;
}

export interface StaffMaterial {
  id: string;
  title: string;
  body: string;
  published: boolean;
  file: { id: string; url: string; name: string; mime: string; size: number } | null;
  version: number;
}

/** GET /api/events/:slug/content: everything editors work on, drafts included. */
export interface StaffEventContent {
  event: StaffEvent;
  sessions: StaffSession[];
  materials: StaffMaterial[];
}

/**
 * GET /api/events/:slug/overview (issue 13): the event hub's first screen. Counts only:
 * no personal data, so trainers get it too.
 */
export interface EventOverview {
  event: {
    id: string;
    slug: string;
    title: string;
    venue: string;
    startsOn: string;
    endsOn: string;
    timeZone: string;
    published: boolean;
  };
  role: EventStaffRole;
  counts: {
    /** People on the roster. */
    people: number;
    /** People whose ticket and invitation were issued (printed) and not revoked. */
    invited: number;
    /** People with at least one device signed in with their invite now. */
    withDevice: number;
    /** Devices signed in with invites now. */
    devices: number;
    /** Sessions and materials, drafts included. */
    sessions: number;
    materials: number;
    /** People checked in at least once; null until check-in exists (see eventOverview.ts). */
    checkedIn: number | null;
  };
}
