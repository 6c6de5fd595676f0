/// <reference lib="webworker" />
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
// The wasm is a build asset of our own origin: never fetched from a CDN (issue 10).
import wasmUrl from "zxing-wasm/reader/zxing_reader.wasm?url";
import type { FrameMessage } from "./decoder.ts";
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

self.onmessage = async (event: MessageEvent<FrameMessage>) => {
  const { id, width, height, pixels } = event.data;
  try {
    const image = new ImageData(new Uint8ClampedArray(pixels), width, height);
    // npm run bench -- qr measures these very options (readerOptions.ts says why each).
    const results = await readBarcodes(image, QR_READER_OPTIONS);
    self.postMessage({ id, texts: results.filter((r) => r.isValid).map((r) => r.text) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
