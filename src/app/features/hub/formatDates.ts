/** "2015-06-26" → "26/06/2015": the glossary's date pattern, the same in every language. */
export function formatIsoDay(day: string): string {
  const [y, m, d] = day.split("-");
  return y && m && d ? `${d}/${m}/${y}` : day;
}

/** An event's days: one date, or "26/06/2015 – 27/06/2015". */
export function formatDayRange(startsOn: string, endsOn: string): string {
  return startsOn === endsOn || !endsOn
    ? formatIsoDay(startsOn)
    : `${formatIsoDay(startsOn)} – ${formatIsoDay(endsOn)}`;
}
