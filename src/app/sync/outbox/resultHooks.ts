import type { OpResult } from "../../../shared/ops.ts";
import type { OutboxEntry } from "../../db/db.ts";

/**
 * What a feature does with the server's answer to one of its ops (e.g. store the check-in's
 * verdict). Runs after the entry left the outbox; a failing hook is logged, the entry is
 * not pushed again (the server has applied it).
 *
 * Hooks run only where the feature registered them, in the page: when the service worker
 * pushes (Background Sync, maybe with no page open: backgroundPush.ts) the entries are
 * settled without them. So a hook may only hasten what the page works out anyway: an entry
 * gone from the outbox was taken, a parked one carries the server's reason, and anything
 * else comes with the feature's next pull (self check-in reads the outbox, quiz results
 * come with refreshQuizzes; neither registers a hook).
 */
export type OpResultHook = (entry: OutboxEntry, result: OpResult) => void | Promise<void>;

const hooks = new Map<string, OpResultHook>();

/**
 * Registers the hook of one op kind. sync/ sits below the features: features register
 * here, the engine never imports them. Returns the function that unregisters it.
 */
export function registerOpResultHook(kind: string, hook: OpResultHook): () => void {
  hooks.set(kind, hook);
  return () => {
    if (hooks.get(kind) === hook) hooks.delete(kind);
  };
}

/** The hook registered for `kind`, if any. */
export function opResultHook(kind: string): OpResultHook | undefined {
  return hooks.get(kind);
}
