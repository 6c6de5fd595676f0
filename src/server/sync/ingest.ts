import * as v from "valibot";
import { Op, type OpResult, type PushResponse } from "../../shared/ops.ts";
import type { EventRole, EventRow } from "../auth/access.ts";
import type { Db } from "../store/db.ts";
import { logChanges } from "./changeLog.ts";
import {
  type LedgerAnswer,
  type LedgerEntry,
  type PushOrigin,
  readLedger,
  writeLedger,
} from "./ledger.ts";
import type { OpContext, OpKind, OpOutcome, Tx } from "./opKind.ts";
import { canonicalJson, payloadHash } from "./payloadHash.ts";
import { isTransientDbError } from "./transient.ts";

/** Who pushes, to which event, from which device. */
export interface PushSender {
  event: EventRow;
  principal: OpContext["principal"];
  deviceId: string;
}

/** An op that passed every check that needs no database. */
interface Candidate {
  index: number;
  /** Lower-case: the ledger's form of the UUID. */
  id: string;
  kind: string;
  opKind: OpKind;
  payload: unknown;
  hash: string;
  payloadJson: string;
  ctx: OpContext;
  createdAt: string;
  clockOffsetMs: number;
}

/** The answer to a replayed id, from its first answer in the ledger. */
function replayAnswer(sentId: string, candidate: Candidate, first: LedgerAnswer): OpResult {
  if (first.hash !== candidate.hash)
    return { id: sentId, status: "rejected", reason: "id_conflict" };
  if (first.status === "rejected") {
    return { id: sentId, status: "rejected", reason: first.reason ?? "rejected" };
  }
  return first.result === null || first.result === undefined
    ? { id: sentId, status: "duplicate" }
    : { id: sentId, status: "duplicate", result: first.result };
}

/** The first checks of one op: its envelope, kind, event, the sender's role, its payload. */
function check(
  raw: unknown,
  index: number,
  sender: PushSender,
  kinds: Readonly<Record<string, OpKind>>,
  receivedAt: Date,
): Candidate | OpResult {
  const sentId =
    typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string"
      ? ((raw as { id: string }).id.slice(0, 64) as string)
      : "";
  const reject = (reason: string): OpResult => ({ id: sentId, status: "rejected", reason });
  const parsed = v.safeParse(Op, raw);
  if (!parsed.success) return reject("invalid_op");
  const op = parsed.output;
  const kind = Object.hasOwn(kinds, op.kind) ? kinds[op.kind] : undefined;
  if (!kind) return reject("unknown_kind");
  if (op.eventId.toLowerCase() !== sender.event.id) return reject("wrong_event");
  if (!kind.allow.includes(sender.principal.role)) return reject("not_allowed");
  const payload = v.safeParse(kind.schema, op.payload);
  if (!payload.success) return reject("invalid_payload");
  const createdAt = new Date(op.createdAt);
  const payloadJson = canonicalJson(op.payload);
  return {
    index,
    id: op.id.toLowerCase(),
    kind: op.kind,
    opKind: kind,
    payload: payload.output,
    hash: payloadHash(op.kind, op.eventId, op.payload, payloadJson),
    payloadJson,
    createdAt: createdAt.toISOString(),
    clockOffsetMs: op.clockOffsetMs,
    ctx: {
      opId: op.id.toLowerCase(),
      event: sender.event,
      principal: sender.principal,
      deviceId: sender.deviceId,
      createdAt,
      clockOffsetMs: op.clockOffsetMs,
      correctedAt: new Date(createdAt.getTime() + op.clockOffsetMs),
      receivedAt,
    },
  };
}

/**
 * Applies ops in the order sent: each run of consecutive ops of one kind through the kind's
 * `applyMany` when it has one, else `apply` one by one. Order matters across kinds: a self
 * check-in must be applied before the quiz it opens is submitted, in the same push.
 */
async function applyKinds(tx: Tx, ops: readonly Candidate[]): Promise<OpOutcome[]> {
  const outcomes: OpOutcome[] = new Array(ops.length);
  let start = 0;
  while (start < ops.length) {
    const kind = ops[start]!.opKind;
    let end = start + 1;
    while (end < ops.length && ops[end]!.opKind === kind) end++;
    if (kind.applyMany) {
      const run = ops.slice(start, end);
      const answers = await kind.applyMany(
        tx,
        run.map((op) => ({ payload: op.payload, ctx: op.ctx })),
      );
      if (answers.length !== run.length) throw new Error("applyMany answered the wrong count");
      answers.forEach((answer, k) => {
        outcomes[start + k] = answer;
      });
    } else {
      for (let i = start; i < end; i++)
        outcomes[i] = await kind.apply(tx, ops[i]!.payload, ops[i]!.ctx);
    }
    start = end;
  }
  return outcomes;
}

/** What a batch of fresh ops came to: answers by op index, and changes by topic. */
interface BatchResult {
  answers: Map<number, OpResult>;
  changes: Map<string, string[]>;
  /** The ledger's first answer of every id this push met, for its repeats within the push. */
  firsts: Map<string, LedgerAnswer>;
}

/** Ids another push wrote to the ledger while this batch was applied: undo, answer, retry. */
class LostRace extends Error {
  constructor(readonly ids: Set<string>) {
    super("ops claimed by a concurrent push");
  }
}

/**
 * Applies fresh ops, then writes their ledger rows with the outcomes (one statement). Run
 * in a savepoint: when a concurrent push committed one of these ids first, the ledger
 * write leaves it out, and LostRace undoes the whole batch (effects included).
 */
async function applyBatch(
  tx: Tx,
  origin: PushOrigin,
  fresh: readonly Candidate[],
  sentIds: readonly string[],
): Promise<BatchResult> {
  const answers = new Map<number, OpResult>();
  const changes = new Map<string, string[]>();
  const firsts = new Map<string, LedgerAnswer>();
  const outcomes = await applyKinds(tx, fresh);
  const entries: LedgerEntry[] = fresh.map((c, i) => {
    const outcome = outcomes[i]!;
    const rejected = "rejected" in outcome ? outcome.rejected : null;
    const result = "rejected" in outcome ? undefined : outcome.result;
    return {
      id: c.id,
      kind: c.kind,
      createdAt: c.createdAt,
      clockOffsetMs: c.clockOffsetMs,
      hash: c.hash,
      payloadJson: c.payloadJson,
      status: rejected === null ? "applied" : "rejected",
      reason: rejected,
      resultJson: result === undefined ? null : JSON.stringify(result),
    };
  });
  const written = await writeLedger(tx, origin, entries);
  if (written.size < fresh.length) {
    throw new LostRace(new Set(fresh.filter((c) => !written.has(c.id)).map((c) => c.id)));
  }
  fresh.forEach((c, i) => {
    const outcome = outcomes[i]!;
    const sentId = sentIds[c.index]!;
    const entry = entries[i]!;
    firsts.set(c.id, {
      id: c.id,
      hash: c.hash,
      status: entry.status,
      reason: entry.reason,
      result: "rejected" in outcome ? null : outcome.result,
    });
    if ("rejected" in outcome) {
      answers.set(c.index, { id: sentId, status: "rejected", reason: outcome.rejected });
      return;
    }
    answers.set(
      c.index,
      outcome.result === undefined
        ? { id: sentId, status: "applied" }
        : { id: sentId, status: "applied", result: outcome.result },
    );
    if (outcome.change) {
      const list = changes.get(outcome.change.topic);
      if (list) list.push(...outcome.change.ids);
      else changes.set(outcome.change.topic, [...outcome.change.ids]);
    }
  });
  return { answers, changes, firsts };
}

function mergeInto(target: BatchResult, source: BatchResult) {
  for (const [i, a] of source.answers) target.answers.set(i, a);
  for (const [id, first] of source.firsts) target.firsts.set(id, first);
  for (const [topic, ids] of source.changes) {
    const list = target.changes.get(topic);
    if (list) list.push(...ids);
    else target.changes.set(topic, [...ids]);
  }
}

/**
 * Applies `ops` in a savepoint; ops a concurrent push wrote first are answered from the
 * ledger and the rest applied again. Throws what applyBatch throws otherwise.
 */
async function applyRacing(
  tx: Tx,
  origin: PushOrigin,
  ops: readonly Candidate[],
  sentIds: readonly string[],
  total: BatchResult,
): Promise<void> {
  let pending = ops;
  while (pending.length > 0) {
    try {
      mergeInto(total, await tx.transaction((sp) => applyBatch(sp, origin, pending, sentIds)));
      return;
    } catch (error) {
      if (!(error instanceof LostRace)) throw error;
      const lost = pending.filter((c) => error.ids.has(c.id));
      // READ COMMITTED: this statement sees what the other push committed.
      const firsts = await readLedger(
        tx,
        lost.map((c) => c.id),
      );
      for (const c of lost) {
        const first = firsts.get(c.id);
        if (!first) throw new Error(`ledger row ${c.id} neither written nor found`);
        total.answers.set(c.index, replayAnswer(sentIds[c.index]!, c, first));
        total.firsts.set(c.id, first);
      }
      pending = pending.filter((c) => !error.ids.has(c.id));
    }
  }
}

/**
 * Applies one push (issue 9): every op is answered on its own — applied, duplicate (a
 * replayed id: the first answer's result) or rejected with a reason — and a bad op never
 * stops the others. The ledger rows, the ops' effects and the change log are written in
 * one transaction: the whole batch through each kind's applyMany, and, should that throw,
 * again in a new transaction op by op in savepoints so that only the failing op is refused ("apply_failed",
 * not recorded, so a fixed server may apply it later). A transient database error throws
 * (the route answers 503) and nothing of the push is written.
 */
export async function ingestPush(
  db: Db,
  kinds: Readonly<Record<string, OpKind>>,
  sender: PushSender,
  rawOps: readonly unknown[],
  receivedAt = new Date(),
): Promise<PushResponse> {
  const results: (OpResult | undefined)[] = new Array(rawOps.length);
  const sentIds: string[] = new Array(rawOps.length);
  const candidates: Candidate[] = [];
  /** Later ops that repeat an earlier op's id in the same push: answered like a replay. */
  const repeats: { candidate: Candidate; firstIndex: number }[] = [];
  let firsts = new Map<string, LedgerAnswer>();
  const firstById = new Map<string, Candidate>();
  rawOps.forEach((raw, index) => {
    const checked = check(raw, index, sender, kinds, receivedAt);
    if (!("ctx" in checked)) {
      results[index] = checked;
      sentIds[index] = checked.id;
      return;
    }
    sentIds[index] = (raw as { id: string }).id;
    const earlier = firstById.get(checked.id);
    if (earlier) {
      repeats.push({ candidate: checked, firstIndex: earlier.index });
      return;
    }
    firstById.set(checked.id, checked);
    candidates.push(checked);
  });

  if (candidates.length > 0) {
    const origin: PushOrigin = {
      eventId: sender.event.id,
      principalKind: sender.principal.kind,
      principalId: sender.principal.id,
      deviceId: sender.deviceId,
      receivedAt,
    };
    /**
     * `guarded`: each batch in a savepoint, and op by op when a batch fails. The first
     * attempt goes without (two round trips fewer per push); should anything in it fail
     * but transiently, or a concurrent push take one of its ids, the whole transaction
     * is rolled back and run again guarded.
     */
    const attempt = (guarded: boolean) =>
      db.transaction(async (tx) => {
        const known = await readLedger(
          tx,
          candidates.map((c) => c.id),
        );
        const total: BatchResult = { answers: new Map(), changes: new Map(), firsts: known };
        const fresh: Candidate[] = [];
        for (const c of candidates) {
          const first = known.get(c.id);
          if (first) total.answers.set(c.index, replayAnswer(sentIds[c.index]!, c, first));
          else fresh.push(c);
        }
        if (!guarded) {
          if (fresh.length > 0) mergeInto(total, await applyBatch(tx, origin, fresh, sentIds));
        } else {
          try {
            await applyRacing(tx, origin, fresh, sentIds, total);
          } catch (error) {
            if (isTransientDbError(error)) throw error;
            // One op (or a kind's applyMany) failed: find which, op by op.
            for (const c of fresh) {
              if (total.answers.has(c.index)) continue;
              try {
                await applyRacing(tx, origin, [c], sentIds, total);
              } catch (opError) {
                if (isTransientDbError(opError)) throw opError;
                console.error(`push: op ${c.id} (${c.kind}) could not be applied:`, opError);
                total.answers.set(c.index, {
                  id: sentIds[c.index]!,
                  status: "rejected",
                  reason: "apply_failed",
                });
              }
            }
          }
        }
        await logChanges(tx, sender.event.id, total.changes);
        return total;
      });
    let done: BatchResult;
    try {
      done = await attempt(false);
    } catch (error) {
      if (isTransientDbError(error)) throw error;
      done = await attempt(true);
    }
    for (const [i, answer] of done.answers) results[i] = answer;
    firsts = done.firsts;
  }
  for (const { candidate, firstIndex } of repeats) {
    const sentId = sentIds[candidate.index]!;
    const first = firsts.get(candidate.id);
    const earlier = candidates.find((c) => c.index === firstIndex)!;
    results[candidate.index] = first
      ? replayAnswer(sentId, candidate, first)
      : // The first op of this id was refused unrecorded (apply_failed): the same again.
        earlier.hash === candidate.hash
        ? { ...results[firstIndex]!, id: sentId }
        : { id: sentId, status: "rejected", reason: "id_conflict" };
  }
  return { serverTime: new Date().toISOString(), results: results as OpResult[] };
}

/** The principal of a push: the staff member or the attendee, with their role on the event. */
export function principalOf(
  staff: { id: string } | null,
  attendee: { id: string } | null,
  role: EventRole,
): OpContext["principal"] {
  return staff && role !== "attendee"
    ? { kind: "staff", id: staff.id, role }
    : { kind: "attendee", id: attendee!.id, role };
}
