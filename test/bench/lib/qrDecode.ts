import { launchChromium } from "../../harness/chromium.ts";
import type { Reading } from "../pages/qr.ts";
import { openBenchPage } from "./benchPage.ts";
import type { QrImage } from "./qrImageFolder.ts";

/** One image read by both decoders, in the same page, one after the other. */
export interface QrReadings {
  name: string;
  expected: string;
  width: number;
  height: number;
  ours: Reading;
  jsqr: Reading;
}

/**
 * Reads every image in headless Chromium through the door scanner's own path (the
 * scanner's frame grabber and decoder: BarcodeDetector if this Chromium reads QR, else the
 * zxing-wasm worker with QR_READER_OPTIONS) and with jsQR on the same frame, `times`
 * times in turn, each frame's median time kept (test/bench/pages/qr.ts). The first
 * image is read once untimed before the run: compiling the wasm and starting the worker
 * are not per-frame costs. An image the browser cannot decode throws, naming it.
 */
export async function readQrImages(
  images: QrImage[],
  log: (line: string) => void,
  times = 1,
): Promise<{ engine: string; readings: QrReadings[] }> {
  if (images.length === 0) throw new Error("no images to read");
  const context = await launchChromium();
  try {
    const page = await openBenchPage(context, "qr", "qrBench");
    const { engine } = await page.evaluate(() => window.qrBench.open());
    log(
      `qr: decoding in Chromium with ${engine === "native" ? "BarcodeDetector" : "zxing-wasm in a worker"}`,
    );
    const read = (image: QrImage) =>
      page
        .evaluate(([b64, type, n]) => window.qrBench.read(b64, type, n), [
          Buffer.from(image.bytes).toString("base64"),
          image.type,
          times,
        ] as const)
        .catch((error: unknown) => {
          throw new Error(`${image.name}: ${error instanceof Error ? error.message : error}`);
        });
    await read(images[0]!);
    const readings: QrReadings[] = [];
    for (const image of images) {
      const r = await read(image);
      readings.push({ name: image.name, expected: image.expected, ...r });
    }
    return { engine, readings };
  } finally {
    await context.close();
  }
}
