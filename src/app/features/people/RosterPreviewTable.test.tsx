import { render, screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import type { RosterPreviewRow } from "../../../shared/api.ts";
import { createI18n, format, I18nProvider } from "../../i18n/i18n.tsx";
import { staffVi } from "../../i18n/staff.vi.ts";
import { setUpStaffScreenTests } from "../../testing/staffScreenTests.ts";
import { RosterPreviewTable } from "./RosterPreviewTable.tsx";

const person = { name: "Lê Thị Hoa", unit: "Sở Nội vụ", position: "", phone: null, email: null };

function outcomeOf(rows: RosterPreviewRow[]): string[] {
  render(() => (
    <I18nProvider value={createI18n()}>
      <RosterPreviewTable rows={rows} />
    </I18nProvider>
  ));
  return screen.getAllByRole("row").flatMap((tr) => {
    const cell = tr.querySelector(".roster-row__outcome");
    return cell ? [cell.textContent ?? ""] : [];
  });
}

describe("RosterPreviewTable", () => {
  setUpStaffScreenTests();

  it("says which stored people a row may duplicate, by their contact details", () => {
    const [outcome] = outcomeOf([
      {
        ...person,
        row: 7,
        action: "skip",
        reason: "possible_duplicate",
        possibleDuplicates: [
          { id: "a", phone: "+84912345678", email: null },
          { id: "b", phone: null, email: "hoa@example.vn" },
        ],
      },
    ]);
    expect(outcome).toBe(
      format(staffVi["roster.reason.possible_duplicate"], {
        count: 2,
        who: "+84912345678; hoa@example.vn",
      }),
    );
  });

  it("imports a row with an invalid phone, and says the phone is left out", () => {
    const [created, updated] = outcomeOf([
      { ...person, row: 2, action: "create", warnings: ["invalid_phone"], rawPhone: "0912 34" },
      {
        ...person,
        row: 3,
        action: "update",
        changes: ["unit"],
        warnings: ["invalid_phone"],
        rawPhone: "abc",
      },
    ]);
    const leftOut = (value: string) => format(staffVi["roster.warning.invalid_phone"], { value });
    expect(created).toBe(`${staffVi["roster.action.create"]} · ${leftOut("0912 34")}`);
    expect(updated).toBe(
      `${format(staffVi["roster.action.update"], { fields: staffVi["roster.field.unit"] })} · ${leftOut("abc")}`,
    );
  });
});
