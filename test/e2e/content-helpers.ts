import axe from "axe-core";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { StaffEventContent, StaffMaterial } from "../../src/shared/api.ts";
import type { RunningServer } from "../harness/server.ts";
import { createStaff } from "./people-helpers.ts";

/** Creates an organiser of the demo event with the admin CLI; returns the credentials. */
export function createOrganiser(server: RunningServer, username = "btc-e2e") {
  return createStaff(server, username, "demo", "organiser");
}

/** Signs a staff member in over HTTP; returns the Cookie header to send. */
export async function staffCookie(
  server: RunningServer,
  who: { username: string; password: string },
): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(who),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** The demo event as its editors see it. */
export async function demoContent(server: RunningServer, cookie: string) {
  const response = await fetch(`${server.url}/api/events/demo/content`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as StaffEventContent;
}

/** Attaches a file to a material through the API, as the staff editor does. */
export async function uploadFile(
  server: RunningServer,
  cookie: string,
  material: StaffMaterial,
  bytes: Uint8Array,
  name: string,
): Promise<StaffMaterial> {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  form.set("version", String(material.version));
  const response = await fetch(`${server.url}/api/events/demo/materials/${material.id}/file`, {
    method: "POST",
    headers: { cookie },
    body: form,
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { material: StaffMaterial }).material;
}

/** The serious and critical axe-core violations of the page, as "rule: target" lines. */
export async function axeProblems(page: Page): Promise<string[]> {
  // Evaluated over DevTools, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}
