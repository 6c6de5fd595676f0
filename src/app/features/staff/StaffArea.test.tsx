import { createMemoryHistory, MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/db.ts";
import { createI18n, I18nProvider, loadStaffDictionary } from "../../i18n/i18n.tsx";
import { staffVi } from "../../i18n/staff.vi.ts";
import StaffArea from "./StaffArea.tsx";
import type { StaffUser } from "./staff.repo.ts";
import { staffDataOwner } from "./staffDevice.repo.ts";

const lan: StaffUser = { id: "u-lan", username: "lan", role: "organiser" };

/** The staff routes of App.tsx, with stand-ins for the screens. */
function renderStaff(path: string) {
  localStorage.setItem("th.locale", "vi");
  const history = createMemoryHistory();
  history.set({ value: path, scroll: false, replace: true });
  render(() => (
    <I18nProvider value={createI18n()}>
      <MemoryRouter history={history}>
        <Route path="/staff/login" component={() => <h1>login screen</h1>} />
        <Route path="/staff" component={StaffArea}>
          <Route path="/" component={() => <p>events screen</p>} />
        </Route>
      </MemoryRouter>
    </I18nProvider>
  ));
  return history;
}

describe("StaffArea", () => {
  beforeEach(async () => {
    localStorage.clear();
    // The screens speak Vietnamese here, whatever the test browser's language.
    localStorage.setItem("th.locale", "vi");
    await loadStaffDictionary();
    await db.staffData.clear();
    await db.staffData.put({ key: "door-pack:e1", eventId: "e1", value: {}, savedAt: "now" });
    localStorage.setItem("th.staff.user", JSON.stringify(lan));
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("with no network, shows the staff area of the data's owner, and says it is offline", async () => {
    renderStaff("/staff");
    await screen.findByText("events screen");
    expect(screen.getByRole("navigation").textContent).toContain("lan");
    expect(screen.getByRole("status").textContent).toBe(staffVi["staff.offline"]);
    expect(screen.getByRole("button", { name: staffVi["staff.logout"] })).toBeTruthy();
  });

  it("signs out with no network: the staff data is wiped and the login screen opens", async () => {
    const history = renderStaff("/staff");
    fireEvent.click(await screen.findByRole("button", { name: staffVi["staff.logout"] }));
    await screen.findByText("login screen");
    expect(history.get()).toBe("/staff/login");
    expect(await db.staffData.count()).toBe(0);
    expect(staffDataOwner()).toBeNull();
  });

  it("offers the sign-out even when the device does not know whose data it holds", async () => {
    localStorage.removeItem("th.staff.user");
    renderStaff("/staff");
    fireEvent.click(await screen.findByRole("button", { name: staffVi["staff.logout"] }));
    await screen.findByText("login screen");
    expect(screen.queryByText("events screen")).toBeNull();
    expect(await db.staffData.count()).toBe(0);
  });
});
