/** The time zone of Vietnam, every event's default. */
export const VIETNAM_ZONE = "Asia/Ho_Chi_Minh";

/** Zones an event abroad (a study visit, a neighbouring province's partner) may need. */
const OTHERS = [
  "Asia/Bangkok",
  "Asia/Vientiane",
  "Asia/Phnom_Penh",
  "Asia/Shanghai",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Asia/Seoul",
  "Europe/Paris",
  "UTC",
];

/** The time zone choices, Vietnam first; an event's current zone is always among them. */
export function timeZoneChoices(current?: string): string[] {
  const zones = [VIETNAM_ZONE, ...OTHERS];
  return current && !zones.includes(current) ? [...zones, current] : zones;
}
