/**
 * Gzips a request body where the browser has CompressionStream; null where it has not
 * (the body then goes uncompressed). A batch of 500 ops shrinks to about a tenth.
 */
export async function gzipBody(text: string): Promise<ArrayBuffer | null> {
  if (typeof CompressionStream === "undefined") return null;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}
