/// <reference lib="webworker" />
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
// The wasm is a build asset of our own origin: never fetched from a CDN (issue 10).
import wasmUrl from "zxing-wasm/reader/zxing_reader.wasm?url";
import { QR_READER_OPTIONS } from "./readerOptions.ts";

/**
 * ZXing-C++ (zxing-wasm) in a worker: decodes QR codes in camera frames off the main
 * thread, for browsers without a native BarcodeDetector. Messages: ImageData in,
 * `{id, texts}` or `{id, error}` out.
 */
prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) =>
      path.endsWith(".wasm") ? wasmUrl : prefix + path,
  },
  fireImmediately: true,
});

self.onmessage = async (event: MessageEvent<{ id: number; image: ImageData }>) => {
  const { id, image } = event.data;
  try {
    // npm run bench -- qr measures these very options (readerOptions.ts says why each).
    const results = await readBarcodes(image, QR_READER_OPTIONS);
    self.postMessage({ id, texts: results.filter((r) => r.isValid).map((r) => r.text) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
