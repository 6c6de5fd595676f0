import type { Page, Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { format } from "../../src/app/i18n/format.ts";
import { staffVi } from "../../src/app/i18n/staff.vi.ts";
import { vi } from "../../src/app/i18n/vi.ts";
import { MIN_PASSWORD_LENGTH } from "../../src/shared/api.ts";
import type { RunningServer } from "../harness/server.ts";
import { staffCookie } from "./content-helpers.ts";
import {
  demoEvent,
  downloadDoorPack,
  staffRecordCount,
  submitStaffLogin,
  withServerAndBrowser,
} from "./helpers.ts";
import { createStaff } from "./people-helpers.ts";

const USERNAME = "btc-doi-mat-khau";
const NEW_PASSWORD = "mat-khau-moi-2024";

/** Who the server says a Cookie header signs in: the HTTP status of GET /api/me. */
async function meStatus(server: RunningServer, cookie: string): Promise<number> {
  const response = await fetch(`${server.url}/api/me`, { headers: { cookie } });
  await response.body?.cancel();
  return response.status;
}

/** Submits the form with `submit` and returns the server's answer to the POST to `path`. */
async function answerTo(page: Page, path: string, submit: () => Promise<void>): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith(path)),
    submit(),
  ]);
  // The screen handles the answer before it enables its button again.
  await expect.poll(() => page.locator("form button[type=submit]").isEnabled()).toBe(true);
  return response;
}

/** The text of the form's error line, once there is one. */
async function formError(page: Page): Promise<string> {
  const alert = page.locator("form").getByRole("alert");
  await alert.waitFor();
  return (await alert.textContent()) ?? "";
}

/**
 * A staff member's own account along their path: sign in, change the password (wrong
 * current one, a new one the screen turns down, then a good one), sign out, and sign in
 * again, where only the new password opens the account.
 *
 * The server allows 5 sign-in attempts per username in 15 minutes; password changes count
 * as attempts, and a right current password (like a successful sign-in) resets the count.
 */
describe("a staff member changes their password", () => {
  const app = withServerAndBrowser({ browser: { viewport: { width: 1280, height: 900 } } });
  let oldPassword: string;
  /** The Cookie header of the same account signed in on another device. */
  let otherDevice: string;
  /** The Cookie header of this browser, taken before it signs out. */
  let thisDevice: string;
  /** Requests of the password screen to the server, to tell what it checked by itself. */
  const passwordPosts: string[] = [];

  const passwordInputs = () => ({
    current: app.page.getByLabel(staffVi["password.current"], { exact: true }),
    next: app.page.getByLabel(staffVi["password.new"], { exact: true }),
    confirm: app.page.getByLabel(staffVi["password.confirm"], { exact: true }),
  });
  /** Types the three fields of the password screen; the new one twice when not told. */
  const fillPasswords = async (current: string, next: string, confirm = next) => {
    const inputs = passwordInputs();
    await inputs.current.fill(current);
    await inputs.next.fill(next);
    await inputs.confirm.fill(confirm);
  };
  const submitPassword = () =>
    app.page.getByRole("button", { name: staffVi["password.submit"] }).click();

  it("signs in and keeps the event's door pack on this device", async () => {
    const who = await createStaff(app.server, USERNAME, "demo", "organiser");
    oldPassword = who.password;
    app.page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/auth/password"))
        passwordPosts.push(r.url());
    });

    await app.page.goto(`${app.server.url}/staff/login`);
    await app.page.getByRole("heading", { level: 1, name: staffVi["staff.login.title"] }).waitFor();
    await submitStaffLogin(app.page, who);
    await app.page.waitForURL(`${app.server.url}/staff`);
    expect(await app.page.locator(".staff-nav__user").textContent()).toBe(USERNAME);

    // Staff data for the logout to wipe: the door pack of the demo event.
    await downloadDoorPack(app.page);
    expect(await staffRecordCount(app.page)).toBe(1);

    // The same account on another device, which the password change must sign out.
    otherDevice = await staffCookie(app.server, who);
    expect(await meStatus(app.server, otherDevice)).toBe(200);
  });

  it("refuses a wrong current password, in Vietnamese", async () => {
    await app.page.getByRole("link", { name: staffVi["password.title"] }).click();
    await app.page.waitForURL(`${app.server.url}/staff/password`);
    await app.page.getByRole("heading", { level: 1, name: staffVi["password.title"] }).waitFor();

    await fillPasswords(`${oldPassword}-sai`, NEW_PASSWORD);
    const answer = await answerTo(app.page, "/api/auth/password", submitPassword);
    expect(answer.status()).toBe(400);
    expect(await answer.json()).toMatchObject({ error: { code: "wrong_password" } });
    expect(await formError(app.page)).toBe(vi["error.wrong_password"]);
    expect(await app.page.getByText(staffVi["password.done"]).count()).toBe(0);
  });

  it("checks the new password on screen before sending it", async () => {
    const { next } = passwordInputs();
    const sent = passwordPosts.length;

    // Two different new passwords: the screen says so and sends nothing.
    await fillPasswords(oldPassword, NEW_PASSWORD, `${NEW_PASSWORD}-khac`);
    await submitPassword();
    await expect.poll(() => formError(app.page)).toBe(staffVi["password.mismatch"]);

    // Too short: the screen says so in Vietnamese (not in the browser's language), and the
    // hint under the field (its accessible description) gives the rule beforehand.
    const short = "a".repeat(MIN_PASSWORD_LENGTH - 1);
    await fillPasswords(oldPassword, short);
    await submitPassword();
    await expect
      .poll(() => formError(app.page))
      .toBe(format(staffVi["password.tooShort"], { min: MIN_PASSWORD_LENGTH }));
    expect(await next.evaluate((input: HTMLInputElement) => input.validity.tooShort)).toBe(true);
    expect(await app.page.locator("#password-hint").textContent()).toBe(
      format(staffVi["password.hint"], { min: MIN_PASSWORD_LENGTH }),
    );
    expect(await next.getAttribute("aria-describedby")).toBe("password-hint");
    expect(passwordPosts.length).toBe(sent);

    // The same password again: the server turns it down, and the screen says why.
    await fillPasswords(oldPassword, oldPassword);
    const answer = await answerTo(app.page, "/api/auth/password", submitPassword);
    expect(answer.status()).toBe(400);
    expect(await answer.json()).toMatchObject({ error: { code: "same_password" } });
    expect(await formError(app.page)).toBe(vi["error.same_password"]);
    expect(passwordPosts.length).toBe(sent + 1);
  });

  it("changes the password, and signs the other device out", async () => {
    await fillPasswords(oldPassword, NEW_PASSWORD);
    const answer = await answerTo(app.page, "/api/auth/password", submitPassword);
    expect(answer.status()).toBe(200);

    await app.page.getByRole("status").filter({ hasText: staffVi["password.done"] }).waitFor();
    expect(await app.page.locator("form").getByRole("alert").count()).toBe(0);
    // The form is cleared, so the passwords do not stay on screen.
    const inputs = Object.values(passwordInputs());
    expect(await Promise.all(inputs.map((input) => input.inputValue()))).toEqual(["", "", ""]);
    expect(await meStatus(app.server, otherDevice)).toBe(401);
    // This device stays signed in.
    const cookies = await app.context.cookies(app.server.url);
    thisDevice = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect(cookies.map((c) => c.name)).toContain("th_staff");
    expect(await meStatus(app.server, thisDevice)).toBe(200);
  });

  it("signs out to the login screen, with the staff data gone from the device", async () => {
    await app.page.getByRole("button", { name: staffVi["staff.logout"] }).click();
    await app.page.waitForURL(`${app.server.url}/staff/login`);
    await app.page.getByRole("heading", { level: 1, name: staffVi["staff.login.title"] }).waitFor();

    expect(await staffRecordCount(app.page)).toBe(0);
    const cookies = await app.context.cookies(app.server.url);
    expect(cookies.map((c) => c.name)).not.toContain("th_staff");
    // The session is over on the server too, not only forgotten by the browser.
    expect(await meStatus(app.server, thisDevice)).toBe(401);
    // Staff screens send back to the login.
    await app.page.goto(`${app.server.url}/staff/password`);
    await app.page.waitForURL(
      `${app.server.url}/staff/login?next=${encodeURIComponent("/staff/password")}`,
    );
  });

  it("refuses the old password without telling whether the account exists", async () => {
    const old = await answerTo(app.page, "/api/auth/login", () =>
      submitStaffLogin(app.page, { username: USERNAME, password: oldPassword }),
    );
    expect(old.status()).toBe(401);
    const oldMessage = await formError(app.page);
    expect(oldMessage).toBe(vi["error.invalid_credentials"]);
    expect(new URL(app.page.url()).pathname).toBe("/staff/login");

    // An account that does not exist gets the same answer and the same sentence.
    const nobody = await answerTo(app.page, "/api/auth/login", () =>
      submitStaffLogin(app.page, { username: "khong-co-ai", password: oldPassword }),
    );
    expect(nobody.status()).toBe(old.status());
    expect(await nobody.json()).toEqual(await old.json());
    expect(await formError(app.page)).toBe(oldMessage);
    expect(new URL(app.page.url()).pathname).toBe("/staff/login");
  });

  it("signs in with the new password, with no door pack left from before", async () => {
    await submitStaffLogin(app.page, { username: USERNAME, password: NEW_PASSWORD });
    // Back where the login was sent from.
    await app.page.waitForURL(`${app.server.url}/staff/password`);
    expect(await app.page.locator(".staff-nav__user").textContent()).toBe(USERNAME);

    await app.page.goto(`${app.server.url}/staff/e/demo/people`);
    await app.page.getByRole("heading", { level: 1, name: demoEvent.title }).waitFor();
    await app.page.getByRole("button", { name: staffVi["door.download"] }).waitFor();
    expect(await staffRecordCount(app.page)).toBe(0);
  });
});
