import { FILE_CACHE } from "../../../shared/files.ts";
import type { PackFile } from "../../../shared/pack.ts";
import type { ApiRequestError } from "../../sync/api.ts";
import { responseError } from "./responseError.ts";

/**
 * Material files kept for offline reading, in the Cache API. The page is the only writer
 * (files are downloaded when the attendee asks); the service worker answers file URLs from
 * this cache first, so a PDF opens with no network. A file URL names one content forever
 * (a new upload gets a new id), so the URL is the whole cache key.
 */

/** False where the browser offers no Cache API (e.g. a plain-HTTP address on the LAN). */
export function canKeepFiles(): boolean {
  return typeof caches !== "undefined";
}

/** The file URLs (paths) that are on the device. */
export async function cachedFileUrls(): Promise<Set<string>> {
  if (!canKeepFiles()) return new Set();
  const cache = await caches.open(FILE_CACHE);
  return new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
}

/**
 * Why a download stopped before every file was on the device: "network" when no answer
 * came (or it was cut), "http" when the server answered with an error.
 */
export type DownloadStop = "quota" | "network" | "http" | "unsupported" | "aborted";

export interface DownloadResult {
  /** Files that are still not on the device; the first is the one that failed. */
  missing: PackFile[];
  stoppedBy: DownloadStop | null;
  /** The server's answer, when stoppedBy is "http". */
  error?: ApiRequestError;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === "QuotaExceededError";
}

/** Reads a response body, reporting bytes as they arrive. */
async function readBytes(response: Response, onBytes: (n: number) => void): Promise<Blob> {
  if (!response.body) {
    const blob = await response.blob();
    onBytes(blob.size);
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    onBytes(value.byteLength);
  }
  return new Blob(chunks);
}

/**
 * Downloads the files not yet on the device, one after the other, reporting bytes done
 * of bytes needed. Resumable: files already kept are skipped, so after an interruption
 * (network gone, app closed) the next call continues with what is missing.
 */
export async function downloadFiles(
  files: PackFile[],
  onProgress: (done: number, total: number) => void = () => {},
  signal?: AbortSignal,
): Promise<DownloadResult> {
  if (!canKeepFiles()) return { missing: files, stoppedBy: "unsupported" };
  const cache = await caches.open(FILE_CACHE);
  const have = await cachedFileUrls();
  const todo = files.filter((f) => !have.has(f.url));
  const total = todo.reduce((sum, f) => sum + f.size, 0);
  let done = 0;
  onProgress(0, total);
  for (const [i, file] of todo.entries()) {
    const rest = todo.slice(i);
    if (signal?.aborted) return { missing: rest, stoppedBy: "aborted" };
    const before = done;
    let response: Response;
    try {
      response = await fetch(file.url, { credentials: "same-origin", signal });
    } catch {
      return { missing: rest, stoppedBy: signal?.aborted ? "aborted" : "network" };
    }
    if (!response.ok) {
      return { missing: rest, stoppedBy: "http", error: await responseError(response) };
    }
    try {
      const blob = await readBytes(response, (n) => {
        done += n;
        onProgress(Math.min(done, total), total);
      });
      await cache.put(
        file.url,
        new Response(blob, {
          headers: {
            "Content-Type": file.mime,
            "Content-Length": String(blob.size),
            "Content-Disposition": response.headers.get("content-disposition") ?? "inline",
          },
        }),
      );
      done = before + file.size;
      onProgress(done, total);
    } catch (error) {
      if (isQuotaError(error)) return { missing: rest, stoppedBy: "quota" };
      if (signal?.aborted) return { missing: rest, stoppedBy: "aborted" };
      return { missing: rest, stoppedBy: "network" };
    }
  }
  return { missing: [], stoppedBy: null };
}

/** Drops kept files that no material of any event on the device uses any more. */
export async function pruneFiles(keep: Set<string>): Promise<void> {
  if (!canKeepFiles()) return;
  const cache = await caches.open(FILE_CACHE);
  for (const request of await cache.keys()) {
    if (!keep.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}
