import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createQrDecoder, type QrDecoder } from "./decoder.ts";
import { frameGrabber } from "./frameGrabber.ts";
import { scannerMessages } from "./messages.ts";
import "./scanner.css";

type CameraState = "starting" | "running" | "denied" | "noCamera" | "lost";

/** True in an iPhone/iPad browser; `home` when running as a home-screen app. */
function iosContext(): { ios: boolean; home: boolean } {
  const ios = /iPhone|iPad|iPod/.test(navigator.userAgent);
  const home =
    (navigator as { standalone?: boolean }).standalone === true ||
    matchMedia?.("(display-mode: standalone)").matches === true;
  return { ios, home };
}

/**
 * The QR scanner: rear camera, continuous scanning of QR codes only, torch where the camera
 * has one, camera choice, guidance when the camera is refused or lost, and "scan from a
 * photo". Each decoded text goes to `onCode`; the caller decides what it means. A bad
 * code never stops the loop: decoding errors are swallowed and the next frame is read.
 */
export function Scanner(props: { onCode: (text: string) => void; forceZxing?: boolean }) {
  const t = useFeatureMessages(scannerMessages);
  const [state, setState] = createSignal<CameraState>("starting");
  const [cameras, setCameras] = createSignal<MediaDeviceInfo[]>([]);
  const [cameraId, setCameraId] = createSignal<string>();
  const [torch, setTorch] = createSignal<boolean | null>(null);
  const [photoNote, setPhotoNote] = createSignal<string>();
  let video!: HTMLVideoElement;
  let stream: MediaStream | undefined;
  let decoder: QrDecoder | undefined;
  let alive = true;
  const grab = frameGrabber();

  const stop = () => {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = undefined;
  };

  const start = async () => {
    stop();
    setState("starting");
    setTorch(null);
    try {
      const id = cameraId();
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: id ? { deviceId: { exact: id } } : { facingMode: { ideal: "environment" } },
      });
    } catch (error) {
      const name = (error as DOMException).name;
      setState(name === "NotAllowedError" || name === "SecurityError" ? "denied" : "noCamera");
      return;
    }
    if (!alive) return stop();
    const [track] = stream.getVideoTracks();
    track?.addEventListener("ended", () => setState("lost"));
    const capabilities = (track?.getCapabilities?.() ?? {}) as { torch?: boolean };
    if (capabilities.torch) setTorch(false);
    video.srcObject = stream;
    await video.play().catch(() => {});
    setState("running");
    const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
    setCameras(devices.filter((d) => d.kind === "videoinput"));
    if (!cameraId() && track) setCameraId(track.getSettings().deviceId);
  };

  /**
   * The video's current frame: a VideoFrame handed to the decoder as it is (no copy on the
   * main thread) where the browser has WebCodecs, else its pixels drawn here.
   */
  const cameraFrame = (): ImageData | VideoFrame | null => {
    if (typeof VideoFrame === "function" && typeof OffscreenCanvas === "function") {
      try {
        return new VideoFrame(video);
      } catch {
        // No frame to wrap yet (or not allowed): draw it instead.
      }
    }
    return grab(video, video.videoWidth, video.videoHeight);
  };
  // Each new camera frame is read once, as soon as the video presents it
  // (requestVideoFrameCallback; every animation frame where the browser lacks it). A frame
  // that comes while the decoder works on the last one is not queued: when the decoder is
  // done, the newest frame is read at once. Reading on a timer instead read most frames
  // twice and a new one up to a whole decode late (issue 10's scan-verdict-ms).
  let decoding = false;
  let newer = false;
  const readFrames = async () => {
    if (decoding) {
      newer = true;
      return;
    }
    decoding = true;
    try {
      let read = false;
      do {
        newer = false;
        const ready = state() === "running" && video.readyState >= 2 && decoder;
        const frame = ready ? cameraFrame() : null;
        const texts = frame && decoder ? await decoder.decode(frame) : [];
        for (const text of texts) props.onCode(text);
        read = texts.length > 0;
        // After a code, the next frame waits for its own callback: reading it now would
        // hold the main thread before the verdict is painted.
      } while (newer && alive && !read);
    } finally {
      decoding = false;
    }
  };
  const watchFrames = () => {
    if (!alive) return;
    const next = () => {
      watchFrames();
      void readFrames();
    };
    if ("requestVideoFrameCallback" in video) video.requestVideoFrameCallback(next);
    else requestAnimationFrame(next);
  };

  const toggleTorch = async () => {
    const track = stream?.getVideoTracks()[0];
    if (!track) return;
    const on = !torch();
    try {
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
      setTorch(on);
    } catch {
      setTorch(null);
    }
  };

  const fromPhoto = async (file: File | undefined) => {
    setPhotoNote(undefined);
    if (!file || !decoder) return;
    try {
      const bitmap = await createImageBitmap(file);
      const frame = grab(bitmap, bitmap.width, bitmap.height);
      bitmap.close();
      const texts = frame ? await decoder.decode(frame) : [];
      if (texts.length === 0) setPhotoNote(t("photoNone"));
      for (const text of texts) props.onCode(text);
    } catch {
      setPhotoNote(t("photoNone"));
    }
  };

  onMount(async () => {
    decoder = await createQrDecoder(props.forceZxing);
    if (!alive) return decoder.close();
    void start();
    watchFrames();
  });
  onCleanup(() => {
    alive = false;
    stop();
    decoder?.close();
  });

  const refusedMessage = () => {
    const { ios, home } = iosContext();
    return ios ? (home ? t("deniedIosHome") : t("deniedIos")) : t("denied");
  };

  return (
    <div class="scanner" data-state={state()}>
      <div class="scanner__view">
        <video ref={video} class="scanner__video" muted playsinline />
        <Show when={state() !== "running"}>
          <div class="scanner__message" role="status">
            <Show when={state() === "starting"}>{t("starting")}</Show>
            <Show when={state() === "denied"}>{refusedMessage()}</Show>
            <Show when={state() === "noCamera"}>{t("noCamera")}</Show>
            <Show when={state() === "lost"}>{t("lost")}</Show>
            <Show when={state() !== "starting"}>
              <button type="button" onClick={() => void start()}>
                {t("retry")}
              </button>
            </Show>
          </div>
        </Show>
      </div>
      <div class="scanner__tools">
        <Show when={torch() !== null}>
          <button type="button" aria-pressed={torch() === true} onClick={() => void toggleTorch()}>
            {t("torch")}
          </button>
        </Show>
        <Show when={cameras().length > 1}>
          <label>
            {t("camera")}{" "}
            <select
              value={cameraId() ?? ""}
              onChange={(e) => {
                setCameraId(e.currentTarget.value);
                void start();
              }}
            >
              <For each={cameras()}>
                {(camera, i) => (
                  <option value={camera.deviceId}>
                    {camera.label || `${t("camera")} ${i() + 1}`}
                  </option>
                )}
              </For>
            </select>
          </label>
        </Show>
        <label class="scanner__photo">
          {t("photo")}
          <input
            type="file"
            accept="image/*"
            onChange={(e) => {
              void fromPhoto(e.currentTarget.files?.[0]);
              e.currentTarget.value = "";
            }}
          />
        </label>
      </div>
      <Show when={photoNote()}>
        <p role="status">{photoNote()}</p>
      </Show>
    </div>
  );
}
