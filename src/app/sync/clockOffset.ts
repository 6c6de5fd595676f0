import type { MaybeWindow } from "./windowStorage.ts";

/**
 * Issue 9: the device's clock offset (server time minus device time, in ms), measured from
 * each response's `serverTime` at the midpoint of request and response. Kept in
 * localStorage so that it is readable synchronously (timers, session-code windows) and
 * survives a reload with no network. The service worker's push has no localStorage: what it
 * measures is not kept (its ops carry the offset of when they were made), and the page
 * measures again at its next exchange.
 */
const KEY = "th-clock-offset-ms";

/** The last measured offset, 0 when none was ever measured. */
export function currentClockOffsetMs(): number {
  try {
    const value = Number((globalThis as MaybeWindow).localStorage?.getItem(KEY));
    return Number.isFinite(value) ? Math.round(value) : 0;
  } catch {
    return 0;
  }
}

/** Records the offset from one exchange: sent and received by the device clock (ms). */
export function recordServerTime(serverTime: string, sentAt: number, receivedAt: number): number {
  const server = Date.parse(serverTime);
  if (!Number.isFinite(server)) return currentClockOffsetMs();
  const offset = Math.round(server - (sentAt + receivedAt) / 2);
  try {
    (globalThis as MaybeWindow).localStorage?.setItem(KEY, String(offset));
  } catch {
    // Storage refused (private mode, quota): the offset stays in effect for this exchange only.
  }
  return offset;
}

/** Now, by the server's clock as the device best knows it. */
export function serverNow(): number {
  return Date.now() + currentClockOffsetMs();
}
