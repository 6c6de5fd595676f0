/**
 * A distinct sound and vibration per verdict, so the organiser knows without looking:
 * one high beep (valid), two middle beeps (already in), one long low tone (refused).
 */
export type Feedback = "valid" | "already" | "invalid";

const TONES: Record<Feedback, { freq: number; ms: number }[]> = {
  valid: [{ freq: 1320, ms: 120 }],
  already: [
    { freq: 660, ms: 110 },
    { freq: 660, ms: 110 },
  ],
  invalid: [{ freq: 200, ms: 450 }],
};
const VIBRATION: Record<Feedback, number[]> = {
  valid: [60],
  already: [80, 80, 80],
  invalid: [400],
};

let audio: AudioContext | undefined;

/** Plays the verdict's tone and vibration; silently does nothing where unsupported. */
export function signal(kind: Feedback): void {
  try {
    navigator.vibrate?.(VIBRATION[kind]);
  } catch {
    // No vibration motor or not allowed: the colour and the tone remain.
  }
  try {
    audio ??= new AudioContext();
    let at = audio.currentTime;
    for (const tone of TONES[kind]) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = kind === "invalid" ? "square" : "sine";
      osc.frequency.value = tone.freq;
      gain.gain.value = 0.2;
      osc.connect(gain).connect(audio.destination);
      osc.start(at);
      osc.stop(at + tone.ms / 1000);
      at += (tone.ms + 60) / 1000;
    }
  } catch {
    // No WebAudio: the colour remains.
  }
}
