import type { Page } from "playwright-core";
import { SNAPSHOT_PREFIX } from "../../../src/app/features/agenda/agendaSnapshot.ts";
import type { RunningServer } from "../../harness/server.ts";

/** The demo event's first attendee (src/server/demo/roster.csv), as the e2e tests use. */
export const DEMO_PHONE = "0941777631";
export const DEMO_SLUG = "demo";

/** A fresh invite URL for the demo attendee, printed by the admin CLI. */
export async function inviteLink(server: RunningServer, who = DEMO_PHONE): Promise<string> {
  const result = await server.admin("invite-link", "--event", DEMO_SLUG, "--attendee", who);
  const url = result.stdout.trim();
  if (result.code !== 0 || !url.startsWith(`${server.url}/i/`)) {
    throw new Error(`invite-link failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return url;
}

/**
 * Resolves with the time of a performance mark: `agenda-visible` (the agenda on screen:
 * the copy index.html paints, else the live one) or `agenda-live` (Agenda.tsx, onMount).
 */
export async function waitForAgendaMark(
  page: Page,
  timeout = 60_000,
  mark: "agenda-visible" | "agenda-live" = "agenda-visible",
): Promise<number> {
  const handle = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.startTime,
    mark,
    // Polling costs the (throttled) page little at this rate; the mark's own time is read.
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Opens the invite link as the attendee would: signs in, downloads the pack, lands on the
 * agenda; then waits until the service worker has installed (precached) and controls it.
 */
export async function signInAsAttendee(page: Page, server: RunningServer): Promise<void> {
  await page.goto(await inviteLink(server));
  await page.waitForURL(`${server.url}/e/${DEMO_SLUG}`, { timeout: 60_000 }).catch(async () => {
    // Say what the invite screen shows instead (e.g. the device limit), not only "timeout".
    const shown =
      (await page
        .locator("body")
        .textContent()
        .catch(() => "")) ?? "";
    throw new Error(
      `the invite link did not lead to the agenda: ${page.url()} shows "${shown.slice(0, 300)}"`,
    );
  });
  await waitForAgendaMark(page);
  await waitForServiceWorkerControl(page);
}

/** Waits until the agenda has kept its copy for the next cold start (agendaSnapshot.ts). */
export async function waitForAgendaSnapshot(page: Page): Promise<void> {
  await page.waitForFunction(
    (key) => localStorage.getItem(key) !== null,
    `${SNAPSHOT_PREFIX}/e/${DEMO_SLUG}`,
    {
      timeout: 30_000,
    },
  );
}

/** Waits until the page is controlled by the app's service worker (installed, precached). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  // The app registers the worker only in a production build (UpdatePrompt.tsx).
  const controlled = await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 })
    .then(
      () => true,
      () => false,
    );
  if (!controlled) throw new Error(`no service worker controls ${page.url()} after 60 s`);
}
