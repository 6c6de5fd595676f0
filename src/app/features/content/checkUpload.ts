import { MAX_FILE_BYTES, SNIFF_BYTES, sniffFileType } from "../../../shared/files.ts";

/**
 * Checks a chosen file before uploading it, with the server's own rules (size, content
 * type by magic bytes), so that the organiser hears at once rather than after sending
 * 50 MB. The server checks again: this is for speed, not safety.
 */
export async function checkUpload(
  file: Blob,
): Promise<"file_too_large" | "file_type_unsupported" | null> {
  if (file.size > MAX_FILE_BYTES) return "file_too_large";
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return sniffFileType(head) ? null : "file_type_unsupported";
}
