import jpeg from "jpeg-js";
import { encode } from "uqr";
import { signTicket } from "../../../src/shared/ticket.ts";
import { seededRandom } from "../../harness/seededRandom.ts";
import type { QrImage } from "./qrImageFolder.ts";

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A real ticket (the app's own codec, a seeded event key) drawn into a 640×480 frame as a
 * phone camera would see it held out at the door: rotated, scaled, blurred, noisy, low in
 * contrast, with a glare spot, then JPEG-compressed. Deterministic for a seed.
 */
function ticketFrame(index: number, random: () => number): QrImage {
  // A seeded 32-byte Ed25519 seed, so the set (signatures included) is the same every run.
  const secretKey = Uint8Array.from({ length: 32 }, () => Math.floor(random() * 256));
  const hex = (n: number) =>
    Math.floor(random() * 16 ** n)
      .toString(16)
      .padStart(n, "0");
  const uuid = () => `${hex(8)}-${hex(4)}-7${hex(3)}-8${hex(3)}-${hex(12)}`;
  const text = signTicket(
    { eventId: uuid(), attendeeId: uuid(), issuedAt: 1_750_000_000 + index, keyId: 1 },
    secretKey,
  );
  const qr = encode(text, { ecc: "M", border: 2 });
  const modulePx = 3.2 + random() * 3; // 170–330 px across
  const angle = (random() - 0.5) * (Math.PI / 3); // ±30°
  const dark = 15 + random() * 80;
  const light = 150 + random() * 100;
  const noise = random() * 18;
  const blur = random() < 0.5 ? 1 : 0;
  const glare = {
    x: random() * WIDTH,
    y: random() * HEIGHT,
    r: 60 + random() * 120,
    a: random() * 90,
  };
  const cx = WIDTH / 2 + (random() - 0.5) * 120;
  const cy = HEIGHT / 2 + (random() - 0.5) * 80;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const luma = new Float32Array(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const dx = x - cx;
      const dy = y - cy;
      const u = (dx * cos + dy * sin) / modulePx + qr.size / 2;
      const v = (-dx * sin + dy * cos) / modulePx + qr.size / 2;
      const inside = u >= 0 && v >= 0 && u < qr.size && v < qr.size;
      const on = inside && qr.data[Math.floor(v)]![Math.floor(u)];
      let value = inside ? (on ? dark : light) : 120 + 40 * Math.sin(x / 40) * Math.cos(y / 50);
      const g = Math.hypot(x - glare.x, y - glare.y);
      if (g < glare.r) value += glare.a * (1 - g / glare.r);
      luma[y * WIDTH + x] = value;
    }
  }
  const blurred = blur ? boxBlur(luma, WIDTH, HEIGHT) : luma;
  const rgba = new Uint8Array(WIDTH * HEIGHT * 4);
  for (let i = 0; i < WIDTH * HEIGHT; i++) {
    const value = blurred[i]! + (random() - 0.5) * 2 * noise;
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = Math.max(0, Math.min(255, value));
    rgba[i * 4 + 3] = 255;
  }
  const quality = 45 + Math.floor(random() * 45);
  const jpg = jpeg.encode({ data: rgba, width: WIDTH, height: HEIGHT }, quality);
  return {
    name: `ticket-${index}.jpg`,
    expected: text,
    type: "image/jpeg",
    bytes: new Uint8Array(jpg.data),
  };
}

function boxBlur(src: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(src.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy >= 0 && yy < height && xx >= 0 && xx < width) {
            sum += src[yy * width + xx]!;
            n++;
          }
        }
      }
      out[y * width + x] = sum / n;
    }
  }
  return out;
}

/** What the generated set is, for the figures' notes. */
export const TICKET_FRAMES_NOTE =
  "generated ticket frames 640×480 (rotation ±30°, scale, blur, noise, low contrast, glare, JPEG 45–90)";

/** `count` ticket frames as JPEG files; the same set on every run. */
export function ticketFrames(count: number): QrImage[] {
  const random = seededRandom(20261201);
  return Array.from({ length: count }, (_, i) => ticketFrame(i, random));
}
