import type { ResourceFetcherInfo } from "solid-js";

/**
 * Wraps a live screen's resource fetcher: a reload asked by the change feed (`refetch`)
 * that fails — the server restarting, the network gone a moment — keeps the figures on
 * screen instead of turning the resource into an error (which would replace the page);
 * the next change or reconnection reloads them. A first load, or one for another source
 * (another unit), still fails as before.
 */
export function keepShownOnReloadFailure<S, T>(load: (source: S) => Promise<T>) {
  return (source: S, info: ResourceFetcherInfo<T, unknown>): Promise<T> =>
    load(source).catch((error: unknown) => {
      if (info.refetching !== false && info.value !== undefined) return info.value;
      throw error;
    });
}
