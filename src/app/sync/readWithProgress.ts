/**
 * Reads a response body as text, reporting the fraction received when `onProgress` is
 * given. The server sends the uncompressed size in `X-Content-Length`, because
 * `Content-Length` is absent or counts gzip bytes when the body is compressed.
 *
 * Issue 13: Chromium reports a body that script reads chunk by chunk as a failed request
 * (net::ERR_ABORTED in the console), even when every byte arrived. So the body itself is
 * always read whole (text()); the bytes are counted on a clone, and only when progress is
 * shown (the invite's first download).
 */
export async function readWithProgress(
  response: Response,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  const total = Number(response.headers.get("x-content-length")) || 0;
  const copy = onProgress && total ? response.clone().body : null;
  const counted = copy
    ? countBytes(copy, (received) => onProgress?.(Math.min(1, received / total)))
    : null;
  const text = await response.text();
  await counted?.catch(() => {});
  onProgress?.(1);
  return text;
}

/** Reads `body` to its end, reporting the bytes received so far after each chunk. */
async function countBytes(body: ReadableStream<Uint8Array>, onBytes: (received: number) => void) {
  const reader = body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    received += value.byteLength;
    onBytes(received);
  }
}
