import { describe, expect, it } from "vitest";
import type { StaffAttendee } from "../../../shared/api.ts";
import { filterPeople, narrowsBeyondUnit } from "./peopleFilter.ts";
import { ALL_UNITS, unitValue } from "./unitFilter.ts";

const person = (over: Partial<StaffAttendee>): StaffAttendee => ({
  id: over.name ?? "x",
  name: "",
  unit: "",
  position: "",
  ticket: "none",
  maxDevices: 1,
  devices: 0,
  ...over,
});

const people = [
  person({ name: "Đặng Thị Hương", unit: "Sở Ngoại vụ", ticket: "active", devices: 1 }),
  person({ name: "Nguyễn Văn Đông", unit: "Sở Ngoại vụ", ticket: "active" }),
  person({ name: "Trần Quốc Dũng", unit: "Công an tỉnh" }),
  person({ name: "Lê Hồng", unit: "", ticket: "revoked" }),
];
const names = (list: StaffAttendee[]) => list.map((p) => p.name);
const all = { query: "", unit: ALL_UNITS, state: "all" as const };

describe("people filter", () => {
  it("finds names without diacritics, in any case, word by word", () => {
    expect(names(filterPeople(people, { ...all, query: "dang huong" }))).toEqual([
      "Đặng Thị Hương",
    ]);
    expect(names(filterPeople(people, { ...all, query: "DONG" }))).toEqual(["Nguyễn Văn Đông"]);
    expect(names(filterPeople(people, { ...all, query: "  hồng  " }))).toEqual(["Lê Hồng"]);
    expect(filterPeople(people, { ...all, query: "không có ai" })).toEqual([]);
  });

  it("filters by state: not invited, opened the link, no device", () => {
    expect(names(filterPeople(people, { ...all, state: "notInvited" }))).toEqual([
      "Trần Quốc Dũng",
      "Lê Hồng",
    ]);
    expect(names(filterPeople(people, { ...all, state: "opened" }))).toEqual(["Đặng Thị Hương"]);
    expect(names(filterPeople(people, { ...all, state: "noDevice" }))).toHaveLength(3);
  });

  it("combines the unit with the search and the state", () => {
    const unit = unitValue("Sở Ngoại vụ");
    expect(names(filterPeople(people, { ...all, unit, state: "noDevice" }))).toEqual([
      "Nguyễn Văn Đông",
    ]);
    expect(names(filterPeople(people, { ...all, unit: unitValue(""), query: "le" }))).toEqual([
      "Lê Hồng",
    ]);
    expect(narrowsBeyondUnit({ ...all, unit })).toBe(false);
    expect(narrowsBeyondUnit({ ...all, query: "a" })).toBe(true);
  });
});
