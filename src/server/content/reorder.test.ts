import { describe, expect, it } from "vitest";
import { layoutDay, type Slot } from "./reorder.ts";

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
const times = (slots: Slot[]) => slots.map((x) => `${hm(x.startsAt)}-${hm(x.endsAt)}`);

/** The day after moving `day[index]` by `delta` places, as the editor's ↑/↓ asks. */
const move = <S extends Slot>(day: S[], index: number, delta: number) => {
  const order = [...day];
  const [item] = order.splice(index, 1);
  order.splice(index + delta, 0, item!);
  return { order, slots: layoutDay(day, order) };
};

/** Each session's times by id, to compare a whole day before and after. */
const byId = (sessions: { id: string }[], slots: Slot[]) =>
  Object.fromEntries(sessions.map((x, k) => [x.id, times([slots[k]!])[0]]));

describe("layoutDay", () => {
  const a = s("08:00", "09:00", "a");
  const b = s("09:00", "09:15", "b");
  const c = s("10:00", "11:30", "c");

  it("swaps two sessions that follow one another, keeping durations and the gap", () => {
    const { order, slots } = move([a, b, c], 2, -1);
    expect(byId(order, slots)).toEqual({
      a: "08:00-09:00",
      c: "09:00-10:30", // starts where b started, keeps 90 minutes
      b: "11:15-11:30", // ends where c ended: the 45-minute gap stays between them
    });
  });

  it("gives back the same times for the same order", () => {
    const slots = layoutDay([a, b, c], [a, b, c]);
    expect(slots).toEqual([a, b, c].map(({ startsAt, endsAt }) => ({ startsAt, endsAt })));
  });

  it("reaches any order one move at a time, every session keeping its duration", () => {
    const slots = layoutDay([a, b, c], [c, a, b]);
    expect(times(slots)).toEqual(["08:00-09:30", "09:30-10:30", "11:15-11:30"]);
  });

  // 08:00 opening in the hall; two talks in parallel rooms; a break; two parallel workshops.
  const opening = s("07:30", "08:00", "opening");
  const talk1 = s("08:00", "09:30", "talk1");
  const talk2 = s("08:00", "09:00", "talk2");
  const pause = s("09:30", "09:45", "pause");
  const shop1 = s("09:45", "11:30", "shop1");
  const shop2 = s("10:15", "11:15", "shop2");
  const day = [opening, talk1, talk2, pause, shop1, shop2];
  const before = byId(day, day);

  it("moves the break before a parallel talk and touches no other session", () => {
    const { order, slots } = move(day, 3, -1);
    expect(byId(order, slots)).toEqual({
      ...before,
      pause: "08:00-08:15", // where talk2 started
      talk2: "08:45-09:45", // ends where the break ended, keeping its hour
    });
  });

  it("swaps the start times of overlapping sessions and touches no third session", () => {
    const { order, slots } = move(day, 5, -1);
    expect(byId(order, slots)).toEqual({
      ...before,
      shop2: "09:45-10:45",
      shop1: "10:15-12:00",
    });
    const down = move(day, 1, 1);
    // talk1 and talk2 start together: there is no earlier place to swap, so nothing moves.
    expect(byId(down.order, down.slots)).toEqual(before);
  });

  it("puts sessions back where they were with the opposite click", () => {
    const timeOrder = (moved: { order: { id: string }[]; slots: Slot[] }) =>
      moved.order
        .map((x, k) => ({ id: x.id, ...moved.slots[k]! }))
        .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime() || x.id.localeCompare(y.id));
    const cases: [sessions: (typeof a)[], index: number][] = [
      [[a, b, c], 2],
      [day, 5],
    ];
    for (const [sessions, index] of cases) {
      const there = timeOrder(move(sessions, index, -1));
      const back = move(there, index - 1, 1);
      expect(byId(back.order, back.slots)).toEqual(byId(sessions, sessions));
    }
  });
});
