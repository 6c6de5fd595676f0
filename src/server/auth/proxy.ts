import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

/** The socket peer's address; undefined under `app.request()` in tests, which has no socket. */
export function peerAddress(c: Context): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}

/**
 * True when the request came from this host, i.e. through a reverse proxy running beside
 * the server: only then are its X-Forwarded-* headers believed, since anyone else could
 * write them. `app.request()` in tests has no socket and is treated like a local proxy.
 */
export function fromLocalPeer(c: Context): boolean {
  const peer = peerAddress(c);
  return !peer || peer === "::1" || peer.startsWith("127.") || peer === "::ffff:127.0.0.1";
}

/** True when the client reached us over TLS, directly or through a local proxy that says so. */
export function isTls(c: Context): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return fromLocalPeer(c) && c.req.header("x-forwarded-proto") === "https";
}
