import type { StaffAttendee } from "../../../shared/api.ts";
import { foldVietnamese } from "../../../shared/fold.ts";
import { matchesUnit } from "./unitFilter.ts";

/**
 * The people list's state filter: everyone; no invitation printed yet (no ticket issued —
 * the ticket and the invitation are issued together); opened the invite link on a device
 * now; no device signed in yet.
 */
export const PERSON_STATES = ["all", "notInvited", "opened", "noDevice"] as const;
export type PersonState = (typeof PERSON_STATES)[number];

/** Whether a person is in the state the filter asks for. */
export function inState(state: PersonState, person: StaffAttendee): boolean {
  switch (state) {
    case "notInvited":
      return person.ticket !== "active";
    case "opened":
      return person.devices > 0;
    case "noDevice":
      return person.devices === 0;
    default:
      return true;
  }
}

export interface PeopleFilter {
  /** Part of a name, in any case, with or without diacritics. */
  query: string;
  unit: string;
  state: PersonState;
}

/** The people shown under a filter, in the list's order. */
export function filterPeople(
  people: readonly StaffAttendee[],
  filter: PeopleFilter,
): StaffAttendee[] {
  const words = foldVietnamese(filter.query).split(/\s+/).filter(Boolean);
  return people.filter((person) => {
    if (!matchesUnit(filter.unit, person.unit) || !inState(filter.state, person)) return false;
    if (words.length === 0) return true;
    const name = foldVietnamese(person.name);
    return words.every((word) => name.includes(word));
  });
}

/** Whether the filter narrows the list beyond a unit (then print links name the people). */
export function narrowsBeyondUnit(filter: PeopleFilter): boolean {
  return filter.query.trim() !== "" || filter.state !== "all";
}
