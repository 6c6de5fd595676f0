/// <reference lib="webworker" />
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
// The wasm is a build asset of our own origin: never fetched from a CDN (issue 10).
import wasmUrl from "zxing-wasm/reader/zxing_reader.wasm?url";
import type { FrameMessage } from "./decoder.ts";
import { frameGrabber } from "./frameGrabber.ts";
import { QR_READER_OPTIONS } from "./readerOptions.ts";

/**
 * ZXing-C++ (zxing-wasm) in a worker: decodes QR codes in camera frames off the main
 * thread, for browsers without a native BarcodeDetector. Messages: a FrameMessage in,
 * `{id, texts}` or `{id, error}` out, and `{ready}` once when the wasm is loaded (or not).
 */
prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) =>
      path.endsWith(".wasm") ? wasmUrl : prefix + path,
  },
  fireImmediately: true,
}).then(
  // warmQrDecoder waits for this: the wasm is fetched (and kept by the service worker).
  () => self.postMessage({ ready: true }),
  () => self.postMessage({ ready: false }),
);

// Camera frames are scaled and read into pixels here, off the page's main thread: drawn
// there, a 640×480 frame held the door page's main thread 40–100 ms at 4× CPU throttling
// before the verdict could be painted.
const grab = typeof OffscreenCanvas === "function" ? frameGrabber(new OffscreenCanvas(1, 1)) : null;

function pixelsOf(message: FrameMessage): ImageData | null {
  if ("pixels" in message) {
    return new ImageData(new Uint8ClampedArray(message.pixels), message.width, message.height);
  }
  const { video } = message;
  try {
    return grab ? grab(video, video.displayWidth, video.displayHeight) : null;
  } finally {
    video.close();
  }
}

self.onmessage = async (event: MessageEvent<FrameMessage>) => {
  const { id } = event.data;
  try {
    const image = pixelsOf(event.data);
    // npm run bench -- qr measures these very options (readerOptions.ts says why each).
    const results = image ? await readBarcodes(image, QR_READER_OPTIONS) : [];
    self.postMessage({ id, texts: results.filter((r) => r.isValid).map((r) => r.text) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
