/** Frames are scaled down to this width before decoding: enough for a ticket QR at arm's length. */
export const FRAME_WIDTH = 640;

/**
 * Reads a video frame or a photo into the ImageData the decoder takes, scaled down to
 * FRAME_WIDTH wide (never up). One canvas is reused for every frame (an OffscreenCanvas in
 * the decoder's worker); null when the source has no size yet or there is no 2D context.
 * Shared by the scanner, its worker and the bench.
 */
export function frameGrabber(
  canvas: HTMLCanvasElement | OffscreenCanvas = document.createElement("canvas"),
): (source: CanvasImageSource, width: number, height: number) => ImageData | null {
  const context = canvas.getContext("2d", { willReadFrequently: true }) as
    | CanvasRenderingContext2D
    | OffscreenCanvasRenderingContext2D
    | null;
  return (source, width, height) => {
    if (!context || width === 0 || height === 0) return null;
    const scale = Math.min(1, FRAME_WIDTH / width);
    const w = Math.round(width * scale);
    const h = Math.round(height * scale);
    // Setting a canvas's size, even to the same value, drops and reallocates its pixels.
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    // A photo with transparent pixels must not show the previous frame through them.
    context.clearRect(0, 0, w, h);
    context.drawImage(source, 0, 0, w, h);
    return context.getImageData(0, 0, w, h);
  };
}
