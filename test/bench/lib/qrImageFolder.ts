import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";

/** An encoded image (as a file holds it) and the text its QR code holds. */
export interface QrImage {
  /** Its path under the folder read, or a generated name. */
  name: string;
  expected: string;
  type: "image/png" | "image/jpeg" | "image/webp";
  bytes: Uint8Array;
}

const TYPES: Record<string, QrImage["type"]> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
};

/**
 * The PNG, JPEG and WebP images under `dir`, subfolders too, each with its same-name
 * `.txt` of expected text (the layout of zxing-cpp's test samples), in path order. An
 * image without its `.txt` is counted in `withoutText`, not read. The bytes stay encoded:
 * the browser decodes them, as the scanner decodes a photo.
 */
export function readQrImageFolder(dir: string): { images: QrImage[]; withoutText: number } {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new Error(`--images ${dir}: no such folder`);
  const images: QrImage[] = [];
  let withoutText = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const ext = extname(entry).toLowerCase();
      const type = TYPES[ext];
      if (!type) continue;
      let expected: string;
      try {
        expected = readFileSync(`${path.slice(0, -ext.length)}.txt`, "utf8");
      } catch {
        withoutText++;
        continue;
      }
      // zxing-cpp's samples end their .txt with no newline; an editor may add one.
      expected = expected.replace(/\r?\n$/, "");
      images.push({ name: relative(dir, path), expected, type, bytes: readFileSync(path) });
    }
  };
  walk(dir);
  return { images, withoutText };
}
