import { describe, expect, it } from "vitest";
import type { PackSession } from "../../../shared/pack.ts";
import { nowAndNext } from "./nowNext.ts";

const TZ = "Asia/Ho_Chi_Minh";
const at = (local: string) => Date.parse(`${local}+07:00`);
const session = (id: string, start: string, end: string): PackSession => ({
  id,
  eventId: "e",
  title: id,
  description: "",
  kind: "talk",
  room: "",
  startsAt: new Date(at(start)).toISOString(),
  endsAt: new Date(at(end)).toISOString(),
  speakers: [],
  materialIds: [],
  version: 1,
});

const day = [
  session("open", "2015-06-26T08:00", "2015-06-26T08:30"),
  session("talk", "2015-06-26T08:30", "2015-06-26T09:45"),
  session("parallel", "2015-06-26T08:30", "2015-06-26T09:00"),
  session("break", "2015-06-26T09:45", "2015-06-26T10:00"),
  session("day2", "2015-06-27T08:00", "2015-06-27T09:00"),
];
const ids = (r: ReturnType<typeof nowAndNext>) => ({
  current: r.current.map((s) => s.id),
  next: r.next?.id ?? null,
});

describe("nowAndNext", () => {
  it.each([
    ["before the day starts", "2015-06-26T07:00", [], "open"],
    ["at the first start", "2015-06-26T08:00", ["open"], "talk"],
    ["in parallel sessions", "2015-06-26T08:45", ["talk", "parallel"], "break"],
    ["at an end, which belongs to the next", "2015-06-26T09:45", ["break"], null],
    ["after the day, with tomorrow not yet next", "2015-06-26T18:00", [], null],
    ["on day two", "2015-06-27T07:59", [], "day2"],
  ])("%s", (_, now, current, next) => {
    expect(ids(nowAndNext(day, at(now), TZ))).toEqual({ current, next });
  });

  it("judges the day in the event's zone, not UTC", () => {
    // 06:30 in Vietnam is still the previous day in UTC (23:30).
    expect(ids(nowAndNext(day, at("2015-06-27T06:30"), TZ)).next).toBe("day2");
  });
});
