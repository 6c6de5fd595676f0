import { cleanup, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PackSession } from "../../../shared/pack.ts";
import { db } from "../../db/db.ts";
import { format } from "../../i18n/i18n.tsx";
import { vi as viStrings } from "../../i18n/vi.ts";
import { applyPack } from "../../sync/applyPack.ts";
import { resetSyncStatus } from "../../sync/syncStatus.ts";
import { apiErrorResponse } from "../../testing/jsonResponse.ts";
import { testEvent, testPack, testSession } from "../../testing/packFixtures.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import AgendaRoute from "./AgendaRoute.tsx";
import { SNAPSHOT_PREFIX } from "./agendaSnapshot.ts";

// The route is at /e/demo and remembers what was seen under the event's id.
const event = testEvent({ id: "e1", slug: "demo" });
const session = (id: string, title: string, version: number) => testSession(id, { title, version });
const pack = (since: number, version: number, sessions: PackSession[]) =>
  testPack({ event, since, version, sessions });

describe("AgendaRoute", () => {
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    resetSyncStatus();
    await db.delete();
    await db.open();
  });

  it("updates in place when a sync brings changes, and marks them", async () => {
    // No server here: the route's own pulls fail quietly.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    await applyPack(db, pack(0, 1, [session("a", "Khai mạc", 1), session("b", "Chuyên đề 1", 1)]));
    renderInApp(() => <AgendaRoute />, "/e/demo", "/e/:slug");
    await screen.findByRole("heading", { level: 3, name: "Chuyên đề 1" });
    expect(screen.queryByText("Mới cập nhật")).toBeNull();
    // A sync (as makePackSync would run it) changes one session.
    await applyPack(db, pack(1, 2, [session("b", "Chuyên đề 1 (đổi phòng)", 2)]));
    await screen.findByRole("heading", { level: 3, name: "Chuyên đề 1 (đổi phòng)" });
    // The mark must stay, not flash. What could take it away is a re-read of the seen
    // version started by the sync's update (already rendered above): a read of the same
    // table queued now completes after it, and one task later its effect has run.
    await db.transaction("r", db.seen, () => db.seen.get("e1"));
    await new Promise((resolve) => setTimeout(resolve));
    const card = screen.getByRole("heading", { level: 3, name: "Chuyên đề 1 (đổi phòng)" });
    expect(card.closest("article")?.querySelector(".badge--changed")?.textContent).toBe(
      "Mới cập nhật",
    );
    const unchanged = screen
      .getByRole("heading", { level: 3, name: "Khai mạc" })
      .closest("article");
    expect(unchanged?.querySelector(".badge--changed")).toBeNull();
  });

  it("remembers what was seen when the attendee leaves", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    await applyPack(db, pack(0, 3, [session("a", "Khai mạc", 3)]));
    renderInApp(() => <AgendaRoute />, "/e/demo", "/e/:slug");
    await screen.findByRole("heading", { level: 3, name: "Khai mạc" });
    cleanup();
    await waitFor(async () => expect((await db.seen.get("e1"))?.version).toBe(3));
  });

  it("takes over from the copy painted at start-up, and keeps a new one once settled", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    await applyPack(db, pack(0, 1, [session("a", "Khai mạc", 1)]));
    // What index.html does with a copy kept at the last visit.
    localStorage.removeItem(`${SNAPSHOT_PREFIX}/e/demo`);
    document.body.innerHTML = '<div id="snapshot"><h1>Bản cũ</h1></div><div id="root"></div>';
    document.documentElement.classList.add("has-snapshot");
    renderInApp(() => <AgendaRoute />, "/e/demo", "/e/:slug", document.getElementById("root")!);

    await screen.findByRole("heading", { level: 3, name: "Khai mạc" });
    await waitFor(() => expect(document.getElementById("snapshot")).toBeNull());
    expect(document.documentElement.classList.contains("has-snapshot")).toBe(false);
    const kept = await vi.waitFor(
      () => {
        const raw = localStorage.getItem(`${SNAPSHOT_PREFIX}/e/demo`);
        if (!raw) throw new Error("no copy kept yet");
        return JSON.parse(raw) as { html: string; lang: string };
      },
      { timeout: 5_000 },
    );
    expect(kept.html).toContain("Khai mạc");
    expect(kept.html).not.toContain("Bản cũ");
  });

  it("tells why it cannot update: the invite must be opened again after a 401", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => apiErrorResponse(401, "unauthenticated", "sign in first")),
    );
    await applyPack(db, pack(0, 1, [session("a", "Khai mạc", 1)]));
    renderInApp(() => <AgendaRoute />, "/e/demo", "/e/:slug");
    const notice = await screen.findByText(/Không cập nhật được/);
    expect(notice.textContent).toBe(
      format(viStrings["agenda.syncFailed"], { reason: viStrings["agenda.reopenInvite"] }),
    );
    // The device's copy stays on screen.
    expect(screen.getByRole("heading", { level: 3, name: "Khai mạc" })).toBeTruthy();
  });

  it("tells the translated refusal of any other failed pull", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => apiErrorResponse(403, "forbidden", "no access to this event")),
    );
    await applyPack(db, pack(0, 1, [session("a", "Khai mạc", 1)]));
    renderInApp(() => <AgendaRoute />, "/e/demo", "/e/:slug");
    expect((await screen.findByText(/Không cập nhật được/)).textContent).toBe(
      format(viStrings["agenda.syncFailed"], { reason: viStrings["error.forbidden"] }),
    );
  });

  it("says an unknown event is unknown, when the server says so", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => apiErrorResponse(404, "not_found", "event not found")),
    );
    renderInApp(() => <AgendaRoute />, "/e/nope", "/e/:slug");
    await screen.findByText(viStrings["agenda.eventNotFound"]);
    expect(screen.queryByText(viStrings["agenda.notOnDevice"])).toBeNull();
  });

  it("sends a device never signed in for the event to its invite link", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => apiErrorResponse(401, "unauthenticated", "sign in first")),
    );
    renderInApp(() => <AgendaRoute />, "/e/demo", "/e/:slug");
    await screen.findByText(viStrings["agenda.notOnDevice"]);
    expect(screen.queryByText(/Không cập nhật được/)).toBeNull();
  });

  it("forgets the copy when the event is no longer on the device", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    localStorage.setItem(`${SNAPSHOT_PREFIX}/e/demo`, JSON.stringify({ html: "<h1>x</h1>" }));
    renderInApp(() => <AgendaRoute />, "/e/demo", "/e/:slug");
    await screen.findByText(viStrings["agenda.notOnDevice"]);
    await waitFor(() => expect(localStorage.getItem(`${SNAPSHOT_PREFIX}/e/demo`)).toBeNull());
  });
});
