import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { SessionKind, Speaker } from "../../shared/pack.ts";
import type {
  QuestionKind,
  QuizMode,
  QuizOpening,
  QuizOption,
  QuizRelease,
} from "../../shared/quiz.ts";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * Content rows carry the event version at which they last changed, so that a pack pull
 * with `since=N` returns rows with `version > N`. Deletions are soft (`deleted`) for the
 * same reason: a device that was offline must learn that a row is gone.
 */
export const events = pgTable("events", {
  id: uuid("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  organiser: text("organiser").notNull().default(""),
  venue: text("venue").notNull().default(""),
  description: text("description").notNull().default(""),
  timeZone: text("time_zone").notNull().default("Asia/Ho_Chi_Minh"),
  startsOn: date("starts_on").notNull(),
  endsOn: date("ends_on").notNull(),
  /** Monotonic: bumped by every change to the event's content. */
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  /** Attendees see the event only once it is published (issue 3). */
  published: boolean("published").notNull().default(true),
  /** Hosts whose images and iframes materials may embed; none by default. */
  embedDomains: jsonb("embed_domains").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  /** Event version at which the event's own fields last changed: the edit-conflict check. */
  detailsVersion: integer("details_version").notNull().default(1),
});

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind").$type<SessionKind>().notNull().default("talk"),
    room: text("room").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    speakers: jsonb("speakers").$type<Speaker[]>().notNull().default(sql`'[]'::jsonb`),
    materialIds: jsonb("material_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    version: integer("version").notNull(),
    deleted: boolean("deleted").notNull().default(false),
    /** Drafts stay out of attendees' packs. */
    published: boolean("published").notNull().default(true),
  },
  (t) => [index("sessions_event_version").on(t.eventId, t.version)],
);

export const materials = pgTable(
  "materials",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    version: integer("version").notNull(),
    deleted: boolean("deleted").notNull().default(false),
    /** Drafts stay out of attendees' packs. */
    published: boolean("published").notNull().default(true),
    /** The attached PDF or image, if any. */
    fileId: uuid("file_id").references(() => files.id),
  },
  (t) => [index("materials_event_version").on(t.eventId, t.version)],
);

export const attendees = pgTable(
  "attendees",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    position: text("position").notNull().default(""),
    /** +84 form; staff-only. */
    phone: text("phone"),
    /** Lower-cased; staff-only. */
    email: text("email"),
    /** Bumped to revoke every invite link issued before. */
    inviteVersion: integer("invite_version").notNull().default(1),
    /** Issue 4: how many devices may be signed in with the invite at once (organiser's choice). */
    maxDevices: integer("max_devices").notNull().default(1),
    /** Issue 4: the current ticket's issue time (unix seconds) and signing key; null = none yet. */
    ticketIssuedAt: integer("ticket_issued_at"),
    ticketKeyId: integer("ticket_key_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("attendees_event").on(t.eventId),
    uniqueIndex("attendees_event_email").on(t.eventId, t.email),
    uniqueIndex("attendees_event_phone").on(t.eventId, t.phone),
  ],
);

export const staffUsers = pgTable(
  "staff_users",
  {
    id: uuid("id").primaryKey(),
    /** Stored normalised (auth/username.ts): NFC, lower case. */
    username: text("username").notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").$type<"admin" | "organiser" | "trainer">().notNull(),
    createdAt: createdAt(),
  },
  // Issue 12: unique after normalisation, whatever wrote the row.
  (t) => [uniqueIndex("staff_users_username_folded").on(sql`lower(normalize(${t.username}, NFC))`)],
);

/** Sign-ins of staff and of attendee devices. Only a SHA-256 of the token is stored. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    kind: text("kind").$type<"staff" | "attendee">().notNull(),
    staffUserId: uuid("staff_user_id").references(() => staffUsers.id, { onDelete: "cascade" }),
    attendeeId: uuid("attendee_id").references(() => attendees.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("auth_sessions_expires").on(t.expiresAt)],
);

/** Install-wide secrets and flags, e.g. the key that signs invite links. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** PostgreSQL bytea as a Uint8Array, whichever driver (pg gives Buffer, PGlite Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * Uploaded material files, in the database so that every server process serves them.
 * Rows are immutable: a new upload is a new row, so a file URL names one content forever.
 */
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** The uploader's file name, shown to attendees as text only. */
    name: text("name").notNull(),
    /** Detected from the content (magic bytes), never from the name. */
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    data: bytea("data").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("files_event").on(t.eventId)],
);

/** Issue 4: a staff member's role on one event (admins need none: their role is global). */
export const eventGrants = pgTable(
  "event_grants",
  {
    staffUserId: uuid("staff_user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    role: text("role").$type<"organiser" | "trainer">().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.staffUserId, t.eventId] }),
    index("event_grants_event").on(t.eventId),
  ],
);

/**
 * Issue 4: sign-in attempt counters per IP and per username, in fixed windows. Kept in
 * the database so that several server processes sharing PostgreSQL count together.
 */
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  attempts: integer("attempts").notNull(),
});

/** Issue 4: an event's Ed25519 ticket-signing keys; the newest unretired one signs. */
export const eventKeys = pgTable(
  "event_keys",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    keyId: integer("key_id").notNull(),
    publicKey: text("public_key").notNull(),
    /** Base64url seed. Never sent to any client. */
    privateKey: text("private_key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.keyId] })],
);

/** Issue 4: tickets that no longer admit their holder (revoked, or replaced by a reissue). */
export const ticketRevocations = pgTable(
  "ticket_revocations",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    attendeeId: uuid("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    issuedAt: integer("issued_at").notNull(),
    revokedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.attendeeId, t.issuedAt] }),
    index("ticket_revocations_event").on(t.eventId),
  ],
);

/**
 * Issue 9: the op ledger. One row per op id the server decided on (applied, or refused by
 * its kind), written in the same transaction as the op's effect, so that a replayed id gets
 * the first answer and an op is never applied twice. Read in order by (received_at, id).
 */
export const syncOps = pgTable(
  "sync_ops",
  {
    id: uuid("id").primaryKey(),
    /**
     * No foreign key: the push route has checked the event, and a per-row key check would
     * cost a third of the ingest rate (DESIGN §9's 20,000 ops/s on PGlite).
     */
    eventId: uuid("event_id").notNull(),
    principalKind: text("principal_kind").$type<"staff" | "attendee">().notNull(),
    principalId: uuid("principal_id").notNull(),
    deviceId: text("device_id").notNull(),
    kind: text("kind").notNull(),
    /** Device clock when the record was made. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    clockOffsetMs: bigint("clock_offset_ms", { mode: "number" }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    status: text("status").$type<"applied" | "rejected">().notNull(),
    reason: text("reason"),
    result: jsonb("result"),
    /** SHA-256 of kind, event id and canonical payload: same id, other content → id_conflict. */
    payloadHash: bytea("payload_hash").notNull(),
    /** The op as sent, so that a hall server can forward its ledger as ops. */
    payload: json("payload").notNull(),
  },
  // No index besides the key: every index slows ingest, and reading the ledger in order
  // (ORDER BY received_at, id) is rare (a hall server forwarding its ops).
);

/**
 * Issue 9: the change feed's log. One row per topic per committed push; `seq` is the SSE
 * event id, so a reconnecting feed resumes from Last-Event-ID. Rows older than a day are
 * pruned (src/server/sync/changeLog.ts).
 */
export const syncChanges = pgTable(
  "sync_changes",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    topic: text("topic").notNull(),
    count: integer("count").notNull(),
    /** json, stored uncompressed (migration 0007): written per push, only ever read whole. */
    ids: json("ids").$type<string[]>().notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sync_changes_event_seq").on(t.eventId, t.seq)],
);

/** Issue 10: what a check-in list is for: entry to the event, or one session. */
export type CheckinListKind = "entry" | "session";
/** Issue 10: how a check-in was made: a ticket scanned, picked by name, or self by session code. */
export type CheckinMethod = "scan" | "manual" | "self";
/**
 * Issue 10: a scan's standing. `accepted` is the check-in (at most one per attendee and list,
 * enforced by a partial unique index); later scans are `duplicate`; `annulled` ones count for nothing.
 */
export type CheckinStatus = "accepted" | "duplicate" | "annulled";
/** Issue 10: a scan admitted by a door phone that did not know of an earlier check-in. */
export type CheckinReview = "pending" | "confirmed" | "annulled";

const checkinSeq = () =>
  bigint("seq", { mode: "number" }).notNull().default(sql`nextval('checkin_seq')`);

/**
 * Issue 10: a check-in list, chosen by the organiser: the event's entry, or one per session.
 * `codeSecret` MACs the session codes (shared/sessionCode.ts); it goes to staff only.
 * `seq` (from the checkin_seq sequence) orders changes for the door pack's since=.
 */
export const checkinLists = pgTable(
  "checkin_lists",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    kind: text("kind").$type<CheckinListKind>().notNull(),
    sessionId: uuid("session_id").references(() => sessions.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    reentry: boolean("reentry").notNull().default(false),
    codeSecret: text("code_secret").notNull(),
    deleted: boolean("deleted").notNull().default(false),
    seq: checkinSeq(),
    createdAt: createdAt(),
  },
  (t) => [
    index("checkin_lists_event").on(t.eventId, t.seq),
    uniqueIndex("checkin_lists_live_session").on(t.sessionId).where(sql`${t.deleted} = false`),
    uniqueIndex("checkin_lists_live_entry")
      .on(t.eventId)
      .where(sql`${t.kind} = 'entry' AND ${t.deleted} = false`),
  ],
);

/** Issue 10: every scan ever synced (the op id is its id): never deleted, never counted twice. */
export const checkinScans = pgTable(
  "checkin_scans",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    listId: uuid("list_id")
      .notNull()
      .references(() => checkinLists.id, { onDelete: "cascade" }),
    attendeeId: uuid("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    /** The scanned ticket's issue time; null for manual and self check-ins. */
    ticketIssuedAt: integer("ticket_issued_at"),
    deviceId: text("device_id").notNull(),
    method: text("method").$type<CheckinMethod>().notNull(),
    /** Device time corrected by its clock offset. */
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** Device time as the device's clock had it. */
    deviceAt: timestamp("device_at", { withTimezone: true }).notNull(),
    /** The staff member or attendee who sent the op. */
    recordedBy: uuid("recorded_by").notNull(),
    status: text("status").$type<CheckinStatus>().notNull(),
    review: text("review").$type<CheckinReview>(),
    annulReason: text("annul_reason"),
    annulledBy: uuid("annulled_by"),
    annulledAt: timestamp("annulled_at", { withTimezone: true }),
    seq: checkinSeq(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("checkin_scans_event_seq").on(t.eventId, t.seq),
    index("checkin_scans_list_attendee").on(t.listId, t.attendeeId),
    uniqueIndex("checkin_scans_one_accepted")
      .on(t.listId, t.attendeeId)
      .where(sql`${t.status} = 'accepted'`),
  ],
);

/**
 * Issue 11: quizzes of an event. Edited as one document (fields and questions); soft-deleted.
 * `pairId`/`pairRole` tie a pre-test and its post-test, which share the same question ids.
 */
export const quizzes = pgTable(
  "quizzes",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").references(() => sessions.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    mode: text("mode").$type<QuizMode>().notNull(),
    timeLimitSec: integer("time_limit_sec"),
    attemptsAllowed: integer("attempts_allowed").notNull().default(1),
    opens: text("opens").$type<QuizOpening>().notNull(),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    release: text("release").$type<QuizRelease>().notNull(),
    published: boolean("published").notNull().default(false),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    pairId: uuid("pair_id"),
    pairRole: text("pair_role").$type<"pre" | "post">(),
    version: integer("version").notNull().default(1),
    deleted: boolean("deleted").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("quizzes_event").on(t.eventId)],
);

/** A quiz's questions in order; `options` carries the key (never sent before it may be). */
export const quizQuestions = pgTable(
  "quiz_questions",
  {
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    id: uuid("id").notNull(),
    position: integer("position").notNull(),
    kind: text("kind").$type<QuestionKind>().notNull(),
    text: text("text").notNull(),
    options: jsonb("options").$type<QuizOption[]>().notNull(),
    points: doublePrecision("points").notNull(),
    explanation: text("explanation").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.id] })],
);

/**
 * One submitted attempt, scored by the server. The unique (quiz, attendee, attempt_no)
 * makes "at most the allowed attempts" hold even when two pushes race.
 */
export const quizAttempts = pgTable(
  "quiz_attempts",
  {
    id: uuid("id").primaryKey(),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    attendeeId: uuid("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    attemptNo: integer("attempt_no").notNull(),
    opId: uuid("op_id").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    late: boolean("late").notNull(),
    score: doublePrecision("score").notNull(),
    maxScore: doublePrecision("max_score").notNull(),
  },
  (t) => [
    uniqueIndex("quiz_attempts_quiz_attendee_no").on(t.quizId, t.attendeeId, t.attemptNo),
    index("quiz_attempts_event").on(t.eventId),
  ],
);

/** The answer to one question of an attempt (chosen option ids), as scored. */
export const quizAnswers = pgTable(
  "quiz_answers",
  {
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => quizAttempts.id, { onDelete: "cascade" }),
    questionId: uuid("question_id").notNull(),
    chosen: jsonb("chosen").$type<string[]>().notNull(),
    points: doublePrecision("points").notNull(),
    correct: boolean("correct").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] })],
);
