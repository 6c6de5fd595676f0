/**
 * Reads a response body as text, reporting the fraction received when `onProgress` is
 * given. The server sends the uncompressed size in `X-Content-Length`, because
 * `Content-Length` is absent or counts gzip bytes when the body is compressed.
 *
 * Issue 13: Chromium reports a body read chunk by chunk from script as a failed request
 * (net::ERR_ABORTED in the console) even when every byte arrived, so the chunked read is
 * kept for the one download whose progress is shown (the invite's first download);
 * background pulls read the body whole.
 */
export async function readWithProgress(
  response: Response,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  const total = Number(response.headers.get("x-content-length")) || 0;
  if (!onProgress || !response.body || !total) {
    const text = await response.text();
    onProgress?.(1);
    return text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(Math.min(1, received / total));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
