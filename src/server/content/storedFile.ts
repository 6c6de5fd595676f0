import { createHash } from "node:crypto";
import { cleanFileName, nameForType, SNIFF_BYTES, sniffFileType } from "../../shared/files.ts";
import { newId } from "../../shared/ids.ts";
import type { files } from "../store/schema.ts";

/**
 * A new row of the files table for `data`, or null when the content is not an accepted
 * type (judged by its magic bytes, never by the name). Uploads and the demo seed both go
 * through here, so that a seeded file is held to the same rules as an uploaded one.
 */
export function newStoredFile(
  eventId: string,
  name: string,
  data: Uint8Array,
): typeof files.$inferInsert | null {
  const mime = sniffFileType(data.subarray(0, SNIFF_BYTES));
  if (!mime) return null;
  return {
    id: newId(),
    eventId,
    name: nameForType(cleanFileName(name), mime),
    mime,
    size: data.byteLength,
    sha256: createHash("sha256").update(data).digest("hex"),
    data,
  };
}
