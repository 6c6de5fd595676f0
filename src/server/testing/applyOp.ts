import * as v from "valibot";
import { newId } from "../../shared/ids.ts";
import type { EventRow } from "../auth/access.ts";
import type { Store } from "../store/db.ts";
import type { OpContext, OpOutcome } from "../sync/opKind.ts";
import { opKinds } from "../sync/opKinds.ts";

export interface ApplyOptions {
  opId?: string;
  device?: string;
  /** Device clock (unix ms) when the record was made. */
  at?: number;
  offsetMs?: number;
  principal?: OpContext["principal"];
}

/** The context the push route would give an op sent with these options. */
function contextOf(event: EventRow, opts: ApplyOptions): OpContext {
  const createdAt = new Date(opts.at ?? Date.now());
  const offset = opts.offsetMs ?? 0;
  return {
    opId: opts.opId ?? newId(),
    event,
    principal: opts.principal ?? { kind: "staff", id: newId(), role: "organiser" },
    deviceId: opts.device ?? "may-1",
    createdAt,
    clockOffsetMs: offset,
    correctedAt: new Date(createdAt.getTime() + offset),
    receivedAt: new Date(),
  };
}

function kindOf(kind: string) {
  const op = opKinds[kind];
  if (!op) throw new Error(`no op kind ${kind}`);
  return op;
}

/**
 * Applies one op of a registered kind as the push route does (payload validated by the
 * kind's schema, applied in its own transaction), without the route: for tests of kinds.
 */
export async function applyOp(
  store: Store,
  event: EventRow,
  kind: string,
  payload: unknown,
  opts: ApplyOptions = {},
): Promise<OpOutcome> {
  const op = kindOf(kind);
  const parsed = v.parse(op.schema, payload);
  return store.db.transaction((tx) => op.apply(tx, parsed, contextOf(event, opts)));
}

/** Applies ops of one kind together, through its `applyMany`, in one transaction. */
export async function applyOps(
  store: Store,
  event: EventRow,
  kind: string,
  ops: readonly { payload: unknown; opts?: ApplyOptions }[],
): Promise<OpOutcome[]> {
  const op = kindOf(kind);
  if (!op.applyMany) throw new Error(`${kind} has no applyMany`);
  const items = ops.map((o) => ({
    payload: v.parse(op.schema, o.payload),
    ctx: contextOf(event, o.opts ?? {}),
  }));
  return store.db.transaction((tx) => op.applyMany!(tx, items));
}
