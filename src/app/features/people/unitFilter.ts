/**
 * The people list's unit filter, as the values of its <select>. Real units get a prefix, so
 * that "no unit" (an empty unit) has a value of its own, apart from "all units", and no
 * unit name can be mistaken for either.
 */
export const ALL_UNITS = "all";
export const NO_UNIT = "none";

/** The filter value that shows the people of `unit` ("" is no unit). */
export function unitValue(unit: string): string {
  return unit === "" ? NO_UNIT : `unit:${unit}`;
}

/** Whether someone of `unit` is shown under `filter`. */
export function matchesUnit(filter: string, unit: string): boolean {
  return filter === ALL_UNITS || filter === unitValue(unit);
}

/** The unit name a filter stands for, when it stands for one named unit. */
export function namedUnit(filter: string): string | undefined {
  return filter.startsWith("unit:") ? filter.slice("unit:".length) : undefined;
}
