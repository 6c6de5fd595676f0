import type { ReaderOptions } from "zxing-wasm/reader";

/**
 * The options ZXing-C++ reads camera frames with, shared by the scanner's worker and
 * `npm run bench -- qr` (so the bench measures what ships). A ticket is one dark-on-light
 * QR code in a frame the scanner has already scaled to 640 px: QR only, stop at the first
 * symbol, and no retries rotated (the QR detector finds any angle), inverted (the ticket
 * screen and the printed card draw dark on white in every theme) or downscaled (a 640×480 frame is below zxing's threshold). Those
 * retries only run on frames with no readable code, i.e. most frames at the door, and the
 * camera gives a fresh frame a few ms later anyway (on frames without a code they took
 * about half the time). tryHarder stays on: on 640×480 frames the bench found it read as
 * many codes in the same time with it or without.
 */
export const QR_READER_OPTIONS: Readonly<ReaderOptions> = {
  formats: ["QRCode"],
  tryHarder: true,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: false,
  isPure: false,
  binarizer: "LocalAverage",
  maxNumberOfSymbols: 1,
};
