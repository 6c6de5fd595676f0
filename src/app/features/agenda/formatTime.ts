/** The agenda's date and time patterns (the zone is added per event). */
const PATTERNS = {
  clock: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  day: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  stamp: { dateStyle: "short", timeStyle: "short" },
  dayKey: { year: "numeric", month: "2-digit", day: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Building an Intl.DateTimeFormat costs far more than using one (it loads locale and zone
 * data), and the agenda formats several times per session: one formatter per pattern,
 * locale and zone is kept for the page's life.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(
  pattern: keyof typeof PATTERNS,
  locale: string,
  timeZone: string,
): Intl.DateTimeFormat {
  const key = `${pattern}|${locale}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...PATTERNS[pattern], timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** "08:30" in the event's zone, whatever the phone's zone. */
export function formatClock(iso: string, timeZone: string, locale: string): string {
  return formatter("clock", locale, timeZone).format(new Date(iso));
}

/** "Thứ Sáu, 26 tháng 6, 2015" (vi-VN) — the day heading, in the event's zone. */
export function formatDay(iso: string, timeZone: string, locale: string): string {
  return formatter("day", locale, timeZone).format(new Date(iso));
}

/** Date and time in the event's zone (e.g. when the device last synced), short form. */
export function formatStamp(iso: string, timeZone: string, locale: string): string {
  return formatter("stamp", locale, timeZone).format(new Date(iso));
}

/** The calendar day ("YYYY-MM-DD") of an instant in a zone, for grouping sessions by day. */
export function dayKey(iso: string, timeZone: string): string {
  return formatter("dayKey", "en-CA", timeZone).format(new Date(iso));
}
