import { fireEvent, screen } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import type { RosterPreview } from "../../../shared/api.ts";
import { format } from "../../i18n/i18n.tsx";
import { staffVi } from "../../i18n/staff.vi.ts";
import { vi as viMessages } from "../../i18n/vi.ts";
import { apiErrorResponse, jsonResponse } from "../../testing/jsonResponse.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { setUpStaffScreenTests } from "../../testing/staffScreenTests.ts";
import { RosterImport } from "./RosterImport.tsx";

/** A preview of one new row; the server's fingerprint of it is `planHash`. */
const plan = (planHash: string, create = 1): RosterPreview => ({
  format: "csv",
  sheet: null,
  sheets: [],
  headerRow: 1,
  columns: { name: "Họ tên đại biểu", unit: "Cơ quan", email: "Thư điện tử" },
  rows: [
    {
      row: 2,
      action: "create",
      name: "Trần Văn Minh",
      unit: "Sở Y tế",
      position: "",
      phone: null,
      email: "minh@example.vn",
    },
  ],
  counts: { create, update: 0, skip: 0 },
  planHash,
});

const rosterChanged = jsonResponse(
  {
    error: { code: "roster_changed", message: "the roster changed since the preview" },
  },
  409,
);

function chooseFile(file: File) {
  const input = document.querySelector<HTMLInputElement>("input[type=file]")!;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
  return input;
}

const confirmButton = (n: number) =>
  screen.findByRole("button", { name: format(staffVi["roster.confirm"], { n }) });

describe("RosterImport", () => {
  setUpStaffScreenTests();

  it("says which column fed which field, and which fields found none", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse(plan("h1"))),
    );
    renderInApp(() => <RosterImport slug="demo" onImported={() => {}} />);
    chooseFile(new File(["x"], "ds.csv", { type: "text/csv" }));
    await confirmButton(1);
    const line = document.querySelector(".roster-preview__columns")!.textContent;
    expect(line).toBe(
      `${format(staffVi["roster.columns"], {
        list: "Họ tên đại biểu → Họ và tên; Cơ quan → Đơn vị; Thư điện tử → Email",
      })} ${format(staffVi["roster.columnsMissing"], { fields: "Chức vụ, Số điện thoại" })}`,
    );
  });

  it("after roster_changed, previews the same file again and confirms the new plan", async () => {
    const file = new File(["Họ và tên\nTrần Văn Minh\n"], "ds.csv", { type: "text/csv" });
    const answers = [jsonResponse(plan("h1")), rosterChanged, jsonResponse(plan("h2", 2))];
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => {
      const next = answers.shift();
      return next ?? jsonResponse(plan("h2", 2));
    });
    vi.stubGlobal("fetch", fetchMock);
    const onImported = vi.fn();
    renderInApp(() => <RosterImport slug="demo" onImported={onImported} />);
    const input = chooseFile(file);
    const setValue = vi.spyOn(input, "value", "set");

    fireEvent.click(await confirmButton(1));
    // The list changed meanwhile: the new preview replaces the stale one, and the user is told.
    await screen.findByText(staffVi["roster.changedMeanwhile"]);
    await confirmButton(2);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      "/api/events/demo/roster/preview",
      "/api/events/demo/roster/import?planHash=h1",
      "/api/events/demo/roster/preview",
    ]);
    expect(fetchMock.mock.calls[2]![1]?.body).toBe(file);
    expect(screen.queryByRole("alert")).toBeNull();

    fireEvent.click(await confirmButton(2));
    await screen.findByText(format(staffVi["roster.done"], { create: 2, update: 0, skip: 0 }));
    expect(fetchMock.mock.calls[3]![0]).toBe("/api/events/demo/roster/import?planHash=h2");
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(staffVi["roster.changedMeanwhile"])).toBeNull();
    // Emptied, so that choosing the same file again is a change the screen hears.
    expect(setValue).toHaveBeenCalledWith("");
  });

  it("empties the file input when the file cannot be read, so the same file can be retried", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => apiErrorResponse(400, "not_a_roster", "not a CSV or XLSX file")),
    );
    renderInApp(() => <RosterImport slug="demo" onImported={() => {}} />);
    const input = document.querySelector<HTMLInputElement>("input[type=file]")!;
    const setValue = vi.spyOn(input, "value", "set");
    chooseFile(new File(["x"], "ds.csv", { type: "text/csv" }));
    await screen.findByRole("alert");
    expect(setValue).toHaveBeenCalledWith("");
  });

  // Issue 12: a file too big for this server says why, in Vietnamese, not "an error occurred".
  it.each([
    [413, "roster_too_large"],
    [422, "roster_too_many_rows"],
    [413, "payload_too_large"],
  ] as const)("explains a %i %s refusal of the preview in Vietnamese", async (status, code) => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => apiErrorResponse(status, code, "refused")),
    );
    renderInApp(() => <RosterImport slug="demo" onImported={() => {}} />);
    chooseFile(new File(["x"], "ds.xlsx", { type: "application/octet-stream" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(viMessages[`error.${code}`]);
    expect(alert.textContent).not.toContain(viMessages["error.generic"]);
  });
});
