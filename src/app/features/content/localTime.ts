import { zonedTime } from "../../../shared/time.ts";

/** An instant as the date and time inputs of the event's zone show it. */
export function toLocalParts(iso: string, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}`,
  };
}

/** The instant (ISO, UTC) of a date and time typed in the event's zone. */
export function fromLocalParts(date: string, time: string, timeZone: string): string {
  return zonedTime(date, time, timeZone).toISOString();
}
