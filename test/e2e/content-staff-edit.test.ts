import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hubMessages } from "../../src/app/features/hub/messages.ts";
import { launchChromium } from "../harness/chromium.ts";
import { axeProblems, createOrganiser } from "./content-helpers.ts";
import {
  demoEvent,
  firstPage,
  signInWithInvite,
  submitStaffLogin,
  withServerAndBrowser,
} from "./helpers.ts";

const TOPIC = demoEvent.sessions.find((s) => s.title.startsWith("Chuyên đề 2"))!;
// A new title with markup in it: it must reach the attendee as text, never as HTML.
const NEW_TITLE = `${TOPIC.title} (đã cập nhật) <img src=x onerror=alert(1)>`;

/**
 * An organiser edits a session title in the staff editor; an attendee whose agenda is open
 * in another browser sees the new title at the next sync, without reloading.
 */
describe("an organiser's edit reaches an open agenda", () => {
  // The browser it starts is the attendee's phone, its page the open agenda.
  const app = withServerAndBrowser();
  let organiser: BrowserContext | undefined;
  let editor: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    app.page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // The attendee's phone believes it is 10:30 on the event day (Vietnam time), and
    // time flows on from there; the test jumps it forward to the next sync.
    await app.page.clock.install({ time: new Date(`${demoEvent.date}T10:30:00+07:00`) });
  });

  afterAll(async () => {
    await organiser?.close();
  });

  it("shows the attendee what is on now, by the phone's clock", async () => {
    const agenda = app.page;
    await signInWithInvite(agenda, app.server);
    const card = agenda.locator("article.session", { hasText: TOPIC.title });
    expect(await card.locator(".badge--now").textContent()).toBe("Đang diễn ra");
    await agenda.evaluate(() => {
      (window as unknown as { stayedOpen: boolean }).stayedOpen = true;
    });
  });

  it("lets an organiser change the title in the editor", async () => {
    const account = await createOrganiser(app.server);
    organiser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    editor = await firstPage(organiser);
    await editor.goto(`${app.server.url}/staff/login`);
    await submitStaffLogin(editor, account);
    await editor.getByRole("link", { name: demoEvent.title, exact: true }).click();
    // The event hub opens; its side bar leads to the agenda editor.
    await editor.getByRole("link", { name: hubMessages.vi["section.agenda"], exact: true }).click();
    await editor.getByRole("link", { name: `Sửa: ${TOPIC.title}` }).waitFor();
    expect(await axeProblems(editor)).toEqual([]);
    await editor.getByRole("link", { name: `Sửa: ${TOPIC.title}` }).click();
    const title = editor.getByLabel("Tên", { exact: true });
    await title.waitFor();
    expect(await axeProblems(editor)).toEqual([]);
    expect(await title.inputValue()).toBe(TOPIC.title);
    await title.fill(NEW_TITLE);
    await editor.getByRole("button", { name: "Lưu" }).click();
    await editor.getByRole("link", { name: `Sửa: ${NEW_TITLE}` }).waitFor();
  });

  it("updates the open agenda at the next sync, without a reload, and marks the change", async () => {
    const agenda = app.page;
    const heading = agenda.getByRole("heading", { level: 3, name: NEW_TITLE, exact: true });
    expect(await heading.count()).toBe(0);
    // A minute later the periodic sync runs.
    await agenda.clock.fastForward(61_000);
    await heading.waitFor({ timeout: 20_000 });
    const card = agenda.locator("article.session", { has: heading });
    expect(await card.locator(".badge--changed").textContent()).toBe("Mới cập nhật");
    expect(await card.locator("img").count()).toBe(0);
    expect(
      await agenda.evaluate(() => (window as unknown as { stayedOpen?: boolean }).stayedOpen),
    ).toBe(true);
    expect(dialogs).toEqual([]);
  });
});
