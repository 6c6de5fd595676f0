import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { vi } from "../../src/app/i18n/vi.ts";
import type { DoorPack } from "../../src/shared/api.ts";
import { doorPackVerifier, verifyTicket } from "../../src/shared/ticket.ts";
import { type RunningServer, repoRoot } from "../harness/server.ts";
import { signInWithInvite, waitForServiceWorkerControl, withServerAndBrowser } from "./helpers.ts";
import { decodeQr } from "./people-helpers.ts";

/** The demo event's door pack, as the install's admin downloads it. */
async function adminDoorPack(server: RunningServer): Promise<DoorPack> {
  const file = readFileSync(join(server.dataDir, "admin-password.txt"), "utf8");
  const password = /password: (\S+)/.exec(file)![1]!;
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${server.url}/api/events/demo/door-pack`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as DoorPack;
}

describe("an attendee shows their ticket with no network", () => {
  const app = withServerAndBrowser();

  let pack: DoorPack;

  it("opens the invite link, which brings the ticket along without opening it", async () => {
    await signInWithInvite(app.page, app.server);
    // The ticket page is never opened while online: what shows offline below was fetched
    // in the background at the invite (and by the agenda's sync).
    expect(await app.page.getByRole("link", { name: vi["nav.ticket"] }).isVisible()).toBe(true);
    // Door phones verify against the door pack; take it while the server is up.
    pack = await adminDoorPack(app.server);
  });

  it("shows the ticket with the server stopped and the network cut, and it verifies", async () => {
    await waitForServiceWorkerControl(app.page);
    expect(await app.server.stop()).toBe(0);
    await app.context.setOffline(true);
    await expect(fetch(`${app.server.url}/api/health`)).rejects.toThrow();

    await app.page.goto(`${app.server.url}/e/demo`);
    await app.page.getByRole("link", { name: vi["nav.ticket"] }).click();
    await app.page.waitForURL(`${app.server.url}/e/demo/ticket`);
    const qr = app.page.locator(".ticket__qr");
    await qr.locator("svg").waitFor();
    expect(await app.page.locator(".ticket__name").textContent()).toBe("Hoàng Xuân Giang");
    expect(await app.page.locator(".ticket__unit").textContent()).toBe("UBND thành phố Quảng Ngãi");
    expect(await app.page.getByText(vi["ticket.brightness"]).isVisible()).toBe(true);
    // Chromium can show the ticket full screen, so the button is offered.
    const fullscreen = app.page.getByRole("button", { name: vi["ticket.fullscreen"] });
    expect(await fullscreen.isVisible()).toBe(true);
    // The code takes most of the phone's width even before going full screen.
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await app.page.screenshot({
      path: join(repoRoot, "test-results", "ticket-offline-360x740.png"),
    });

    const code = await decodeQr(qr);
    expect(code).not.toBeNull();
    const attendee = pack.attendees.find((a) => a.name === "Hoàng Xuân Giang")!;
    expect(verifyTicket(code!, doorPackVerifier(pack))).toEqual({
      ok: true,
      claims: {
        eventId: pack.event.id,
        attendeeId: attendee.id,
        issuedAt: attendee.issuedAt,
        keyId: 1,
      },
    });
    // The same code with one character changed is refused offline.
    const tampered = code!.slice(0, 40) + (code![40] === "A" ? "B" : "A") + code!.slice(41);
    expect(verifyTicket(tampered, doorPackVerifier(pack)).ok).toBe(false);
  });
});
