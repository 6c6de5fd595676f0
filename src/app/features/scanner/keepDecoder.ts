import { SCANNER_CACHE } from "../../../shared/scannerCache.ts";
import { warmQrDecoder } from "./decoder.ts";

/**
 * On an attendee's phone, a little after a successful sync: fetches the QR decoder (the
 * zxing worker and its wasm, kept by the service worker) unless the phone already holds
 * it, so that self check-in by scanning a session code works with no network later.
 * Loaded on demand (syncEvent.ts), never with the first screen.
 */
export async function keepDecoder(): Promise<boolean> {
  if (!("caches" in globalThis) || !navigator.serviceWorker?.controller) return false;
  const cache = await caches.open(SCANNER_CACHE);
  const kept = await cache.keys();
  if (kept.some((request) => request.url.endsWith(".wasm"))) return true;
  return warmQrDecoder();
}
