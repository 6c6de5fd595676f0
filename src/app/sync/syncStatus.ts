import { createSignal } from "solid-js";
import { NetworkError } from "./api.ts";

/**
 * How the last pull of each event went, for the screens to tell. navigator.onLine only
 * knows about the phone's own link: on a hall's Wi-Fi without a route to the server it
 * stays true, so a pull that could not reach the server counts as being offline too.
 */
const [reachable, setReachable] = createSignal(true);
// slug → the error of its last finished pull, or null when it succeeded.
const [outcomes, setOutcomes] = createSignal<ReadonlyMap<string, unknown>>(new Map());
// slug → when its last pull succeeded (ms, device clock); not reactive, read at a trigger.
const succeededAt = new Map<string, number>();

/** False since the last pull failed for want of a network, until one succeeds. */
export const serverReachable = reachable;

/** Records a finished pull of `slug`: its error, or nothing when it succeeded. */
export function recordPull(slug: string, error: unknown = null): void {
  setReachable(!(error instanceof NetworkError));
  if (error === null) succeededAt.set(slug, Date.now());
  setOutcomes((before) => new Map(before).set(slug, error));
}

/** The error of the last pull of `slug`; null after a success, undefined before any. */
export function lastPullError(slug: string): unknown {
  return outcomes().get(slug);
}

/**
 * Why the last pull of `slug` failed, unless for want of a network (the badge tells that):
 * the server refused it, or the device could not store it. Worth telling the user.
 */
export function pullFailure(slug: string): unknown {
  const error = lastPullError(slug);
  return error && !(error instanceof NetworkError) ? error : undefined;
}

/** When the last pull of `slug` succeeded (ms, device clock); undefined before any. */
export function lastPullSuccessAt(slug: string): number | undefined {
  return succeededAt.get(slug);
}

/** Forgets every outcome (tests, and a fresh start). */
export function resetSyncStatus(): void {
  setReachable(true);
  succeededAt.clear();
  setOutcomes(new Map());
}
