import jpeg from "jpeg-js";
import { encode } from "uqr";

/** A grey image, one byte of luminance per pixel. */
export interface GrayFrame {
  width: number;
  height: number;
  luma: Uint8Array;
}

/**
 * Draws a QR code of `text` (error correction M, as tickets are shown) centred in a light
 * grey frame, `module` pixels per module: what a camera sees of a phone screen held out.
 */
export function qrFrame(text: string, width = 640, height = 480, module = 4): GrayFrame {
  const qr = encode(text, { ecc: "M", border: 2 });
  const luma = new Uint8Array(width * height).fill(200);
  const side = qr.size * module;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      const value = qr.data[y]![x] ? 20 : 245;
      for (let dy = 0; dy < module; dy++) {
        const row = (top + y * module + dy) * width;
        luma.fill(value, row + left + x * module, row + left + (x + 1) * module);
      }
    }
  }
  return { width, height, luma };
}

/**
 * A Y4M video (what Chromium's fake camera plays, in a loop) showing each frame for
 * `repeat` video frames at `fps`.
 */
export function y4mVideo(frames: GrayFrame[], repeat = 10, fps = 10): Buffer {
  const { width, height } = frames[0]!;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [header];
  for (const frame of frames) {
    for (let i = 0; i < repeat; i++) {
      parts.push(Buffer.from("FRAME\n"), Buffer.from(frame.luma), chroma);
    }
  }
  return Buffer.concat(parts);
}

/** The frame as a JPEG file: a photo of a ticket for "scan from a photo". */
export function jpegFile(frame: GrayFrame, quality = 90): Buffer {
  const data = Buffer.alloc(frame.width * frame.height * 4, 255);
  for (let i = 0; i < frame.luma.length; i++) data.fill(frame.luma[i]!, i * 4, i * 4 + 3);
  return jpeg.encode({ data, width: frame.width, height: frame.height }, quality).data;
}
