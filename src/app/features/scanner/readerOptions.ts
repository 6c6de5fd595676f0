import type { ReaderOptions } from "zxing-wasm/reader";

/**
 * The options ZXing-C++ reads camera frames with, shared by the scanner's worker and
 * `npm run bench -- qr` (so the bench measures what ships). A ticket is one QR code in a
 * frame the scanner has already scaled to 640 px: QR only, stop at the first symbol, and
 * no retries rotated (the QR detector finds any angle; rotation helps linear codes only)
 * or downscaled (a 640×480 frame is below zxing's 500 px threshold anyway). Those retries
 * only run on frames with no readable code — most frames at the door — where they about
 * doubled the time. The inverted retry stays: a phone with its colours inverted (an
 * accessibility setting) shows the ticket light on dark, and on zxing-cpp's own samples it
 * read the inverted codes for no cost on frames that hold a code. tryHarder stays on: on
 * 640×480 frames the bench found it read as many codes in the same time either way.
 */
export const QR_READER_OPTIONS: Readonly<ReaderOptions> = {
  formats: ["QRCode"],
  tryHarder: true,
  tryRotate: false,
  tryInvert: true,
  tryDownscale: false,
  isPure: false,
  binarizer: "LocalAverage",
  maxNumberOfSymbols: 1,
};
