import Dexie, { type EntityTable, type Table } from "dexie";
import type { AttendeeTicket } from "../../shared/api.ts";
import type { PackAttendee, PackEvent, PackMaterial, PackSession } from "../../shared/pack.ts";
import type { AttendeeQuiz, QuizSubmitResult } from "../../shared/quiz.ts";

/** What the device knows of its copy of one event's pack. */
export interface PackState {
  eventId: string;
  slug: string;
  /** Event version the device holds; the next pull asks for `since=version`. */
  version: number;
  /** When the last successful pull finished (device clock, ISO 8601). */
  pulledAt: string;
  /** The attendee this device is signed in as for the event, if any. */
  attendee: PackAttendee | null;
}

/** A queued change to push to the server (DESIGN §5, issue 9). */
export interface OutboxEntry {
  /** The op id (UUIDv7): the server applies each id once. */
  id: string;
  kind: string;
  eventId: string;
  payload: unknown;
  /** Device clock when the record was made (ISO 8601). */
  createdAt: string;
  /** Server time minus device time, as measured when the record was made. */
  clockOffsetMs: number;
  attempts: number;
  /** Parked entries were refused by the server; they are kept, shown, never resent. */
  state: "pending" | "parked";
  lastError: string | null;
}

/** Issue 9: small device-wide sync facts, one record per key (deviceId, clockOffset…). */
export interface SyncMeta {
  key: string;
  value: unknown;
}

/** A session the attendee starred for "my agenda"; kept on the device only. */
export interface StarredSession {
  eventId: string;
  sessionId: string;
  starredAt: string;
}

/** The event version the attendee had seen when they last looked at the event. */
export interface SeenState {
  eventId: string;
  version: number;
}

/** Issue 4: the attendee's ticket for one event, shown offline as a QR code. */
export type StoredTicket = AttendeeTicket & { savedAt: string };

/**
 * Issue 4: anything a staff device keeps (door packs, roster copies), one record per key
 * such as "door-pack:<eventId>". Staff logout clears the whole table, even offline.
 */
export interface StaffRecord {
  key: string;
  eventId: string;
  value: unknown;
  savedAt: string;
}

/**
 * Issue 10: a check-in made on this device: a door scan (kept with the door pack's synced
 * ones to paint amber verdicts offline) or the attendee's own self check-in. Its id is the
 * id of the op that carries it to the server; the outbox tells whether it was confirmed.
 */
export interface LocalCheckin {
  id: string;
  eventId: string;
  listId: string;
  attendeeId: string;
  /** Corrected by the clock offset (ISO 8601). */
  at: string;
  method: "scan" | "manual" | "self";
  /** What the door painted, for the "last 20 scans" list. */
  name: string;
  unit: string;
  annulled: boolean;
  annulReason: string | null;
}

/**
 * Issue 11: a quiz as the attendee's device keeps it (from GET …/my-quizzes). Graded keys
 * are never here before release: the server does not send them.
 */
export type StoredQuiz = AttendeeQuiz & { eventId: string; savedAt: string };

/** Issue 11: one answer as the device saved it, at the tap. */
export interface LocalAnswer {
  chosen: string[];
  /** Device clock of the tap (ISO 8601). */
  answeredAt: string;
}

/**
 * Issue 11: the attendee's attempt on this device: every tap is written here at once
 * (strict durability), so a reload or a killed app resumes on the same question.
 */
export interface LocalAttempt {
  id: string;
  quizId: string;
  eventId: string;
  attendeeId: string;
  /** Device clock at the start (ISO 8601) and the server's time then (ms), for the timer. */
  startedAt: string;
  startedServerMs: number;
  /** The question on screen (index). */
  current: number;
  answers: Record<string, LocalAnswer>;
  state: "doing" | "submitted";
  submittedAt: string | null;
  /** The outbox entry (op id) that carries the submission. */
  opId: string | null;
  /** What the server said of it (from the op result or a pull), once known. */
  result: QuizSubmitResult | null;
}

/** The one Dexie database of the app: every schema version is declared here. */
export class AppDb extends Dexie {
  events!: EntityTable<PackEvent, "id">;
  sessions!: EntityTable<PackSession, "id">;
  materials!: EntityTable<PackMaterial, "id">;
  packs!: EntityTable<PackState, "eventId">;
  outbox!: EntityTable<OutboxEntry, "id">;
  stars!: Table<StarredSession, [string, string]>;
  seen!: EntityTable<SeenState, "eventId">;
  tickets!: EntityTable<StoredTicket, "eventId">;
  staffData!: EntityTable<StaffRecord, "key">;
  syncMeta!: EntityTable<SyncMeta, "key">;
  checkins!: EntityTable<LocalCheckin, "id">;
  quizzes!: EntityTable<StoredQuiz, "id">;
  quizAttempts!: EntityTable<LocalAttempt, "id">;

  /**
   * `durability` "relaxed" only for writes that may be lost in a crash without harm (the
   * push's bookkeeping: a lost deletion is resent and answered "duplicate").
   */
  constructor(name = "tap-huan", durability: "strict" | "relaxed" = "strict") {
    // Check-ins and answers must survive a killed app: Chromium commits "relaxed" by default.
    super(name, { chromeTransactionDurability: durability });
    this.version(1).stores({
      events: "id, &slug",
      sessions: "id, eventId, startsAt",
      materials: "id, eventId",
      packs: "eventId, &slug",
      outbox: "id, createdAt",
    });
    // Issue 3: "my agenda" stars and what the attendee has seen of each event.
    this.version(2).stores({
      stars: "[eventId+sessionId], eventId",
      seen: "eventId",
    });
    // Issue 4: the attendee's own ticket per event; staff-only data (wiped at staff logout).
    this.version(3).stores({
      tickets: "eventId",
      staffData: "key, eventId",
    });
    // Issue 9: the outbox is pushed in order per state; device id and clock offset kept.
    this.version(4).stores({
      outbox: "id, createdAt, state, eventId, kind",
      syncMeta: "key",
    });
    // Issue 10: check-ins made on this device (door scans, self check-ins).
    this.version(5).stores({
      checkins: "id, eventId, [eventId+listId], at",
    });
    // Issue 11: quizzes as the attendee may see them, and the attempts made on this device.
    this.version(6).stores({
      quizzes: "id, eventId",
      quizAttempts: "id, quizId, eventId",
    });
  }
}

/** The app's database; tests construct their own AppDb over fake-indexeddb. */
export const db = new AppDb();
