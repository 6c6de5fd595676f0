import { liveQuery } from "dexie";
import { type Accessor, createEffect, createSignal, onCleanup } from "solid-js";

export interface LiveQuery<T> {
  /** The latest result; undefined until the first one arrives. */
  value: Accessor<T | undefined>;
  /** True once the query has answered at least once for the current input. */
  ready: Accessor<boolean>;
  error: Accessor<unknown>;
}

/**
 * A Dexie liveQuery owned by the current reactive root: re-runs when `input` changes and
 * when the tables it read change (e.g. after a sync), unsubscribing on cleanup.
 */
export function createLiveQuery<I, T>(
  input: Accessor<I>,
  query: (input: I) => Promise<T>,
): LiveQuery<T> {
  const [value, setValue] = createSignal<T>();
  const [ready, setReady] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  createEffect(() => {
    const current = input();
    setReady(false);
    const subscription = liveQuery(() => query(current)).subscribe({
      next: (result) => {
        setValue(() => result);
        setError(undefined);
        setReady(true);
      },
      error: (e: unknown) => {
        setError(() => e);
        setReady(true);
      },
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return { value, ready, error };
}
