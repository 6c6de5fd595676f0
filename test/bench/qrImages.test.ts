// `npm run bench -- qr --images DIR` reads a folder laid out like zxing-cpp's test samples:
// PNG, JPEG and WebP, each with a same-name .txt, in subfolders too. Here such a folder is
// made by Chromium itself (canvas.toBlob in each format) and read back through the bench's
// own path: the folder reader, then both decoders in Chromium.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../harness/chromium.ts";
import { removeDirectory } from "../harness/cleanup.ts";
import { qrFrame } from "../harness/qrFrames.ts";
import { readQrImages } from "./lib/qrDecode.ts";
import { readQrImageFolder } from "./lib/qrImageFolder.ts";

/** Each format's file (under subfolders), the text its QR holds, and the frame's size. */
const SAMPLES = [
  { file: "png/ticket.png", type: "image/png", text: "TH1:PNG-MAU-0001", width: 640, module: 4 },
  {
    file: "jpeg/nested/ticket.jpg",
    type: "image/jpeg",
    text: "TH1:JPEG-MAU-0002",
    width: 1280,
    module: 8,
  },
  { file: "ticket.webp", type: "image/webp", text: "TH1:WEBP-MAU-0003", width: 640, module: 5 },
] as const;

/** Encodes each sample's QR frame in its format with Chromium's canvas. */
async function encodeInChromium(): Promise<Buffer[]> {
  const context = await launchChromium();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const out: Buffer[] = [];
    for (const s of SAMPLES) {
      const frame = qrFrame(s.text, s.width, (s.width * 3) / 4, s.module);
      const base64 = await page.evaluate(
        async ([luma, width, height, type]) => {
          const canvas = document.createElement("canvas");
          canvas.width = width;
          canvas.height = height;
          const rgba = new Uint8ClampedArray(width * height * 4);
          for (let i = 0; i < width * height; i++) {
            rgba.fill(luma[i]!, i * 4, i * 4 + 3);
            rgba[i * 4 + 3] = 255;
          }
          canvas.getContext("2d")!.putImageData(new ImageData(rgba, width, height), 0, 0);
          const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, type, 0.9));
          if (blob?.type !== type) throw new Error(`this Chromium cannot write ${type}`);
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = "";
          for (const b of bytes) binary += String.fromCharCode(b);
          return btoa(binary);
        },
        [Array.from(frame.luma), frame.width, frame.height, s.type] as const,
      );
      out.push(Buffer.from(base64, "base64"));
    }
    return out;
  } finally {
    await context.close();
  }
}

describe("the QR bench's --images folder", () => {
  let dir = "";
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "th-qr-images-"));
    const encoded = await encodeInChromium();
    SAMPLES.forEach((s, i) => {
      const path = join(dir, s.file);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, encoded[i]!);
      // One .txt ends with a newline, as an editor saves it; zxing-cpp's do not.
      writeFileSync(path.replace(/\.\w+$/, ".txt"), i === 0 ? `${s.text}\n` : s.text);
    });
    // Not samples: an image without its .txt, and a format the bench does not read.
    writeFileSync(join(dir, "png/orphan.png"), encoded[0]!);
    writeFileSync(join(dir, "notes.gif"), "GIF89a");
    writeFileSync(join(dir, "notes.txt"), "không phải ảnh");
  }, 180_000);
  afterAll(() => {
    if (dir) removeDirectory(dir);
  });

  it("finds PNG, JPEG and WebP in subfolders, each with its expected text", () => {
    const { images, withoutText } = readQrImageFolder(dir);
    expect(withoutText).toBe(1);
    expect(images.map((i) => [i.name, i.type, i.expected]).sort()).toEqual(
      SAMPLES.map((s) => [s.file, s.type, s.text]).sort(),
    );
    // Each file's own bytes: PNG, JPEG and WebP signatures.
    const head = (name: string) =>
      Buffer.from(images.find((i) => i.name === name)!.bytes.subarray(0, 12));
    expect(head("png/ticket.png").subarray(1, 4).toString()).toBe("PNG");
    expect(head("jpeg/nested/ticket.jpg").readUInt16BE(0)).toBe(0xffd8);
    expect(head("ticket.webp").subarray(8, 12).toString()).toBe("WEBP");
  });

  it("says when the folder does not exist", () => {
    expect(() => readQrImageFolder(join(dir, "khong-co"))).toThrow(/no such folder/);
  });

  it("decodes every format in Chromium, with our decoder and with jsQR", async () => {
    const { images } = readQrImageFolder(dir);
    const { readings } = await readQrImages(images, () => {});
    expect(readings.map((r) => [r.name, r.ours.text, r.jsqr.text])).toEqual(
      images.map((i) => [i.name, i.expected, i.expected]),
    );
    // The 1280×960 photo is read as the scanner reads one: scaled to 640 wide.
    expect(readings.map((r) => r.width)).toEqual(images.map(() => 640));
    for (const r of readings) expect(r.ours.ms).toBeGreaterThanOrEqual(0);
  }, 180_000);
});
