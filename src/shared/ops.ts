import * as v from "valibot";

/**
 * Issue 9: the push contract (POST /api/events/:slug/ops). Every record a device makes
 * offline travels as one op; the server answers each op on its own.
 */

/** Most ops one push may carry. */
export const MAX_OPS_PER_PUSH = 500;

const Uuid = v.pipe(v.string(), v.uuid("not a UUID"));

/** One op as a device sends it. `payload` is checked by its kind's own schema. */
export const Op = v.object({
  id: Uuid,
  kind: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  eventId: Uuid,
  payload: v.unknown(),
  /** Device clock when the record was made (ISO 8601). */
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  /** Server time minus device time, as the device measured it when it made the record. */
  clockOffsetMs: v.pipe(v.number(), v.integer(), v.minValue(-1e10), v.maxValue(1e10)),
});
export type Op = v.InferOutput<typeof Op>;

/** The request body. Ops are validated one by one (a bad op never aborts the others). */
export const PushBody = v.object({
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  ops: v.pipe(v.array(v.unknown()), v.maxLength(MAX_OPS_PER_PUSH)),
});
export type PushBody = v.InferOutput<typeof PushBody>;

export type OpStatus = "applied" | "duplicate" | "rejected";

/** The answer to one op. A duplicate carries the first answer's result. */
export interface OpResult {
  id: string;
  status: OpStatus;
  /** Why a rejected op was refused: a short code such as "unknown_kind". */
  reason?: string;
  result?: unknown;
}

export interface PushResponse {
  serverTime: string;
  results: OpResult[];
}

/** One message of the change feed (GET /api/events/:slug/changes, Server-Sent Events). */
export interface ChangeMessage {
  /** What changed, e.g. "checkin" or "quiz-attempt". */
  topic: string;
  count: number;
  /** Ids of the changed records, only those every staff role of the event may see. */
  ids: string[];
}
