import type { RosterField } from "../../../shared/api.ts";
import { useI18n } from "../../i18n/i18n.tsx";

const FIELDS: RosterField[] = ["name", "unit", "position", "phone", "email"];

/**
 * Which column of the file each field was read from, and which fields found no column, so
 * that a phone column under an unexpected header is noticed before the import.
 */
export function RosterColumns(props: { columns: Partial<Record<RosterField, string>> }) {
  const { t } = useI18n();
  const read = () =>
    FIELDS.filter((field) => props.columns[field] !== undefined)
      .map((field) => `${props.columns[field]} → ${t(`roster.field.${field}`)}`)
      .join("; ");
  const missing = () =>
    FIELDS.filter((field) => props.columns[field] === undefined)
      .map((field) => t(`roster.field.${field}`))
      .join(", ");
  return (
    <p class="roster-preview__columns">
      {t("roster.columns", { list: read() })}
      {missing() ? ` ${t("roster.columnsMissing", { fields: missing() })}` : ""}
    </p>
  );
}
