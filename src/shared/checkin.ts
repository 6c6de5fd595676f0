import * as v from "valibot";

/**
 * Issue 10: the check-in contract shared by door phones, attendee phones and the server:
 * op payloads (sent through the outbox, POST /api/events/:slug/ops) and staff API shapes.
 */

const Uuid = v.pipe(v.string(), v.uuid("not a UUID"));
const reason = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, "a reason is required"),
  v.maxLength(200),
);

/** Op kind names (registered in src/server/sync/opKinds.ts). */
export const CHECKIN_SCAN = "checkin.scan";
export const CHECKIN_ANNUL = "checkin.annul";
export const CHECKIN_SELF = "checkin.self";
export const CHECKIN_REVIEW = "checkin.review";

/** The change-feed topic every check-in op announces. */
export const CHECKIN_TOPIC = "checkin";

/** Longest text a ticket QR can be (Base45 of 103 bytes is 155), with room to spare. */
export const MAX_CODE_LENGTH = 400;

/**
 * "checkin.scan": a door phone admitted someone to a list, by ticket QR (`code`, exactly as
 * scanned) or picked by name (`attendeeId`, method "manual"). `shown` is what the phone
 * painted: "admitted" (green) or "already_in" (amber): an admitted scan that turns out to be
 * a second check-in is put up for review.
 */
export const ScanPayload = v.variant("method", [
  v.object({
    method: v.literal("scan"),
    listId: Uuid,
    code: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_CODE_LENGTH)),
    shown: v.picklist(["admitted", "already_in"]),
  }),
  v.object({
    method: v.literal("manual"),
    listId: Uuid,
    attendeeId: Uuid,
    shown: v.picklist(["admitted", "already_in"]),
  }),
]);
export type ScanPayload = v.InferOutput<typeof ScanPayload>;

/** "checkin.annul": a scan made by mistake ("Hủy" at the door), with the reason. */
export const AnnulPayload = v.object({ scanId: Uuid, reason });
export type AnnulPayload = v.InferOutput<typeof AnnulPayload>;

/** "checkin.self": an attendee checks in to a session with the code it shows. */
export const SelfPayload = v.object({
  listId: Uuid,
  digits: v.pipe(v.string(), v.regex(/^\d{6}$/, "six digits")),
});
export type SelfPayload = v.InferOutput<typeof SelfPayload>;

/** "checkin.review": the organiser's decision on a ticket admitted twice. */
export const ReviewPayload = v.variant("decision", [
  v.object({ scanId: Uuid, decision: v.literal("confirm") }),
  v.object({ scanId: Uuid, decision: v.literal("annul"), reason }),
]);
export type ReviewPayload = v.InferOutput<typeof ReviewPayload>;

export type CheckinStatus = "accepted" | "duplicate" | "annulled";
export type CheckinMethod = "scan" | "manual" | "self";

/** What a scan or self check-in op answers (the device shows it after sync). */
export interface CheckinResult {
  scanId: string;
  attendeeId: string;
  status: CheckinStatus;
  /** The check-in that counts for this attendee and list (this scan when accepted). */
  first: { scanId: string; at: string; deviceId: string } | null;
  review: "pending" | "confirmed" | "annulled" | null;
}

/** Why the server refused a check-in op (the app translates each). */
export const checkinRejections = [
  "unknown_list",
  "unknown_attendee",
  "unknown_scan",
  "not_a_session_list",
  "ticket_malformed",
  "ticket_unsupported_version",
  "ticket_wrong_event",
  "ticket_unknown_key",
  "ticket_bad_signature",
  "ticket_revoked",
  "code_expired",
  "wrong_session",
  "bad_code",
  "not_for_review",
] as const;
export type CheckinRejection = (typeof checkinRejections)[number];

/** One check-in list as staff see it (GET /api/events/:slug/checkin/lists). */
export interface CheckinList {
  id: string;
  kind: "entry" | "session";
  sessionId: string | null;
  title: string;
  reentry: boolean;
  /** The session-code secret: staff only, never in an attendee's pack. */
  codeSecret: string;
}

/** One list as attendees see it (no secret): which sessions take self check-in. */
export interface PublicCheckinList {
  id: string;
  kind: "entry" | "session";
  sessionId: string | null;
  title: string;
}

const title = v.pipe(v.string(), v.trim(), v.minLength(1, "a title is required"), v.maxLength(200));

/** POST /api/events/:slug/checkin/lists */
export const CreateCheckinListBody = v.variant("kind", [
  v.object({ kind: v.literal("entry"), title, reentry: v.boolean() }),
  v.object({ kind: v.literal("session"), sessionId: Uuid, title, reentry: v.boolean() }),
]);
export type CreateCheckinListBody = v.InferOutput<typeof CreateCheckinListBody>;

/** PUT /api/events/:slug/checkin/lists/:id */
export const UpdateCheckinListBody = v.object({ title, reentry: v.boolean() });

/** Present and absent counts of one list, overall and per unit. */
export interface ListAttendance {
  listId: string;
  title: string;
  kind: "entry" | "session";
  present: number;
  absent: number;
  byUnit: { unit: string; present: number; absent: number }[];
  /** Phones only for organisers and admins: null for trainers. */
  absentees: { id: string; name: string; unit: string; phone: string | null }[];
  /** Duplicate scans kept (not annulled). */
  duplicates: number;
}

/** GET /api/events/:slug/checkin/summary */
export interface AttendanceSummary {
  attendees: number;
  lists: ListAttendance[];
}

/** GET /api/events/:slug/checkin/review: one ticket admitted twice by devices that did not know. */
export interface ReviewItem {
  scanId: string;
  attendee: { id: string; name: string; unit: string };
  listId: string;
  listTitle: string;
  at: string;
  deviceId: string;
  /** The door phone's number per event ("máy 2"); null for an attendee's own phone. */
  deviceNo: number | null;
  first: { scanId: string; at: string; deviceId: string; deviceNo: number | null } | null;
}

/** One attendee in the JSON export (npm run admin -- export --what attendance --format json). */
export interface AttendanceExportRow {
  id: string;
  name: string;
  unit: string;
  /** `device`: the door phone's human name ("máy 2"), or "điện thoại người dự" (self). */
  entry: { at: string; device: string; method: CheckinMethod } | null;
  sessions: Record<string, string>;
  duplicates: number;
}
