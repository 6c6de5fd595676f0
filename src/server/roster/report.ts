import type { RosterPreview, RosterPreviewRow, RosterWarning } from "../../shared/api.ts";

const REASONS: Record<NonNullable<RosterPreviewRow["reason"]>, (r: RosterPreviewRow) => string> = {
  no_name: () => "no name",
  invalid_email: (r) => `invalid e-mail "${r.rawEmail ?? ""}"`,
  duplicate_row: (r) => `duplicate of row ${r.duplicateOf}`,
  conflict: () => "its e-mail and phone belong to two different attendees",
  unchanged: () => "already imported, nothing changed",
  possible_duplicate: (r) =>
    `possible duplicate of ${r.possibleDuplicates?.length ?? 0} people already there with this name and unit (${(
      r.possibleDuplicates ?? []
    )
      .map((p) => p.phone ?? p.email ?? p.id)
      .join(", ")})`,
};

const WARNINGS: Record<RosterWarning, (r: RosterPreviewRow) => string> = {
  invalid_phone: (r) => `without its invalid phone "${r.rawPhone ?? ""}"`,
  invalid_email: (r) => `without its invalid e-mail "${r.rawEmail ?? ""}"`,
  shared_phone: (r) => `without the phone "${r.rawPhone ?? ""}" that ${r.sharedPhoneWith} keeps`,
};

/** The import report the CLI prints: where the table was found, then one line per row. */
export function formatRosterReport(preview: RosterPreview, applied: boolean): string {
  const lines: string[] = [];
  const where = preview.sheet
    ? `sheet "${preview.sheet}" (of ${preview.sheets.map((s) => `"${s}"`).join(", ")}), header on row ${preview.headerRow}`
    : `CSV, header on row ${preview.headerRow}`;
  lines.push(`Roster: ${where}`);
  lines.push(
    `Columns: ${Object.entries(preview.columns)
      .map(([field, header]) => `${field} ← "${header}"`)
      .join(", ")}`,
  );
  for (const r of preview.rows) {
    const who = [r.name || "(no name)", r.unit && `(${r.unit})`].filter(Boolean).join(" ");
    const detail =
      r.action === "skip"
        ? `${who}: ${REASONS[r.reason!](r)}`
        : r.action === "update"
          ? `${who}: ${r.changes?.join(", ")}`
          : who;
    const warning = r.warnings?.length
      ? ` (${r.warnings.map((w) => WARNINGS[w](r)).join("; ")})`
      : "";
    lines.push(`row ${String(r.row).padStart(4)}  ${r.action.padEnd(6)}  ${detail}${warning}`);
  }
  const { create, update, skip } = preview.counts;
  lines.push(`${create} to create, ${update} to update, ${skip} skipped`);
  lines.push(applied ? "Imported." : "Dry run: nothing was written.");
  return `${lines.join("\n")}\n`;
}
