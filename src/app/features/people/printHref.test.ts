import { describe, expect, it } from "vitest";
import { keptPicks, printHref, printSelection } from "./printHref.ts";
import { ALL_UNITS, matchesUnit, NO_UNIT, unitValue } from "./unitFilter.ts";

const people = [
  { id: "a", unit: "Sở Y tế" },
  { id: "b", unit: "" },
  { id: "c", unit: "Sở Y tế" },
  { id: "d", unit: "" },
];
const shownUnder = (filter: string) => people.filter((p) => matchesUnit(filter, p.unit));

describe("the people list's unit filter", () => {
  it("tells 'no unit' apart from 'all units', and from a unit of any name", () => {
    expect(unitValue("")).toBe(NO_UNIT);
    expect(unitValue("")).not.toBe(ALL_UNITS);
    expect(unitValue(NO_UNIT)).not.toBe(NO_UNIT);
    expect(unitValue(ALL_UNITS)).not.toBe(ALL_UNITS);
    expect(shownUnder(ALL_UNITS).map((p) => p.id)).toEqual(["a", "b", "c", "d"]);
    expect(shownUnder(NO_UNIT).map((p) => p.id)).toEqual(["b", "d"]);
    expect(shownUnder(unitValue("Sở Y tế")).map((p) => p.id)).toEqual(["a", "c"]);
  });

  it("prints the people with no unit as a group", () => {
    const selection = printSelection(NO_UNIT, new Set(), shownUnder(NO_UNIT));
    expect(selection).toEqual({ noUnit: true });
    expect(printHref("demo", "badges", selection!)).toBe("/staff/e/demo/badges?noUnit=1");
  });

  it("prints one named unit by its name, and everyone with no filter", () => {
    const unit = unitValue("Sở Y tế");
    expect(printSelection(unit, new Set(), shownUnder(unit))).toEqual({ unit: "Sở Y tế" });
    expect(printSelection(ALL_UNITS, new Set(), shownUnder(ALL_UNITS))).toEqual({});
  });

  it("prints only the ticked people the filter still shows", () => {
    const picked = new Set(["a", "b"]);
    expect(printSelection(NO_UNIT, picked, shownUnder(NO_UNIT))).toEqual({ ids: ["b"] });
    expect(printSelection(ALL_UNITS, picked, shownUnder(ALL_UNITS))).toEqual({ ids: ["a", "b"] });
    // Every pick hidden: the sheet is for the group on screen, not for the hidden picks.
    const unit = unitValue("Sở Y tế");
    expect(printSelection(unit, new Set(["b"]), shownUnder(unit))).toEqual({ unit: "Sở Y tế" });
  });

  it("offers no sheet when the list shows nobody", () => {
    expect(printSelection(unitValue("Sở Tài chính"), new Set(["a"]), [])).toBeNull();
  });

  it("keeps a hand-ticked selection of 2,000 people out of the address (issue 12)", () => {
    const ids = Array.from({ length: 2000 }, () => crypto.randomUUID());
    const href = printHref("demo", "badges", { ids });
    expect(href.length).toBeLessThan(100);
    const key = new URL(href, "http://th.test").searchParams.get("pick")!;
    expect(keptPicks(key)).toEqual(ids);
    // The invitations link of the same selection shares it; a new selection replaces it.
    expect(printHref("demo", "invitations", { ids })).toBe(href.replace("badges", "invitations"));
    const other = printHref("demo", "badges", { ids: ids.slice(0, 3) });
    expect(keptPicks(new URL(other, "http://th.test").searchParams.get("pick")!)).toHaveLength(3);
    expect(keptPicks(key)).toEqual([]);
  });
});
