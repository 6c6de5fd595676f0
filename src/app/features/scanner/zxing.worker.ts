/// <reference lib="webworker" />
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
// The wasm is a build asset of our own origin: never fetched from a CDN (issue 10).
import wasmUrl from "zxing-wasm/reader/zxing_reader.wasm?url";

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
    // Not tryHarder: the camera gives a new frame every few ms, so speed beats effort per
    // frame (npm run bench -- qr measures these options).
    const results = await readBarcodes(image, {
      formats: ["QRCode"],
      tryHarder: false,
      maxNumberOfSymbols: 1,
    });
    self.postMessage({ id, texts: results.filter((r) => r.isValid).map((r) => r.text) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
