import * as v from "valibot";
import { Op, type OpResult, type PushResponse } from "../../shared/ops.ts";
import type { EventRole, EventRow } from "../auth/access.ts";
import type { Db, Store } from "../store/db.ts";
import { logChanges } from "./changeLog.ts";
import { GroupCommit } from "./groupCommit.ts";
import {
  isLedgerConflict,
  type LedgerAnswer,
  type LedgerWrite,
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
  /** The id as sent (the answer repeats it). */
  sentId: string;
  /** Lower-case: the ledger's form of the UUID. */
  id: string;
  kind: string;
  opKind: OpKind;
  payload: unknown;
  hash: string;
  payloadJson: string;
  ctx: OpContext;
  origin: PushOrigin;
  createdAt: string;
  clockOffsetMs: number;
}

/**
 * The answer to a replayed id, from its first answer in the ledger. Only the first
 * sender gets it: the same id from anyone else is `id_conflict`, like other content, so
 * that nobody learns another person's result (or that the id was used) by replaying it.
 */
function replayAnswer(candidate: Candidate, first: LedgerAnswer): OpResult {
  const sentId = candidate.sentId;
  if (
    first.hash !== candidate.hash ||
    first.principalKind !== candidate.origin.principalKind ||
    first.principalId !== candidate.origin.principalId
  ) {
    return { id: sentId, status: "rejected", reason: "id_conflict" };
  }
  if (first.status === "rejected") {
    return { id: sentId, status: "rejected", reason: first.reason ?? "rejected" };
  }
  return first.result === null || first.result === undefined
    ? { id: sentId, status: "duplicate" }
    : { id: sentId, status: "duplicate", result: first.result };
}

// A top-level function, not a closure per op: tsx names every function it creates
// (esbuild's keepNames), a defineProperty call per op in the hottest loop of a push.
const rejected = (id: string, reason: string): OpResult => ({ id, status: "rejected", reason });

/** The first checks of one op: its envelope, kind, event, the sender's role, its payload. */
function check(
  raw: unknown,
  index: number,
  sender: PushSender,
  origin: PushOrigin,
  kinds: Readonly<Record<string, OpKind>>,
): Candidate | OpResult {
  const sentId =
    typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string"
      ? ((raw as { id: string }).id.slice(0, 64) as string)
      : "";
  const parsed = v.safeParse(Op, raw);
  if (!parsed.success) return rejected(sentId, "invalid_op");
  const op = parsed.output;
  const kind = Object.hasOwn(kinds, op.kind) ? kinds[op.kind] : undefined;
  if (!kind) return rejected(sentId, "unknown_kind");
  if (op.eventId.toLowerCase() !== sender.event.id) return rejected(sentId, "wrong_event");
  if (!kind.allow.includes(sender.principal.role)) return rejected(sentId, "not_allowed");
  const payload = v.safeParse(kind.schema, op.payload);
  if (!payload.success) return rejected(sentId, "invalid_payload");
  const createdAt = new Date(op.createdAt);
  const payloadJson = canonicalJson(op.payload);
  return {
    index,
    sentId: op.id,
    id: op.id.toLowerCase(),
    kind: op.kind,
    opKind: kind,
    payload: payload.output,
    hash: payloadHash(op.kind, op.eventId, op.payload, payloadJson),
    payloadJson,
    origin,
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
      receivedAt: origin.receivedAt,
    },
  };
}

/**
 * Applies ops in the order sent: each run of consecutive ops of one kind and event through
 * the kind's `applyMany` when it has one (ops of several pushes of a group together), else
 * `apply` one by one. Order matters across kinds: a self check-in must be applied before
 * the quiz it opens is submitted, in the same push.
 */
async function applyKinds(tx: Tx, ops: readonly Candidate[]): Promise<OpOutcome[]> {
  const outcomes: OpOutcome[] = new Array(ops.length);
  const sameRun = (a: Candidate, b: Candidate) =>
    a.opKind === b.opKind && a.origin.eventId === b.origin.eventId;
  let start = 0;
  while (start < ops.length) {
    const kind = ops[start]!.opKind;
    let end = start + 1;
    while (end < ops.length && sameRun(ops[start]!, ops[end]!)) end++;
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
      for (let i = start; i < end; i++) {
        outcomes[i] = await kind.apply(tx, ops[i]!.payload, ops[i]!.ctx);
      }
    }
    start = end;
  }
  return outcomes;
}

/** What a batch of fresh ops came to: answers by op, and changes by event and topic. */
interface BatchResult {
  answers: Map<Candidate, OpResult>;
  changes: Map<string, Map<string, string[]>>;
  /** The ledger's first answer of every id this batch met, for repeats of these ids. */
  firsts: Map<string, LedgerAnswer>;
}

const emptyResult = (firsts = new Map<string, LedgerAnswer>()): BatchResult => ({
  answers: new Map(),
  changes: new Map(),
  firsts,
});

function addChanges(
  target: BatchResult["changes"],
  eventId: string,
  topic: string,
  ids: readonly string[],
) {
  let topics = target.get(eventId);
  if (!topics) {
    topics = new Map();
    target.set(eventId, topics);
  }
  const list = topics.get(topic);
  if (list) list.push(...ids);
  else topics.set(topic, [...ids]);
}

/** Ids another push wrote to the ledger while this batch was applied: undo, answer, retry. */
class LostRace extends Error {
  constructor(readonly ids: Set<string>) {
    super("ops claimed by a concurrent push");
  }
}

/**
 * Applies fresh ops, then writes their ledger rows with the outcomes (one statement).
 * `racing`: run in a savepoint; when a concurrent push committed one of these ids first,
 * the ledger write leaves it out, and LostRace undoes the whole batch (effects included).
 * Without, such an id makes the ledger write fail, and with it the transaction.
 */
async function applyBatch(
  tx: Tx,
  fresh: readonly Candidate[],
  racing: boolean,
): Promise<BatchResult> {
  const batch = emptyResult();
  const outcomes = await applyKinds(tx, fresh);
  const entries: LedgerWrite[] = fresh.map((c, i) => {
    const outcome = outcomes[i]!;
    const rejected = "rejected" in outcome ? outcome.rejected : null;
    const result = "rejected" in outcome ? undefined : outcome.result;
    return {
      id: c.id,
      origin: c.origin,
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
  const written = await writeLedger(tx, entries, racing);
  if (written && written.size < fresh.length) {
    throw new LostRace(new Set(fresh.filter((c) => !written.has(c.id)).map((c) => c.id)));
  }
  fresh.forEach((c, i) => {
    const outcome = outcomes[i]!;
    const entry = entries[i]!;
    batch.firsts.set(c.id, {
      id: c.id,
      hash: c.hash,
      principalKind: c.origin.principalKind,
      principalId: c.origin.principalId,
      status: entry.status,
      reason: entry.reason,
      result: "rejected" in outcome ? null : outcome.result,
    });
    if ("rejected" in outcome) {
      batch.answers.set(c, { id: c.sentId, status: "rejected", reason: outcome.rejected });
      return;
    }
    batch.answers.set(
      c,
      outcome.result === undefined
        ? { id: c.sentId, status: "applied" }
        : { id: c.sentId, status: "applied", result: outcome.result },
    );
    if (outcome.change) {
      addChanges(batch.changes, c.origin.eventId, outcome.change.topic, outcome.change.ids);
    }
  });
  return batch;
}

function mergeInto(target: BatchResult, source: BatchResult) {
  for (const [c, a] of source.answers) target.answers.set(c, a);
  for (const [id, first] of source.firsts) target.firsts.set(id, first);
  for (const [eventId, topics] of source.changes) {
    for (const [topic, ids] of topics) addChanges(target.changes, eventId, topic, ids);
  }
}

/**
 * Applies `ops` in a savepoint; ops a concurrent push wrote first are answered from the
 * ledger and the rest applied again. Throws what applyBatch throws otherwise.
 */
async function applyRacing(tx: Tx, ops: readonly Candidate[], total: BatchResult): Promise<void> {
  let pending = ops;
  while (pending.length > 0) {
    try {
      mergeInto(total, await tx.transaction((sp) => applyBatch(sp, pending, true)));
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
        total.answers.set(c, replayAnswer(c, first));
        total.firsts.set(c.id, first);
      }
      pending = pending.filter((c) => !error.ids.has(c.id));
    }
  }
}

/**
 * Applies `ops` guarded: in a savepoint, and, should that fail but transiently, op by op
 * in savepoints so that only the failing op is refused ("apply_failed", not recorded, so
 * a fixed server may apply it later).
 */
async function applyGuarded(tx: Tx, ops: readonly Candidate[], total: BatchResult) {
  try {
    await applyRacing(tx, ops, total);
  } catch (error) {
    if (isTransientDbError(error)) throw error;
    for (const c of ops) {
      if (total.answers.has(c)) continue;
      try {
        await applyRacing(tx, [c], total);
      } catch (opError) {
        if (isTransientDbError(opError)) throw opError;
        console.error(`push: op ${c.id} (${c.kind}) could not be applied:`, opError);
        total.answers.set(c, { id: c.sentId, status: "rejected", reason: "apply_failed" });
      }
    }
  }
}

/**
 * How a group is written. "blind": without reading the ledger first — every op is taken
 * for new, and a replayed id makes the ledger write fail (its primary key), undoing the
 * try. "read": the ledger read first, replays answered from it. "guarded": read, then
 * each push in a savepoint, and op by op when a push fails.
 */
type Attempt = "blind" | "read" | "guarded";

/**
 * Writes the ops of one or more pushes (`pushes`: each push's candidates, their ids
 * distinct across the group) in one transaction: the ledger read for every id (unless
 * blind), the fresh ops through their kinds, the ledger rows, the change log. Tries
 * `first`; a replayed id met blind reruns it "read", and any other failure that is not
 * transient reruns it "guarded". A transient database error throws (each push answers
 * 503) and nothing of the group is written. Answers whether a replay was met.
 */
async function commitPushes(
  db: Db,
  pushes: readonly Candidate[][],
  first: "blind" | "read",
): Promise<{ result: BatchResult; replays: boolean }> {
  const all = pushes.flat();
  let replays = false;
  const attempt = (how: Attempt) =>
    db.transaction(async (tx) => {
      const total = emptyResult(
        how === "blind"
          ? new Map()
          : await readLedger(
              tx,
              all.map((c) => c.id),
            ),
      );
      if (total.firsts.size > 0) replays = true;
      const fresh = (ops: readonly Candidate[]) =>
        ops.filter((c) => {
          const first = total.firsts.get(c.id);
          if (first) total.answers.set(c, replayAnswer(c, first));
          return !first;
        });
      if (how !== "guarded") {
        const ops = fresh(all);
        if (ops.length > 0) mergeInto(total, await applyBatch(tx, ops, false));
      } else {
        for (const push of pushes) await applyGuarded(tx, fresh(push), total);
      }
      for (const [eventId, topics] of total.changes) await logChanges(tx, eventId, topics);
      return total;
    });
  const run = async (how: Attempt): Promise<BatchResult> => {
    try {
      return await attempt(how);
    } catch (error) {
      if (isTransientDbError(error) || how === "guarded") throw error;
      if (how === "blind" && isLedgerConflict(error)) {
        replays = true;
        return run("read");
      }
      return run("guarded");
    }
  };
  const result = await run(first);
  return { result, replays };
}

/** Most ops one group commit takes (a push alone may be up to 500). */
const GROUP_MAX_OPS = 2000;
/**
 * Longest a group waits for pushes announced but not yet submitted (groupCommit.ts): a
 * herd's requests then join a few large groups; a lone device never waits.
 */
const GROUP_MAX_WAIT_MS = 25;
const groups = new WeakMap<Db, GroupCommit<Candidate[], BatchResult>>();

/** The group commit of a store's push connection (store/db.ts), made on first use. */
function groupOf(store: Store): GroupCommit<Candidate[], BatchResult> {
  const db = store.pushDb;
  let group = groups.get(db);
  if (!group) {
    let replaysSeen = false;
    group = new GroupCommit(
      async (pushes) => {
        // An id in two pushes of the group is written once, by the first; the later copy
        // is answered after the commit as a replay of it.
        const claimedBy = new Map<string, Candidate>();
        const later: Candidate[] = [];
        const distinct = pushes.map((push) =>
          push.filter((c) => {
            if (claimedBy.has(c.id)) {
              later.push(c);
              return false;
            }
            claimedBy.set(c.id, c);
            return true;
          }),
        );
        // Blind first (no ledger read) unless the last group met a replay: devices that
        // resend a batch whose answer they lost come in waves (after a 503, a cut
        // network), and a blind try that meets one is undone and run again.
        const { result, replays } = await commitPushes(
          db,
          distinct,
          replaysSeen ? "read" : "blind",
        );
        replaysSeen = replays;
        for (const c of later) {
          const first = result.firsts.get(c.id);
          const claimer = claimedBy.get(c.id)!;
          const answer = result.answers.get(claimer)!;
          result.answers.set(
            c,
            first
              ? replayAnswer(c, first)
              : // Refused unrecorded (apply_failed): the same again, unless the content or
                // the sender differs.
                claimer.hash === c.hash &&
                  claimer.origin.principalKind === c.origin.principalKind &&
                  claimer.origin.principalId === c.origin.principalId
                ? { ...answer, id: c.sentId }
                : { id: c.sentId, status: "rejected", reason: "id_conflict" },
          );
        }
        return pushes.map(() => result);
      },
      GROUP_MAX_OPS,
      GROUP_MAX_WAIT_MS,
    );
    groups.set(db, group);
  }
  return group;
}

/**
 * Announces a push on its way to `ingestPush` (the route calls it before signing in): a
 * group about to start waits for it (groupCommit.ts). Call the function returned when the
 * push is answered; ingestPush calls it as soon as the push has joined a group.
 */
export function announcePush(store: Store): () => void {
  return groupOf(store).expect();
}

/**
 * Applies one push (issue 9): every op is answered on its own — applied, duplicate (a
 * replayed id: the first answer's result) or rejected with a reason — and a bad op never
 * stops the others. The ledger rows, the ops' effects and the change log are written in
 * one transaction, shared with the pushes that arrived meanwhile (group commit): all
 * fresh ops through each kind's applyMany and, should that throw, again in a new
 * transaction push by push and op by op in savepoints, so that only the failing op is
 * refused ("apply_failed"). A transient database error throws (the route answers 503)
 * and nothing of the push is written. `store`: its push connection (store/db.ts).
 * `arrived`: announcePush's function, called once the push has joined a group.
 */
export async function ingestPush(
  store: Store,
  kinds: Readonly<Record<string, OpKind>>,
  sender: PushSender,
  rawOps: readonly unknown[],
  arrived: () => void = () => {},
): Promise<PushResponse> {
  const receivedAt = new Date();
  const origin: PushOrigin = {
    eventId: sender.event.id,
    principalKind: sender.principal.kind,
    principalId: sender.principal.id,
    deviceId: sender.deviceId,
    receivedAt,
  };
  const results: (OpResult | undefined)[] = new Array(rawOps.length);
  const candidates: Candidate[] = [];
  /** Later ops that repeat an earlier op's id in the same push: answered like a replay. */
  const repeats: Candidate[] = [];
  const firstById = new Map<string, Candidate>();
  rawOps.forEach((raw, index) => {
    const checked = check(raw, index, sender, origin, kinds);
    if (!("ctx" in checked)) {
      results[index] = checked;
      return;
    }
    if (firstById.has(checked.id)) repeats.push(checked);
    else {
      firstById.set(checked.id, checked);
      candidates.push(checked);
    }
  });
  if (candidates.length > 0) {
    const committed = groupOf(store).submit(candidates, candidates.length);
    arrived();
    const done = await committed;
    for (const c of candidates) results[c.index] = done.answers.get(c)!;
    for (const c of repeats) {
      const first = done.firsts.get(c.id);
      const earlier = firstById.get(c.id)!;
      results[c.index] = first
        ? replayAnswer(c, first)
        : // The first op of this id was refused unrecorded (apply_failed): the same again.
          earlier.hash === c.hash
          ? { ...results[earlier.index]!, id: c.sentId }
          : { id: c.sentId, status: "rejected", reason: "id_conflict" };
    }
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
