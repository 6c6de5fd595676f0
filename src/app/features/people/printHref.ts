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

/** Where a hand-ticked selection waits for its print page (localStorage: other tabs see it). */
const PICKS_KEY = "tap-huan:print-picks:";

/**
 * The address of a printable sheet for a selection (ticked people win over the unit).
 * Ticked ids stay out of the address (issue 12: thousands of them overflow it): they are
 * kept in this browser under a short key the address names (`?pick=…`).
 */
export function printHref(
  slug: string,
  sheet: "badges" | "invitations",
  selection: PrintSelection,
): string {
  const params = new URLSearchParams();
  if (selection.ids?.length) params.set("pick", keepPicks(selection.ids));
  else if (selection.unit) params.set("unit", selection.unit);
  else if (selection.noUnit) params.set("noUnit", "1");
  const query = params.toString();
  return `/staff/e/${encodeURIComponent(slug)}/${sheet}${query ? `?${query}` : ""}`;
}

/** A short key for a list of ids (cyrb53): the same picks always give the same key. */
function picksKey(ids: readonly string[]): string {
  const text = ids.join(",");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Stores ticked ids for a print page; the key to name in its address. The links of one
 * selection (badges, invitations) share a key; a new selection replaces the old one.
 */
function keepPicks(ids: readonly string[]): string {
  const key = picksKey(ids);
  try {
    for (const old of Object.keys(localStorage)) {
      if (old.startsWith(PICKS_KEY) && old !== PICKS_KEY + key) localStorage.removeItem(old);
    }
    localStorage.setItem(PICKS_KEY + key, JSON.stringify(ids));
  } catch {
    // No storage: the print page finds no picks and says the selection is empty.
  }
  return key;
}

/** The ids kept under a print address's `pick` key ([] when gone). */
export function keptPicks(key: string): string[] {
  try {
    const ids = JSON.parse(localStorage.getItem(PICKS_KEY + key) ?? "[]") as unknown;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** The selection a print page's address carries, as printHref wrote it. */
export function usePrintSelection(): () => PrintSelection {
  const [search] = useSearchParams<{ unit?: string; noUnit?: string; pick?: string }>();
  return () => ({
    unit: search.unit,
    noUnit: search.noUnit === "1",
    ids: search.pick ? keptPicks(search.pick) : undefined,
  });
}
