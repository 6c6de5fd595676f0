import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { vi } from "../../src/app/i18n/vi.ts";
import type { RunningServer } from "../harness/server.ts";
import { inviteLink, withServerAndBrowser } from "./helpers.ts";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The token with one character in the middle replaced by another base64url character. */
function flipMiddle(token: string): string {
  const at = Math.floor(token.length / 2);
  const old = token[at]!;
  const replacement = BASE64URL[(BASE64URL.indexOf(old) + 1) % BASE64URL.length]!;
  return token.slice(0, at) + replacement + token.slice(at + 1);
}

/** Waits for the error panel and returns its text. */
async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.count()).toBe(1);
  return (await alert.textContent()) ?? "";
}

function redeem(server: RunningServer, body: string, contentType = "application/json") {
  return fetch(`${server.url}/api/invites/redeem`, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
}

describe("bad invite links", () => {
  const app = withServerAndBrowser();
  let validToken: string;

  beforeAll(async () => {
    validToken = new URL(await inviteLink(app.server)).pathname.replace(/^\/i\//, "");
  });

  it("explains, in Vietnamese, that a garbage link is damaged", async () => {
    await app.page.goto(`${app.server.url}/i/garbage-token`);
    const text = await alertText(app.page);
    expect(text).toContain(vi["invite.failedTitle"]);
    expect(text).toContain(vi["error.invite_malformed"]);
    expect(await app.page.getByRole("button", { name: vi["invite.retry"] }).isVisible()).toBe(true);
  });

  it("refuses a real link with one character changed, and signs nobody in", async () => {
    const flipped = flipMiddle(validToken);
    expect(flipped).not.toBe(validToken);
    expect(flipped).toHaveLength(validToken.length);
    expect(flipped).toMatch(/^[A-Za-z0-9_-]+$/);

    await app.page.goto(`${app.server.url}/i/${flipped}`);
    const text = await alertText(app.page);
    expect(text).toContain(vi["error.invite_malformed"]);
    expect(app.page.url()).toBe(`${app.server.url}/i/${flipped}`);

    const cookies = await app.context.cookies(app.server.url);
    expect(cookies.map((c) => c.name)).not.toContain("th_attendee");
    // Nothing was downloaded either: the agenda is not on this device.
    await app.page.goto(`${app.server.url}/e/demo`);
    await app.page.getByText(vi["agenda.notOnDevice"]).waitFor();
  });

  it("accepts the unaltered token, so the change alone made it fail", async () => {
    const good = await redeem(app.server, JSON.stringify({ token: validToken }));
    expect(good.status).toBe(200);
    expect(good.headers.getSetCookie().some((c) => c.startsWith("th_attendee="))).toBe(true);

    const bad = await redeem(app.server, JSON.stringify({ token: flipMiddle(validToken) }));
    expect(bad.status).toBe(400);
    expect(bad.headers.getSetCookie()).toEqual([]);
    expect(await bad.json()).toMatchObject({ error: { code: "invite_malformed" } });
  });

  it("answers API misuse with JSON errors", async () => {
    const plain = await redeem(app.server, JSON.stringify({ token: validToken }), "text/plain");
    expect(plain.status).toBe(415);
    expect(plain.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await plain.json()).toMatchObject({ error: { code: "unsupported_media_type" } });

    const broken = await redeem(app.server, '{"token": ');
    expect(broken.status).toBe(400);
    expect(broken.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await broken.json()).toMatchObject({ error: { code: "invalid_json" } });

    const pack = await fetch(`${app.server.url}/api/events/nope/pack`);
    expect(pack.status).toBe(401);
    expect(await pack.json()).toMatchObject({ error: { code: "unauthenticated" } });
  });
});
