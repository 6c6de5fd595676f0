import { type Accessor, createSignal, onCleanup } from "solid-js";

/**
 * A counter that ticks every `intervalMs`, owned by the current root: screens read it to
 * re-evaluate time-dependent state (the timer, a scheduled opening). Kept here rather than
 * sharing the agenda's createNow, so that it stays out of the agenda's first load.
 */
export function createTick(intervalMs: number): Accessor<number> {
  const [tick, setTick] = createSignal(0);
  const timer = setInterval(() => setTick((n) => n + 1), intervalMs);
  onCleanup(() => clearInterval(timer));
  return tick;
}
