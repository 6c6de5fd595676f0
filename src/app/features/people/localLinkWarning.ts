/** Host names that only the computer running the server can open. */
function isThisComputer(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\./.test(host)
  );
}

/**
 * What the invitation page warns about before printing (issue 13): null when the links are
 * fine; otherwise the address they point at and the LAN address to use instead (null when
 * the server listens on this computer only). Invite links point at PUBLIC_URL, which
 * defaults to http://localhost:PORT — a phone scanning such a QR code opens itself.
 */
export function localLinkWarning(
  urls: readonly string[],
  lanUrl: string | null,
): { origin: string; lanUrl: string | null } | null {
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    if (isThisComputer(parsed.hostname)) return { origin: parsed.origin, lanUrl };
  }
  return null;
}
