import type * as v from "valibot";
import type { EventRole, EventRow } from "../auth/access.ts";
import type { Db } from "../store/db.ts";

/** A Drizzle transaction over either engine. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** What `apply` knows of an op besides its payload. */
export interface OpContext {
  opId: string;
  event: EventRow;
  /** The sender: a staff member (their role on the event) or the signed-in attendee. */
  principal: { kind: "staff" | "attendee"; id: string; role: EventRole };
  deviceId: string;
  /** When the device made the record, by its own clock. */
  createdAt: Date;
  clockOffsetMs: number;
  /** The device time corrected by its clock offset: the best guess of when it happened. */
  correctedAt: Date;
  receivedAt: Date;
}

/** What applying an op did: refused with a reason, or applied (with a result for the device). */
export type OpOutcome =
  | { rejected: string }
  | { result?: unknown; change?: { topic: string; ids: string[] } };

/**
 * One kind of op (issue 9): its payload schema, who may send it, and how it applies
 * inside the push transaction. Features add kinds to the registry (opKinds.ts), never routes.
 */
export interface OpKind<TSchema extends v.GenericSchema = v.GenericSchema> {
  schema: TSchema;
  allow: readonly EventRole[];
  apply(tx: Tx, payload: v.InferOutput<TSchema>, ctx: OpContext): Promise<OpOutcome>;
  /**
   * Optional: applies many ops of this kind at once (e.g. one multi-row INSERT), answering
   * one outcome per item in the same order. The items are all of one event. The push route
   * prefers it to `apply` for a batch; it must do exactly what `apply` would do for each
   * item in turn. When it throws, the route undoes the batch and applies the ops one by
   * one, so that one bad op is refused alone.
   */
  applyMany?(
    tx: Tx,
    items: readonly { payload: v.InferOutput<TSchema>; ctx: OpContext }[],
  ): Promise<OpOutcome[]>;
}

/** Declares an op kind with its payload type inferred from its schema. */
export function defineOpKind<TSchema extends v.GenericSchema>(kind: OpKind<TSchema>): OpKind {
  return kind as unknown as OpKind;
}
