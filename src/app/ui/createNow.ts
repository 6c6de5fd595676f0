import { type Accessor, createSignal, onCleanup } from "solid-js";

/** The device clock as a signal (ms since epoch), ticking every `intervalMs`; owned by the root. */
export function createNow(intervalMs = 30_000): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), intervalMs);
  onCleanup(() => clearInterval(timer));
  return now;
}
