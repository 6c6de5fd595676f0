import { fireEvent, screen } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import { MAX_DEVICES_LIMIT, type StaffAttendee } from "../../../shared/api.ts";
import { staffVi } from "../../i18n/staff.vi.ts";
import { jsonResponse } from "../../testing/jsonResponse.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { setUpStaffScreenTests } from "../../testing/staffScreenTests.ts";
import { AttendeeActions } from "./AttendeeActions.tsx";

const person: StaffAttendee = {
  id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b",
  name: "Nguyễn Thị Lan",
  unit: "Sở Y tế",
  position: "Chuyên viên",
  ticket: "active",
  maxDevices: MAX_DEVICES_LIMIT,
  devices: 1,
};

describe("AttendeeActions", () => {
  setUpStaffScreenTests();

  it("offers every device limit the server accepts, up to the highest", async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
      jsonResponse({ maxDevices: MAX_DEVICES_LIMIT }),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderInApp(() => <AttendeeActions slug="demo" person={person} onChanged={() => {}} />);
    const select = screen.getByLabelText(staffVi["people.maxDevices"]) as HTMLSelectElement;
    const values = [...select.options].map((o) => Number(o.value));
    expect(values).toEqual(Array.from({ length: MAX_DEVICES_LIMIT }, (_, i) => i + 1));
    expect(select.value).toBe(String(MAX_DEVICES_LIMIT));

    fireEvent.change(select, { target: { value: String(MAX_DEVICES_LIMIT - 1) } });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/events/demo/attendees/${person.id}/devices`);
    expect(JSON.parse(String(init?.body))).toEqual({ maxDevices: MAX_DEVICES_LIMIT - 1 });
  });
});
