import { For } from "solid-js";
import type { RosterField, RosterPreviewRow, RosterWarning } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { peopleMessages } from "./messages.ts";

/** The preview, one line per data row: what happens to it and why. */
export function RosterPreviewTable(props: { rows: RosterPreviewRow[] }) {
  const { t } = useI18n();
  const tp = useFeatureMessages(peopleMessages);
  const warningText = (warning: RosterWarning, row: RosterPreviewRow): string => {
    switch (warning) {
      case "invalid_phone":
        return t("roster.warning.invalid_phone", { value: row.rawPhone ?? "" });
      case "invalid_email":
        return tp("warning.invalid_email", { value: row.rawEmail ?? "" });
      case "shared_phone":
        return tp("warning.shared_phone", {
          value: row.rawPhone ?? "",
          name: row.sharedPhoneWith ?? "",
        });
    }
  };
  /** What an imported row leaves out, after what happens to it. */
  const withWarning = (text: string, row: RosterPreviewRow): string =>
    [text, ...(row.warnings ?? []).map((w) => warningText(w, row))].join(" · ");
  const outcome = (row: RosterPreviewRow): string => {
    if (row.action === "create") return withWarning(t("roster.action.create"), row);
    if (row.action === "update") {
      const fields = (row.changes ?? []).map((f: RosterField) => t(`roster.field.${f}`));
      return withWarning(t("roster.action.update", { fields: fields.join(", ") }), row);
    }
    switch (row.reason) {
      case "no_name":
        return t("roster.reason.no_name");
      case "invalid_email":
        return t("roster.reason.invalid_email", { value: row.rawEmail ?? "" });
      case "duplicate_row":
        return t("roster.reason.duplicate_row", { row: row.duplicateOf ?? "?" });
      case "conflict":
        return t("roster.reason.conflict");
      case "possible_duplicate": {
        // The organiser tells the people apart by their contact details.
        const people = row.possibleDuplicates ?? [];
        const who = people.map((p) => p.phone ?? p.email ?? "—").join("; ");
        return t("roster.reason.possible_duplicate", { count: people.length, who });
      }
      default:
        return t("roster.reason.unchanged");
    }
  };
  return (
    <div class="table-scroll">
      <table class="roster-table">
        <caption class="visually-hidden">{t("roster.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("roster.col.row")}</th>
            <th scope="col">{t("roster.col.outcome")}</th>
            <th scope="col">{t("roster.field.name")}</th>
            <th scope="col">{t("roster.field.unit")}</th>
            <th scope="col">{t("roster.field.position")}</th>
            <th scope="col">{t("roster.field.phone")}</th>
            <th scope="col">{t("roster.field.email")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr class={`roster-row roster-row--${row.action}`} data-row={row.row}>
                <td class="roster-row__number">{row.row}</td>
                <td class="roster-row__outcome">{outcome(row)}</td>
                <td class="people-table__name">{row.name}</td>
                {/* On a phone each row is a card; the labels stand in for the column heads. */}
                <td data-label={t("roster.field.unit")}>{row.unit}</td>
                <td data-label={t("roster.field.position")}>{row.position}</td>
                <td data-label={t("roster.field.phone")}>{row.phone ?? row.rawPhone ?? ""}</td>
                <td data-label={t("roster.field.email")}>{row.email ?? row.rawEmail ?? ""}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
