import { cleanup, fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/db.ts";
import { format } from "../../i18n/i18n.tsx";
import { enqueue } from "../../sync/enqueue.ts";
import { fakePushServer } from "../../sync/testing/fakePushServer.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { syncMessages } from "./messages.ts";
import SyncRoute from "./SyncRoute.tsx";

const EVENT = "0190a000-0000-7000-8000-000000000001";
const m = syncMessages.vi;

describe("SyncRoute and the header badge", () => {
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    await db.delete();
    await db.open();
  });

  it("lists what waits and what was refused, tells the failure, and sends on “Đồng bộ ngay”", async () => {
    await db.transaction("rw", db.outbox, async (tx) => {
      await enqueue(tx, { kind: "checkin.self", eventId: EVENT, payload: { n: 1 } });
      await enqueue(tx, { kind: "quiz.submit", eventId: EVENT, payload: { n: 2 } });
      const refused = await enqueue(tx, { kind: "checkin.scan", eventId: EVENT, payload: {} });
      await tx
        .table("outbox")
        .update(refused.id, { state: "parked", lastError: "not_allowed", attempts: 1 });
    });
    // No network at first.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    renderInApp(
      () => (
        <Layout>
          <SyncRoute />
        </Layout>
      ),
      "/sync",
    );
    await screen.findByRole("heading", { name: format(m.pendingHeading, { count: 2 }) });
    screen.getByRole("heading", { name: format(m.parkedHeading, { count: 1 }) });
    expect(screen.getByText(m["reason.not_allowed"])).toBeTruthy();
    expect(screen.getByText(m.kindQuiz)).toBeTruthy();
    await screen.findByText(format(m.lastError, { reason: m.problemNetwork }), { exact: false });
    // The header shows the count and the problem marker.
    const badge = await waitFor(() => {
      const found = document.querySelector("[data-sync-badge]");
      if (!found) throw new Error("no badge yet");
      return found;
    });
    expect(badge.textContent).toContain(format(m.badgePending, { count: 2 }));
    expect(badge.textContent).toContain(m.badgeProblem);

    // The network is back: the button sends them.
    const server = fakePushServer();
    vi.stubGlobal("fetch", server.fetch);
    fireEvent.click(screen.getByRole("button", { name: m.syncNow }));
    await waitFor(() =>
      expect(
        screen.queryByRole("heading", { name: format(m.pendingHeading, { count: 2 }) }),
      ).toBeNull(),
    );
    expect(server.applied.size).toBe(2);
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    // The refused one stays, shown, and keeps the marker up.
    expect(await db.outbox.count()).toBe(1);
    expect(document.querySelector("[data-sync-badge]")?.textContent).toContain(m.badgeProblem);
  });
});
