import { useSearchParams } from "@solidjs/router";
import type { PrintSelection } from "./people.repo.ts";
import { ALL_UNITS, namedUnit } from "./unitFilter.ts";

/**
 * Who a print link is for, from what the list shows: the ticked people still visible under
 * the filter (picks the filter hides are not printed), else everyone the filter shows.
 * null when that is nobody.
 */
export function printSelection(
  filter: string,
  picked: ReadonlySet<string>,
  shown: readonly { id: string }[],
): PrintSelection | null {
  if (shown.length === 0) return null;
  const visiblePicks = shown.filter((person) => picked.has(person.id)).map((person) => person.id);
  if (visiblePicks.length > 0) return { ids: visiblePicks };
  if (filter === ALL_UNITS) return {};
  const unit = namedUnit(filter);
  return unit === undefined ? { noUnit: true } : { unit };
}

/** The address of a printable sheet for a selection (ticked people win over the unit). */
export function printHref(
  slug: string,
  sheet: "badges" | "invitations",
  selection: PrintSelection,
): string {
  const params = new URLSearchParams();
  if (selection.ids?.length) params.set("ids", selection.ids.join(","));
  else if (selection.unit) params.set("unit", selection.unit);
  else if (selection.noUnit) params.set("noUnit", "1");
  const query = params.toString();
  return `/staff/e/${encodeURIComponent(slug)}/${sheet}${query ? `?${query}` : ""}`;
}

/** The selection a print page's address carries, as printHref wrote it. */
export function usePrintSelection(): () => PrintSelection {
  const [search] = useSearchParams<{ unit?: string; noUnit?: string; ids?: string }>();
  return () => ({
    unit: search.unit,
    noUnit: search.noUnit === "1",
    ids: search.ids?.split(",").filter(Boolean),
  });
}
