import type { Tx } from "./opKind.ts";

const caches = new WeakMap<Tx, Map<string, Promise<unknown>>>();

/**
 * Runs `load` once per transaction and key, and answers every later call with its result:
 * what a push reads alike for each of its ops (an event's ticket keys, a check-in list, the
 * event's check-in lock) is read for the first op and reused by the next 499. Keyed by the
 * transaction object itself: a savepoint has its own, so what a rolled-back savepoint read
 * or locked is never taken for granted after it. A failed load is forgotten. `load` may
 * return a Drizzle query as it is.
 */
export function oncePerTransaction<T>(tx: Tx, key: string, load: () => PromiseLike<T>): Promise<T> {
  let cache = caches.get(tx);
  if (!cache) {
    cache = new Map();
    caches.set(tx, cache);
  }
  const cached = cache.get(key);
  if (cached) return cached as Promise<T>;
  // Settled once into a real promise: a Drizzle query is a lazy thenable that runs its
  // statement again on every `then`, each later caller's included.
  const loading = Promise.resolve(load());
  cache.set(key, loading);
  loading.catch(() => {
    if (cache.get(key) === loading) cache.delete(key);
  });
  return loading;
}
