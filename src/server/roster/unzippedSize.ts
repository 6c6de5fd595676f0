import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";

/**
 * Issue 12: most bytes an uploaded .xlsx may expand to. A 5 MiB zip of repeated cells can
 * hold gigabytes, and the spreadsheet reader keeps every sheet in memory.
 */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/**
 * Whether a zip expands to more than `limit` bytes, found by inflating it with a running
 * count and stopping at the first byte beyond (a declared size can lie, so the sizes the
 * entries declare only refuse early, without inflating). Nothing is kept: only counted.
 */
export function unzipsBeyond(bytes: Uint8Array, limit: number): boolean {
  let total = 0;
  let beyond = false;
  const unzip = new Unzip((entry) => {
    if (beyond) return;
    if (entry.originalSize !== undefined && total + entry.originalSize > limit) {
      beyond = true;
      return;
    }
    entry.ondata = (error, chunk) => {
      // A damaged entry is the spreadsheet reader's to report (not_a_roster).
      if (error || beyond) return;
      total += chunk.length;
      if (total > limit) {
        beyond = true;
        entry.terminate();
      }
    };
    try {
      entry.start();
    } catch {
      // An unknown compression method: also the reader's to refuse.
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch {
    // Not a zip fflate can walk: the reader refuses it with its own message.
  }
  return beyond;
}
