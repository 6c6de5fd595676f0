import { measureDoor } from "../lib/doorScan.ts";
import { readQrImages } from "../lib/qrDecode.ts";
import { type QrImage, readQrImageFolder } from "../lib/qrImageFolder.ts";
import { TICKET_FRAMES_NOTE, ticketFrames } from "../lib/qrTicketFrames.ts";
import { describeSamples, median, round } from "../lib/stats.ts";
import type { Benchmark, Figure, Skip } from "../lib/types.ts";

const DECODER_FIGURES = ["qr-decode-rate", "qr-decode-ms", "qr-speedup-vs-jsqr"];

/** How many times each decoder reads each frame (in turn) for its time: the median is kept. */
const TIMES_EACH = 3;

/**
 * Issue 10: the door scanner's QR decoder against jsQR on the same frames in the same
 * run, in headless Chromium (lib/qrDecode.ts): decode rate, median and p95 ms per frame,
 * and the speed-up; then the door page against the built app and the real server
 * (lib/doorScan.ts): its JS beyond the attendee's precache and the fake camera's ticket →
 * painted verdict. `--images DIR` reads a folder laid out like zxing-cpp's test samples
 * (PNG, JPEG or WebP with a same-name .txt, subfolders allowed) instead of the generated
 * ticket frames.
 */
const benchmark: Benchmark = {
  name: "qr",
  figures: [...DECODER_FIGURES, "scanner-js", "scan-verdict-ms"],
  defaultRuns: 1,
  needsBuild: true,
  async run(ctx) {
    const dir = ctx.options.images;
    let images: QrImage[];
    let note: string;
    if (typeof dir === "string") {
      const found = readQrImageFolder(dir);
      images = found.images;
      note = `${images.length} images from ${dir}${found.withoutText ? ` (${found.withoutText} without a .txt left out)` : ""}`;
      if (images.length === 0) {
        const skipped = `no PNG, JPEG or WebP image with a same-name .txt under ${dir}`;
        return DECODER_FIGURES.map((name) => ({ name, skipped }));
      }
    } else {
      images = ticketFrames(ctx.tiny ? 3 : 60);
      note = `${images.length} ${TICKET_FRAMES_NOTE}`;
    }
    ctx.log(`qr: ${note}`);
    const times = ctx.tiny ? 1 : TIMES_EACH;
    const readings = await readQrImages(images, ctx.log, times);
    const figures: Array<Figure | Skip> = qrFigures(readings, note, times);
    figures.push(...(await measureDoor({ distDir: ctx.distDir, tiny: ctx.tiny, log: ctx.log })));
    return figures;
  },
};

/** The three decoder figures of DESIGN §9 from the readings of one run. */
function qrFigures(
  { engine, readings }: Awaited<ReturnType<typeof readQrImages>>,
  note: string,
  times: number,
): Figure[] {
  const correct = (who: "ours" | "jsqr") =>
    readings.filter((r) => r[who].text === r.expected).length;
  const ours = readings.map((r) => r.ours.ms);
  const theirs = readings.map((r) => r.jsqr.ms);
  const n = readings.length;
  const sizes = [...new Set(readings.map((r) => `${r.width}×${r.height}`))];
  const where = `headless Chromium, ${engine === "native" ? "BarcodeDetector" : "zxing-wasm worker (QR_READER_OPTIONS), frame → worker → text"}; jsQR (its defaults, inverted codes too, as ours) on the main thread, same frames`;
  return [
    {
      name: "qr-decode-rate",
      value: round(correct("ours") / n, 3),
      unit: "fraction",
      budget: { min: 0.95 },
      runs: 1,
      ...(correct("jsqr") > 0
        ? { baseline: { value: round(correct("jsqr") / n, 3), label: "jsQR" } }
        : {}),
      note: `${correct("ours")}/${n} read correctly (jsQR ${correct("jsqr")}); ${note}; frames ${sizes.slice(0, 3).join(", ")}${sizes.length > 3 ? "…" : ""}`,
    },
    {
      name: "qr-decode-ms",
      value: round(median(ours), 2),
      unit: "ms",
      budget: { max: 10 },
      // One run over every image; the per-image times are summarised in the note.
      runs: 1,
      baseline: { value: round(median(theirs), 2), label: "jsQR" },
      note: `${where}; a frame's time is the median of ${times} reads; over the frames, ours ${describeSamples(ours, "ms")}; jsQR ${describeSamples(theirs, "ms")}`,
    },
    {
      name: "qr-speedup-vs-jsqr",
      value: round(median(theirs) / median(ours), 2),
      unit: "×",
      budget: { min: 4 },
      runs: 1,
      note: "jsQR median ÷ ours, same frames, same page, same run",
    },
  ];
}

export default benchmark;
