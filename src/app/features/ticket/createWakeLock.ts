import { onCleanup } from "solid-js";

/**
 * Keeps the screen on for as long as the current root lives (the ticket is on screen): a
 * phone held out to the door scanner must not dim or lock. The browser drops the lock
 * whenever the page is hidden, so it is asked for again when the page is back in view.
 * Does nothing where the Screen Wake Lock API is missing or refuses (battery saver).
 */
export function createWakeLock(): void {
  let lock: WakeLockSentinel | undefined;
  let wanted = true;
  const request = async () => {
    if (!wanted || !("wakeLock" in navigator) || document.visibilityState !== "visible") return;
    if (lock && !lock.released) return;
    try {
      const granted = await navigator.wakeLock.request("screen");
      // Left the ticket while the browser was deciding: give the lock straight back.
      if (wanted) lock = granted;
      else await granted.release();
    } catch {
      // Refused: the screen dims as usual, the ticket stays usable.
    }
  };
  const whenVisible = () => void request();
  document.addEventListener("visibilitychange", whenVisible);
  void request();
  onCleanup(() => {
    wanted = false;
    document.removeEventListener("visibilitychange", whenVisible);
    lock?.release().catch(() => {});
  });
}
