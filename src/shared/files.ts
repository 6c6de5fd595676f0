/**
 * Material files (PDF and images): the limits both the server and the staff editor check,
 * the type detection by content, and where attendees' devices find and keep them.
 */

/**
 * Largest file an organiser may upload: 50 MB in the decimal units the editor (formatBytes)
 * and phones show sizes in, so that the "50 MB" the editor states is the limit checked
 * (in binary units a file shown as "52 MB" would pass).
 */
export const MAX_FILE_BYTES = 50_000_000;

export const fileMimes = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;
export type FileMime = (typeof fileMimes)[number];

/** Bytes of the start of a file that sniffFileType needs to see. */
export const SNIFF_BYTES = 1024;

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * The type of a file judged by its first bytes (magic numbers), never by its name or the
 * type the browser claims; null when it is none of the accepted types.
 */
export function sniffFileType(head: Uint8Array): FileMime | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "image/webp";
  // Issue 12: a PDF begins with its header. Readers tolerate junk before it, but so would
  // an HTML page carrying "%PDF-" in its first kilobyte, which a browser may render as HTML.
  if (startsWith(head, ascii("%PDF-"))) return "application/pdf";
  return null;
}

/** Where attendees of the event fetch a file; the id changes with every upload. */
export function fileUrl(slug: string, fileId: string): string {
  return `/api/events/${encodeURIComponent(slug)}/files/${fileId}`;
}

/**
 * Issue 13: where a file opens in a tab of its own — fileUrl() with the file's name after
 * it, so that the browser's tab (Chromium's PDF viewer) is titled with that name. The
 * server and the service worker answer it as fileUrl() itself.
 */
export function namedFileUrl(url: string, name: string): string {
  return `${url}/${encodeURIComponent(name)}`;
}

/**
 * Matches the path of fileUrl() (group 1), with or without the name namedFileUrl() adds,
 * for the service worker's route.
 */
export const FILE_PATH = /^(\/api\/events\/[^/]+\/files\/[0-9a-f-]{36})(?:\/[^/]+)?$/i;

/**
 * The Cache API cache holding downloaded material files. The page is its only writer (the
 * "download everything" action); the service worker only reads it, so what the app shows as
 * "available offline" is exactly what is in it.
 */
export const FILE_CACHE = "th-files-v1";

/** A file name safe to store and show: no path, no control characters, at most 200 chars. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return [...cleaned].slice(0, 200).join("") || "file";
}

/** The file name extension of each accepted type. */
export const fileExtensions: Record<FileMime, string[]> = {
  "application/pdf": [".pdf"],
  "image/png": [".png"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/webp": [".webp"],
};

/**
 * The name to store and offer for download: the uploaded name when its extension matches
 * the type found in the content, else the name with that type's extension (`evil.html`
 * holding a PDF downloads as `evil.pdf`), so the saved file never opens as something else.
 */
export function nameForType(name: string, mime: FileMime): string {
  const extensions = fileExtensions[mime];
  const lower = name.toLowerCase();
  if (extensions.some((ext) => lower.endsWith(ext))) return name;
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  return `${base || "file"}${extensions[0]}`;
}
