/**
 * The app's date and time patterns (the zone is added per event), staff and attendee screens
 * alike. Issue 13: one pattern everywhere, as the glossary writes it — 24-hour clock,
 * four-digit year, no seconds: "08:30 ngày 26/06/2015", "Thứ Sáu, ngày 26/06/2015". Intl
 * gives the parts (numbers and the weekday's name in the language); the order is ours.
 */
const PATTERNS = {
  clock: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  weekday: { weekday: "long" },
  date: { year: "numeric", month: "2-digit", day: "2-digit" },
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

const vietnamese = (locale: string) => locale.toLowerCase().startsWith("vi");

/** "26/06/2015" in the event's zone, whatever the language. */
export function formatDate(iso: string, timeZone: string, locale: string): string {
  const parts = formatter("date", locale, timeZone).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}/${part("month")}/${part("year")}`;
}

/** "Thứ Sáu, ngày 26/06/2015" (vi), "Friday, 26/06/2015" (en) — the day heading. */
export function formatDay(iso: string, timeZone: string, locale: string): string {
  const weekday = formatter("weekday", locale, timeZone).format(new Date(iso));
  // Intl writes "thứ Sáu"; the glossary, as Vietnamese offices do, "Thứ Sáu".
  const name = weekday.charAt(0).toLocaleUpperCase(locale) + weekday.slice(1);
  const date = formatDate(iso, timeZone, locale);
  return vietnamese(locale) ? `${name}, ngày ${date}` : `${name}, ${date}`;
}

/** "08:30 ngày 26/06/2015" (vi), "08:30, 26/06/2015" (en): an instant, e.g. the last sync. */
export function formatStamp(iso: string, timeZone: string, locale: string): string {
  const clock = formatClock(iso, timeZone, locale);
  const date = formatDate(iso, timeZone, locale);
  return vietnamese(locale) ? `${clock} ngày ${date}` : `${clock}, ${date}`;
}

/** The calendar day ("YYYY-MM-DD") of an instant in a zone, for grouping sessions by day. */
export function dayKey(iso: string, timeZone: string): string {
  return formatter("dayKey", "en-CA", timeZone).format(new Date(iso));
}
