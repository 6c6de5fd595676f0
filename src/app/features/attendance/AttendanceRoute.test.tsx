import { screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import type { AttendanceSummary, CheckinList, ReviewItem } from "../../../shared/checkin.ts";
import { FakeEventSource } from "../../sync/testing/fakeEventSource.ts";
import { jsonResponse } from "../../testing/jsonResponse.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { setUpStaffScreenTests } from "../../testing/staffScreenTests.ts";
import AttendanceRoute from "./AttendanceRoute.tsx";
import { attendanceMessages } from "./messages.ts";

const t = attendanceMessages.vi;
const entry: CheckinList = {
  id: "l1",
  kind: "entry",
  sessionId: null,
  title: "Vào hội trường",
  reentry: false,
  codeSecret: "s",
};
const summary = (present: number, phone: string | null): AttendanceSummary => ({
  attendees: 3,
  lists: [
    {
      listId: "l1",
      title: "Vào hội trường",
      kind: "entry",
      present,
      absent: 3 - present,
      byUnit: [{ unit: "Sở Y tế", present, absent: 3 - present }],
      absentees: [{ id: "a3", name: "Lê Văn Cường", unit: "Sở Y tế", phone }],
      duplicates: 1,
    },
  ],
});
const reviewItem: ReviewItem = {
  scanId: "s2",
  attendee: { id: "a1", name: "Nguyễn Văn An", unit: "Sở Y tế" },
  listId: "l1",
  listTitle: "Vào hội trường",
  at: "2026-12-01T01:14:00.000Z",
  deviceId: "device-bbbb",
  deviceNo: 2,
  first: { scanId: "s1", at: "2026-12-01T01:12:00.000Z", deviceId: "device-aaaa", deviceNo: 1 },
};

describe("the attendance dashboard", () => {
  setUpStaffScreenTests();

  const open = (role: "organiser" | "trainer", present: () => number) => {
    const fetch = vi.fn(async (url: string) => {
      if (url.endsWith("/checkin/summary"))
        return jsonResponse(summary(present(), role === "organiser" ? "+84901234567" : null));
      if (url.endsWith("/checkin/review"))
        return role === "organiser"
          ? jsonResponse([reviewItem])
          : jsonResponse({ error: { code: "forbidden", message: "no" } }, 403);
      if (url.endsWith("/checkin/lists")) return jsonResponse([entry]);
      if (url.endsWith("/pack"))
        return jsonResponse({ event: { id: "e1" }, sessions: [{ id: "s9", title: "Phiên 1" }] });
      return jsonResponse({}, 404);
    });
    vi.stubGlobal("fetch", fetch);
    vi.stubGlobal("EventSource", FakeEventSource);
    renderInApp(() => <AttendanceRoute />, "/staff/e/demo/attendance", "/staff/e/:slug/attendance");
    return fetch;
  };

  it("shows organisers the counts, absentees' phones and the tickets to review", async () => {
    open("organiser", () => 2);
    const card = (await screen.findByRole("heading", { level: 2, name: "Vào hội trường" }))
      .parentElement!;
    expect(card.textContent).toContain(`${t.present}: 2`);
    expect(within(card).getByRole("link", { name: "+84901234567" })).toBeTruthy();
    expect(await screen.findByText("Nguyễn Văn An")).toBeTruthy();
    // Both phones by their human names, never a device id.
    const item = screen.getByText("Nguyễn Văn An").closest("li")!;
    expect(item.textContent).toContain("(máy 1)");
    expect(item.textContent).toContain("(máy 2)");
    expect(item.textContent).not.toContain("aaaa");
    expect(screen.getByRole("button", { name: t.confirm })).toBeTruthy();
    expect(screen.getByRole("link", { name: t.export }).getAttribute("href")).toBe(
      "/api/events/demo/checkin/export?format=csv",
    );
  });

  it("never shows trainers phones or the review list", async () => {
    open("trainer", () => 2);
    await screen.findByRole("heading", { level: 2, name: "Vào hội trường" });
    expect(document.body.textContent).not.toContain("+84");
    expect(screen.queryByRole("heading", { name: t.review })).toBeNull();
  });

  it("reloads when the change feed announces check-ins", async () => {
    let present = 1;
    const fetch = open("organiser", () => present);
    await screen.findByText(
      (_, el) =>
        el?.textContent ===
        `${t.present}: 1 · ${t.absent}: 2 · ${t.duplicates.replace("{n}", "1")}`,
    );
    expect(FakeEventSource.last?.url).toBe("/api/events/demo/changes");
    present = 3;
    FakeEventSource.last!.emit("message", { topic: "quiz-attempt", count: 1, ids: [] });
    FakeEventSource.last!.emit("message", { topic: "checkin", count: 2, ids: ["x", "y"] });
    await screen.findByText(
      (_, el) =>
        el?.textContent ===
        `${t.present}: 3 · ${t.absent}: 0 · ${t.duplicates.replace("{n}", "1")}`,
    );
    const summaries = fetch.mock.calls.filter(([url]) => String(url).endsWith("/summary"));
    expect(summaries).toHaveLength(2);
  });

  it("reloads once for a burst, and opens the feed again after a stopping server refused it", async () => {
    let present = 1;
    const fetch = open("organiser", () => present);
    const counts = (n: number) =>
      `${t.present}: ${n} · ${t.absent}: ${3 - n} · ${t.duplicates.replace("{n}", "1")}`;
    await screen.findByText((_, el) => el?.textContent === counts(1));
    const summaries = () =>
      fetch.mock.calls.filter(([url]) => String(url).endsWith("/summary")).length;
    const first = FakeEventSource.last!;
    for (const id of ["x", "y", "z"])
      first.emit("message", { topic: "checkin", count: 1, ids: [id] });
    await waitFor(() => expect(summaries()).toBe(2));
    await new Promise((r) => setTimeout(r, 400));
    expect(summaries()).toBe(2);
    // A server shutting down answers the feed's reconnection 503: the browser closes the
    // source for good. A new one opens, and what was checked in meanwhile is loaded.
    present = 3;
    first.readyState = 2;
    first.emit("error", {});
    await waitFor(() => expect(FakeEventSource.last).not.toBe(first), { timeout: 3000 });
    FakeEventSource.last!.emit("open", {});
    await screen.findByText((_, el) => el?.textContent === counts(3));
  });
});
