import { describe, expect, it } from "vitest";
import { layoutDay } from "./reorder.ts";

const at = (hm: string) => new Date(`2015-06-26T${hm}:00+07:00`);
const s = (start: string, end: string, id: string) => ({
  id,
  startsAt: at(start),
  endsAt: at(end),
});
const hm = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);

describe("layoutDay", () => {
  const a = s("08:00", "09:00", "a");
  const b = s("09:00", "09:15", "b");
  const c = s("10:00", "11:30", "c");

  it("keeps durations and the gaps between places", () => {
    const slots = layoutDay([a, b, c], [c, a, b]);
    expect(slots.map((x) => `${hm(x.startsAt)}-${hm(x.endsAt)}`)).toEqual([
      "08:00-09:30", // c keeps 90 minutes
      "09:30-10:30", // no gap after the first place; a keeps 60
      "11:15-11:30", // the 45-minute gap after the second place stays there
    ]);
  });

  it("gives back the same times for the same order", () => {
    const slots = layoutDay([a, b, c], [a, b, c]);
    expect(slots).toEqual([a, b, c].map(({ startsAt, endsAt }) => ({ startsAt, endsAt })));
  });

  it("never makes a negative gap when sessions overlapped", () => {
    const x = s("08:00", "09:00", "x");
    const y = s("08:30", "09:30", "y");
    const slots = layoutDay([x, y], [y, x]);
    expect(hm(slots[1]!.startsAt)).toBe("09:00");
  });
});
