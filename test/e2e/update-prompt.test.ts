import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vi } from "../../src/app/i18n/vi.ts";
import { repoDist } from "../bench/lib/dist.ts";
import {
  signInWithInvite,
  waitForAgenda,
  waitForServiceWorkerControl,
  withServerAndBrowser,
} from "./helpers.ts";

/**
 * The "new deploy": sw.js changes bytes, and the new worker answers a VERSION message so
 * that the test can tell which worker controls the page.
 */
const V2_PATCH = `
// v2
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "VERSION") event.ports[0]?.postMessage("v2");
});
`;

/**
 * Asks the controlling worker for its version and waits for the answer: only the v2
 * worker answers, so this is for when v2 should control the page (the test's timeout
 * bounds the wait). That v1 still controls is checked by identity, not by silence.
 */
function controllerVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return reject(new Error("no service worker controls the page"));
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        controller.postMessage({ type: "VERSION" }, [channel.port2]);
      }),
  );
}

/** Which of the registration's workers controls the page, and the waiting one's state. */
function workers(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const controller = navigator.serviceWorker.controller;
    return {
      controlledByActive: controller !== null && controller === registration?.active,
      controlledByWaiting: controller !== null && controller === registration?.waiting,
      waiting: registration?.waiting?.state ?? null,
    };
  });
}

describe("a new version of the app", () => {
  let dist: string | undefined;

  // Registered before withServerAndBrowser(), so the copy of dist/ exists when the server
  // starts on it, and is removed only after the server has stopped.
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), "th-dist-"));
    // The build under test: DIST_DIR when the suite is pointed at one, else dist/.
    cpSync(process.env.DIST_DIR ?? repoDist, dist, { recursive: true });
  });

  afterAll(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  const app = withServerAndBrowser({ server: () => ({ env: { DIST_DIR: dist } }) });

  it("is offered with a toast and taken on reload", async () => {
    await signInWithInvite(app.page, app.server);
    await waitForServiceWorkerControl(app.page);
    expect(await workers(app.page)).toEqual({
      controlledByActive: true,
      controlledByWaiting: false,
      waiting: null,
    });
    const toast = app.page.getByRole("alert").filter({ hasText: vi["update.available"] });
    expect(await toast.count()).toBe(0);

    // Deploy: the server now serves a sw.js with different bytes.
    appendFileSync(join(dist!, "sw.js"), V2_PATCH);
    const served = await app.page.evaluate(async () =>
      (await fetch("/sw.js", { cache: "no-store" })).text(),
    );
    expect(served).toContain("// v2");

    // Nothing asks the browser to check: the app itself does when the phone is back online
    // (UpdatePrompt's checkForUpdates), as a page left open all day needs it to.
    await app.context.setOffline(true);
    await app.context.setOffline(false);

    await toast.waitFor();
    const reload = toast.getByRole("button", { name: vi["update.reload"] });
    expect(await reload.isVisible()).toBe(true);
    // The old worker still controls the page while the new one waits.
    expect(await workers(app.page)).toEqual({
      controlledByActive: true,
      controlledByWaiting: false,
      waiting: "installed",
    });

    // A marker on this document: it disappears only if the page really reloads.
    await app.page.evaluate(() => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
    });
    await Promise.all([app.page.waitForEvent("load"), reload.click()]);

    await waitForAgenda(app.page);
    expect(
      await app.page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate),
    ).toBeUndefined();
    expect(app.page.url()).toBe(`${app.server.url}/e/demo`);
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await controllerVersion(app.page)).toBe("v2");
    expect(
      await app.page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting ?? null;
      }),
    ).toBeNull();
    expect(await toast.count()).toBe(0);
  });
});
