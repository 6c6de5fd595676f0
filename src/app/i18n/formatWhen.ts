const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "08:30 ngày 26/06/2015" (vi) or "08:30, 26/06/2015" (en), in the device's zone: when an
 * entry was recorded or last sent. 24-hour clock, four-digit year (glossary).
 */
export function formatWhen(at: number | string, locale: "vi" | "en"): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
    });
    formatters.set(locale, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(at)).map((part) => [part.type, part.value]),
  );
  const clock = `${parts.hour}:${parts.minute}`;
  const day = `${parts.day}/${parts.month}/${parts.year}`;
  return locale === "vi" ? `${clock} ngày ${day}` : `${clock}, ${day}`;
}
