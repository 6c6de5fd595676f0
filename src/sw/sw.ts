/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";
// The decoder's wasm: the same build asset the scanner's worker loads (features/scanner).
import scannerWasmUrl from "zxing-wasm/reader/zxing_reader.wasm?url";
// The app's own database and push code (issue 9): the worker pushes on a Background Sync.
import { db } from "../app/db/db.ts";
import { backgroundPush } from "../app/sync/backgroundPush.ts";
import { OUTBOX_SYNC_MESSAGE, OUTBOX_SYNC_TAG } from "../shared/backgroundSync.ts";
import { FILE_CACHE, FILE_PATH } from "../shared/files.ts";
import { SCANNER_CACHE } from "../shared/scannerCache.ts";
import { STAFF_ASSETS_CACHE, STAFF_ASSETS_DIR } from "../shared/staffAssets.ts";

const TICKET_API = /^\/api\/events\/[^/]+\/ticket$/;

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// The app shell, versioned by the build: served offline, replaced atomically on update.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Material files (PDF, images), issue 3: from the attendee's downloads when kept, else from
// the network. Only the page writes that cache ("Tải tất cả để xem offline"), so what the
// app shows as available offline is exactly what is in it; opening a PDF with no network
// (a navigation to its URL) is answered from here.
// A file opened under its name (namedFileUrl, issue 13) is the one kept under its plain URL.
registerRoute(
  ({ url }) => url.origin === self.location.origin && FILE_PATH.test(url.pathname),
  async ({ request, url }) => {
    const kept = new URL(url.pathname.replace(FILE_PATH, "$1"), url.origin).href;
    return (await caches.match(kept, { cacheName: FILE_CACHE })) ?? fetch(request);
  },
);

// Staff screens are not precached (attendees never need them); a staff device keeps the
// ones it has opened, so that the door scanner keeps working offline. Hashed names make
// cache-first safe: a new build has new names. The staff sign-out deletes this cache.
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin && url.pathname.startsWith(`/${STAFF_ASSETS_DIR}`),
  new CacheFirst({
    cacheName: STAFF_ASSETS_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true })],
  }),
);

// Issue 10: the QR decoder (zxing worker and wasm, ~1 MB) is neither precached nor staff
// code: door phones and attendee phones keep it once fetched, so scanning works offline.
registerRoute(
  ({ url }) => url.origin === self.location.origin && /^\/assets\/zxing[._]/.test(url.pathname),
  new CacheFirst({
    cacheName: SCANNER_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: 4, purgeOnQuotaError: true })],
  }),
);

// Issue 10: an attendee's phone keeps the decoder too, for self check-in by scanning with no
// network; but not in the first load (its wasm is ~1 MB). Only an attendee's sync asks for
// its ticket (syncEvent.ts): once such a request has passed through this worker, the wasm
// is fetched in the background unless kept already. On a first visit the worker takes
// control after the first sync, so this happens at the next one (within a minute).
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    request.method === "GET" &&
    TICKET_API.test(url.pathname),
  async ({ request, event }) => {
    const response = await fetch(request);
    if (response.ok) (event as ExtendableEvent).waitUntil(keepScannerWasm().catch(() => {}));
    return response;
  },
);

async function keepScannerWasm(): Promise<void> {
  const cache = await caches.open(SCANNER_CACHE);
  if (await cache.match(scannerWasmUrl)) return;
  const response = await fetch(scannerWasmUrl);
  if (response.ok) await cache.put(scannerWasmUrl, response);
}

// Every navigation (deep links such as /e/demo included) gets the cached shell, so a
// reload with no network still starts the app; the API is never answered from here.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: [/^\/api\//] }),
);

// The first install takes control at once, so the page that installed it works offline.
// Later versions wait until the user accepts "Tải lại" (see UpdatePrompt.tsx).
clientsClaim();
self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

// Issue 9, Background Sync: the network is back after a failed push, or after a record was
// queued offline. The worker pushes the outbox itself, with the app's own push code and
// database, so a record made just before the page was closed reaches the server with no
// page open. The Web Lock keeps it from pushing while a page does ("busy": that page's
// engine goes on). A failure other than a 401 rejects, so the browser fires the sync again
// later; the open pages keep their own backoff, and are not woken (waking them on each
// failure would have them re-register the sync at once: a loop around the backoff).
// When it went through, the open pages push what came meanwhile and update their status.
self.addEventListener("sync", (event) => {
  const sync = event as Event & { tag?: string; waitUntil(promise: Promise<unknown>): void };
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    backgroundPush(db).then(async (outcome) => {
      if (outcome !== "pushed") return;
      for (const page of await self.clients.matchAll({ type: "window" })) {
        page.postMessage({ type: OUTBOX_SYNC_MESSAGE });
      }
    }),
  );
});
