import type { PackSession } from "../../../shared/pack.ts";
import { dayKey } from "./formatTime.ts";

export interface NowNext {
  /** Sessions under way at `now` (parallel rooms: several). */
  current: PackSession[];
  /** The first session to start after `now` on the same day (event zone); none otherwise. */
  next: PackSession | null;
}

/** What is on now and what comes next, by the device clock. `sessions` in time order. */
export function nowAndNext(sessions: PackSession[], now: number, timeZone: string): NowNext {
  const current = sessions.filter(
    (s) => Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt),
  );
  const today = dayKey(new Date(now).toISOString(), timeZone);
  const next =
    sessions.find((s) => Date.parse(s.startsAt) > now && dayKey(s.startsAt, timeZone) === today) ??
    null;
  return { current, next };
}
