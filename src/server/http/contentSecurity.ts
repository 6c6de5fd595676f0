import { createHash } from "node:crypto";

/** The text of every inline `<script>` (one with no src) of an HTML page. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1] ?? "")) scripts.push(match[2] ?? "");
  }
  return scripts;
}

/** A CSP source expression allowing exactly this inline script. */
export const scriptHash = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The Content-Security-Policy of the app shell, built from the served index.html itself so
 * the hash of its inline agenda-snapshot script never drifts from the file:
 * - scripts: our own files and that one inline script; no 'unsafe-inline', no eval;
 * - style elements and sheets: our own; style *attributes* are allowed (the agenda snapshot
 *   and a few components set them), which cannot run code;
 * - images: ours, data: and blob: (QR codes, material files read offline) and https: (a
 *   material may show images of the hosts its event allows, checked by the sanitiser);
 *   frames: https: likewise (embedded videos of those hosts);
 * - frame-ancestors 'none': no site may frame the app (the event's embed setting says what
 *   the app embeds, not who embeds it), so no click-jacking of staff screens.
 */
export function shellPolicy(indexHtml: string): string {
  const hashes = inlineScripts(indexHtml).map(scriptHash);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src https:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
