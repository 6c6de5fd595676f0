import { createSignal } from "solid-js";
import { ApiRequestError } from "../../sync/api.ts";

/**
 * The state of a save button: busy while saving, the error of the last attempt, and
 * whether it was a conflict (someone else saved first: nothing of ours was written).
 */
export function createSaveState() {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const [saved, setSaved] = createSignal(false);
  return {
    busy,
    error,
    saved,
    conflict: () => {
      const e = error();
      return e instanceof ApiRequestError && e.code === "conflict";
    },
    fail: (e: unknown) => {
      setSaved(false);
      setError(() => e);
    },
    /** Runs a save; resolves its result, or undefined when it failed (see error()). */
    async run<T>(action: () => Promise<T>): Promise<T | undefined> {
      setBusy(true);
      setSaved(false);
      setError(undefined);
      try {
        const result = await action();
        setSaved(true);
        return result;
      } catch (e) {
        setError(() => e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
}

export type SaveState = ReturnType<typeof createSaveState>;
