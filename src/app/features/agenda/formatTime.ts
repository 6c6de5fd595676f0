/**
 * Building an Intl.DateTimeFormat costs far more than using one (it loads locale and zone
 * data), and the agenda formats several times per session: one formatter per pattern,
 * locale and zone is kept for the page's life.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const DAY: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
};
const STAMP: Intl.DateTimeFormatOptions = { dateStyle: "short", timeStyle: "short" };
const DAY_KEY: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" };

/** "08:30" in the event's zone, whatever the phone's zone. */
export function formatClock(iso: string, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, CLOCK).format(new Date(iso));
}

/** "Thứ Sáu, 26 tháng 6, 2015" (vi-VN) — the day heading, in the event's zone. */
export function formatDay(iso: string, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, DAY).format(new Date(iso));
}

/** Date and time in the event's zone (e.g. when the device last synced), short form. */
export function formatStamp(iso: string, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, STAMP).format(new Date(iso));
}

/** The calendar day ("YYYY-MM-DD") of an instant in a zone, for grouping sessions by day. */
export function dayKey(iso: string, timeZone: string): string {
  return formatter("en-CA", timeZone, DAY_KEY).format(new Date(iso));
}
