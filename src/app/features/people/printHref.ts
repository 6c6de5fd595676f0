import type { PrintSelection } from "./people.repo.ts";

/** The address of a printable sheet for a selection (ticked people win over the unit). */
export function printHref(
  slug: string,
  sheet: "badges" | "invitations",
  selection: PrintSelection,
): string {
  const params = new URLSearchParams();
  if (selection.ids?.length) params.set("ids", selection.ids.join(","));
  else if (selection.unit) params.set("unit", selection.unit);
  const query = params.toString();
  return `/staff/e/${encodeURIComponent(slug)}/${sheet}${query ? `?${query}` : ""}`;
}
