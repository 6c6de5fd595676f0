import type { CDPSession } from "playwright-core";

/** One response the page received, as Chromium's network stack counted it. */
export interface ReceivedResponse {
  url: string;
  /** CDP resource type ("Script", "Stylesheet", "Document", "Fetch"…). */
  type: string;
  mimeType: string;
  status: number;
  /** Bytes on the wire for the body (gzip as sent), headers excluded. */
  bodyBytes: number;
  /** Served by the service worker or the memory/disk cache (no bytes on the wire). */
  fromCache: boolean;
}

/**
 * Records the page's network traffic through CDP `Network` events: every finished
 * response with its transfer size (`loadingFinished.encodedDataLength` less the header
 * bytes counted at `responseReceived`). Call `enable()` before navigating;
 * `idle(ms)` resolves once no request has been in flight for `ms` milliseconds.
 */
export function recordNetwork(cdp: CDPSession) {
  const pending = new Map<string, Omit<ReceivedResponse, "bodyBytes"> & { headerBytes: number }>();
  const started = new Set<string>();
  const done: ReceivedResponse[] = [];
  let lastActivity = performance.now();
  const touch = () => {
    lastActivity = performance.now();
  };
  cdp.on("Network.requestWillBeSent", (e) => {
    started.add(e.requestId);
    touch();
  });
  cdp.on("Network.responseReceived", (e) => {
    pending.set(e.requestId, {
      url: e.response.url,
      type: e.type,
      mimeType: e.response.mimeType,
      status: e.response.status,
      headerBytes: e.response.encodedDataLength,
      fromCache:
        Boolean(e.response.fromServiceWorker) ||
        Boolean(e.response.fromDiskCache) ||
        Boolean(e.response.fromPrefetchCache),
    });
    touch();
  });
  cdp.on("Network.loadingFinished", (e) => {
    started.delete(e.requestId);
    const r = pending.get(e.requestId);
    pending.delete(e.requestId);
    if (r) {
      const { headerBytes, ...rest } = r;
      done.push({ ...rest, bodyBytes: Math.max(0, e.encodedDataLength - headerBytes) });
    }
    touch();
  });
  cdp.on("Network.loadingFailed", (e) => {
    started.delete(e.requestId);
    pending.delete(e.requestId);
    touch();
  });
  return {
    responses: done,
    async enable(): Promise<void> {
      await cdp.send("Network.enable");
      // A fresh profile has an empty HTTP cache; disabling it makes that explicit.
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    },
    /** Resolves once nothing has been in flight for `quietMs` (checked every 100 ms). */
    async idle(quietMs: number, timeoutMs = 60_000): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        if (started.size === 0 && performance.now() - lastActivity >= quietMs) return;
        if (performance.now() > deadline) {
          throw new Error(`the network was not idle for ${quietMs} ms within ${timeoutMs} ms`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
