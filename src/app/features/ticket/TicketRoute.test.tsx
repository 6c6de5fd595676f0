import { cleanup, fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/db.ts";
import { vi as viStrings } from "../../i18n/vi.ts";
import { apiErrorResponse, jsonResponse } from "../../testing/jsonResponse.ts";
import { testEvent, testTicket } from "../../testing/packFixtures.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import TicketRoute from "./TicketRoute.tsx";

const ticket = testTicket({ unit: "UBND thành phố Quảng Ngãi" });

const show = () => renderInApp(() => <TicketRoute />, "/e/demo/ticket", "/e/:slug/ticket");

/** Stand-ins for browser APIs happy-dom lacks, removed after each test. */
function stub(target: object, name: string, value: unknown) {
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  stubbed.push([target, name]);
}
let stubbed: [object, string][] = [];

describe("TicketRoute", () => {
  beforeEach(async () => {
    await db.events.put(testEvent({ id: "e1", slug: "demo" }));
    await db.tickets.put({ ...ticket, savedAt: "x" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse(ticket)),
    );
  });
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    for (const [target, name] of stubbed) delete (target as Record<string, unknown>)[name];
    stubbed = [];
    await db.delete();
    await db.open();
  });

  it("leads to the session self check-in", async () => {
    show();
    const link = await screen.findByRole("link", { name: viStrings["ticket.selfCheckin"] });
    expect(link.getAttribute("href")).toBe("/e/demo/checkin");
  });

  it("offers no full-screen button where the browser cannot do it", async () => {
    show();
    await screen.findByText(ticket.name);
    expect(screen.queryByRole("button", { name: viStrings["ticket.fullscreen"] })).toBeNull();
  });

  it("puts the ticket, name and unit included, full screen", async () => {
    const requestFullscreen = vi.fn(async function (this: Element) {});
    stub(document, "fullscreenEnabled", true);
    stub(Element.prototype, "requestFullscreen", requestFullscreen);
    show();
    fireEvent.click(await screen.findByRole("button", { name: viStrings["ticket.fullscreen"] }));
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    const shown = requestFullscreen.mock.contexts[0] as Element;
    expect(shown.textContent).toContain(ticket.name);
    expect(shown.textContent).toContain(ticket.unit);
    expect(shown.querySelector(".ticket__qr")).not.toBeNull();
  });

  it("keeps the screen on while the ticket is shown, and lets go when leaving", async () => {
    const sentinel = { released: false, release: vi.fn(async () => {}) };
    const request = vi.fn(async () => sentinel);
    stub(navigator, "wakeLock", { request });
    show();
    await screen.findByText(ticket.name);
    await waitFor(() => expect(request).toHaveBeenCalledWith("screen"));
    expect(sentinel.release).not.toHaveBeenCalled();
    cleanup();
    expect(sentinel.release).toHaveBeenCalledTimes(1);
  });

  it("shows the ticket where the screen cannot be kept on", async () => {
    stub(navigator, "wakeLock", {
      request: vi.fn(async () => Promise.reject(new DOMException("no", "NotAllowedError"))),
    });
    show();
    expect(await screen.findByText(ticket.name)).toBeTruthy();
  });

  it("says the ticket was revoked, and no longer shows it", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => apiErrorResponse(404, "no_ticket", "your ticket was revoked")),
    );
    show();
    await screen.findByText(viStrings["ticket.revoked"]);
    expect(screen.queryByText(ticket.name)).toBeNull();
    expect(await db.tickets.count()).toBe(0);
  });
});
