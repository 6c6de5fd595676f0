/**
 * A QR decoder for camera frames: the browser's own BarcodeDetector where it reads QR
 * codes, else ZXing-C++ in a Web Worker (its wasm served from our origin). Loaded only
 * when a scanner opens; the worker is made once and kept, so scanning stays offline.
 */
export interface QrDecoder {
  /**
   * The texts of the QR codes in a frame (empty when none); never throws. A VideoFrame is
   * handed over (closed by the decoder): it is read into pixels off the main thread.
   */
  decode(frame: ImageData | VideoFrame): Promise<string[]>;
  readonly engine: "native" | "zxing";
  close(): void;
}

interface NativeDetector {
  detect(source: ImageData | VideoFrame): Promise<{ rawValue: string }[]>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDecoder(): Promise<QrDecoder | null> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes("qr_code")) return null;
    const detector = new Detector({ formats: ["qr_code"] });
    return {
      engine: "native",
      async decode(frame) {
        try {
          return (await detector.detect(frame)).map((d) => d.rawValue);
        } catch {
          return [];
        } finally {
          if ("close" in frame) frame.close();
        }
      },
      close() {},
    };
  } catch {
    return null;
  }
}

/**
 * A frame for the zxing worker: a camera's VideoFrame (the worker scales it and reads its
 * pixels), or RGBA pixels row by row (ImageData's layout).
 */
export type FrameMessage =
  | { id: number; video: VideoFrame }
  | { id: number; width: number; height: number; pixels: ArrayBuffer };

function zxingWorker(): Worker {
  return new Worker(new URL("./zxing.worker.ts", import.meta.url), { type: "module" });
}

/**
 * Fetches the zxing worker and its wasm once (the service worker keeps them), so that a
 * later scan works offline even in a browser that has BarcodeDetector today. Resolves
 * when loaded, false on failure or after `timeoutMs`.
 */
export function warmQrDecoder(timeoutMs = 60_000): Promise<boolean> {
  return new Promise((resolve) => {
    const worker = zxingWorker();
    const done = (ok: boolean) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    worker.onmessage = (event: MessageEvent<{ ready?: boolean }>) => {
      if (event.data.ready !== undefined) done(event.data.ready);
    };
    worker.onerror = () => done(false);
  });
}

function zxingDecoder(): QrDecoder {
  const worker = zxingWorker();
  let next = 0;
  const waiting = new Map<number, (texts: string[]) => void>();
  worker.onmessage = (event: MessageEvent<{ id?: number; texts?: string[] }>) => {
    if (event.data.id === undefined) return;
    waiting.get(event.data.id)?.(event.data.texts ?? []);
    waiting.delete(event.data.id);
  };
  worker.onerror = () => {
    for (const resolve of waiting.values()) resolve([]);
    waiting.clear();
  };
  return {
    engine: "zxing",
    decode(frame) {
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        if (!("data" in frame)) {
          // Transferred, not copied: the camera frame's pixels are read in the worker.
          worker.postMessage({ id, video: frame } satisfies FrameMessage, [frame]);
          return;
        }
        // The pixels go as a transferred buffer, not as ImageData: Chromium copies an
        // ImageData's pixels into the message, which took 5–12 ms of a 15 ms decode in the
        // QR bench; a transferred ArrayBuffer crosses in well under 1 ms.
        const pixels = frame.data.buffer as ArrayBuffer;
        const message: FrameMessage = { id, width: frame.width, height: frame.height, pixels };
        worker.postMessage(message, [pixels]);
      });
    },
    close() {
      worker.terminate();
      for (const resolve of waiting.values()) resolve([]);
      waiting.clear();
    },
  };
}

/** The best decoder this browser offers. `forceZxing` skips the native one (tests, bench). */
export async function createQrDecoder(forceZxing = false): Promise<QrDecoder> {
  return (!forceZxing && (await nativeDecoder())) || zxingDecoder();
}
