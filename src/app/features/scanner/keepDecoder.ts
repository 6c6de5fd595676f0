import { SCANNER_CACHE } from "../../../shared/scannerCache.ts";
import { warmQrDecoder } from "./decoder.ts";

const CONTROL_WAIT_MS = 60_000;

/**
 * On an attendee's phone, a little after a successful sync: fetches the QR decoder (the
 * zxing worker and its wasm, kept by the service worker) unless the phone already holds
 * it, so that self check-in by scanning a session code works with no network later.
 * Loaded on demand (syncEvent.ts), never with the first screen.
 */
export async function keepDecoder(): Promise<boolean> {
  const worker = navigator.serviceWorker;
  if (!("caches" in globalThis) || !worker) return false;
  // Only a fetch through the service worker is kept: on a first visit it may still be
  // installing (it takes control as soon as it is ready).
  if (!worker.controller) {
    await new Promise((resolve) => {
      worker.addEventListener("controllerchange", resolve, { once: true });
      setTimeout(resolve, CONTROL_WAIT_MS);
    });
    if (!worker.controller) return false;
  }
  const cache = await caches.open(SCANNER_CACHE);
  const kept = await cache.keys();
  if (kept.some((request) => request.url.endsWith(".wasm"))) return true;
  return warmQrDecoder();
}
