// The QR bench page: the door scanner's own decoding path — a photo or frame read by the
// scanner's frameGrabber, decoded by createQrDecoder (BarcodeDetector where the browser
// reads QR, else ZXing-C++ in the scanner's worker with its shared options) — and jsQR on
// the same ImageData, bundled by Vite like the app, driven from test/bench/benchmarks/qr.ts.
import jsQR from "jsqr";
import { createQrDecoder, type QrDecoder } from "../../../src/app/features/scanner/decoder.ts";
import { frameGrabber } from "../../../src/app/features/scanner/frameGrabber.ts";

let decoder: QrDecoder | null = null;
const grab = frameGrabber();

/** One decoder's answer for one frame: the first text read (null if none) and ms taken. */
export interface Reading {
  text: string | null;
  ms: number;
}

/** The first reading's text with the median time of all. */
function medianOf(readings: Reading[]): Reading {
  const ms = readings.map((r) => r.ms).sort((a, b) => a - b);
  const mid = Math.floor(ms.length / 2);
  return {
    text: readings[0]!.text,
    ms: ms.length % 2 ? ms[mid]! : (ms[mid - 1]! + ms[mid]!) / 2,
  };
}

const qrBench = {
  /** Opens the decoder the door page would use in this browser; says which engine. */
  async open(): Promise<{ engine: QrDecoder["engine"] }> {
    decoder ??= await createQrDecoder();
    return { engine: decoder.engine };
  },
  /**
   * Decodes one encoded image (base64 of a PNG, JPEG or WebP file) into a frame as the
   * scanner's "scan from a photo" does, then reads it with ours and with jsQR, taking turns
   * `times` times; each is timed from frame in to text out (ours includes the trip to and
   * from the decoder's worker) and its median kept, so a moment's load on a shared machine
   * does not decide a frame's time. The text is the first read's.
   */
  async read(
    base64: string,
    type: string,
    times: number,
  ): Promise<{ width: number; height: number; ours: Reading; jsqr: Reading }> {
    if (!decoder) throw new Error("open() first");
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type }));
    const frame = grab(bitmap, bitmap.width, bitmap.height);
    bitmap.close();
    if (!frame) throw new Error("the image has no pixels");
    const ours: Reading[] = [];
    const jsqr: Reading[] = [];
    for (let i = 0; i < times; i++) {
      // The decoder takes the frame's buffer (transferred to its worker): give it a copy.
      const copy = new ImageData(new Uint8ClampedArray(frame.data), frame.width, frame.height);
      let start = performance.now();
      const texts = await decoder.decode(copy);
      ours.push({ text: texts[0] ?? null, ms: performance.now() - start });
      // jsQR's default tries light-on-dark codes too, as ours (QR_READER_OPTIONS.tryInvert).
      start = performance.now();
      const found = jsQR(frame.data, frame.width, frame.height);
      jsqr.push({ text: found?.data ?? null, ms: performance.now() - start });
    }
    return { width: frame.width, height: frame.height, ours: medianOf(ours), jsqr: medianOf(jsqr) };
  },
};

declare global {
  interface Window {
    qrBench: typeof qrBench;
  }
}
window.qrBench = qrBench;
