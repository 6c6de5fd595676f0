import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { attendanceMessages } from "../../src/app/features/attendance/messages.ts";
import { checkinMessages } from "../../src/app/features/checkin/messages.ts";
import { doorMessages } from "../../src/app/features/door/messages.ts";
import { vi } from "../../src/app/i18n/vi.ts";
import type { CheckinList } from "../../src/shared/checkin.ts";
import type { StaffQuiz } from "../../src/shared/quiz.ts";
import { demoContent, staffCookie } from "./content-helpers.ts";
import {
  signInWithInvite,
  submitStaffLogin,
  waitForServiceWorkerControl,
  withServerAndBrowser,
} from "./helpers.ts";
import { createStaff } from "./people-helpers.ts";
import {
  authoringMessages,
  bothSizesProblems,
  quizMessages,
  screenProblems,
  syncMessages,
} from "./screen-checks.ts";
import { SIZES } from "./staff-hub-helpers.ts";

/** A screen as the English pass reopens it: where, when it is ready, the heading it shows. */
interface Screen {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
  heading: { vi: string; en: string };
}

/**
 * The screens added for sync, check-in and quizzes (issues 9–11), as the attendee and as
 * the organiser, each with something on it: at 360×740 and 1280×800, nothing wider than the
 * screen, 44 px touch targets on the phone, no serious axe violation, no English left in
 * the Vietnamese interface; then in English, each heading translated and no Vietnamese left.
 * Screenshots go to $SCREEN_SHOTS_DIR (default test-results/screenshots).
 */
describe("the sync, check-in and quiz screens on a phone and on a desk", () => {
  const app = withServerAndBrowser({
    browser: {
      viewport: SIZES.phone,
      // The door and self check-in open the camera: a fake one, without a permission prompt.
      args: ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
    },
  });
  const screens: Screen[] = [];
  const problems: string[] = [];
  let organiser: { username: string; password: string };
  let sessionId: string;
  let graded: StaffQuiz;

  /** Opens nothing: checks the page as it stands and remembers the screen for English. */
  const check = async (screen: Screen) => {
    screens.push(screen);
    await screen.ready(app.page);
    expect(await app.page.locator("h1").first().textContent()).toBe(screen.heading.vi);
    problems.push(...(await bothSizesProblems(app.page, screen.name)));
  };

  beforeAll(async () => {
    organiser = await createStaff(app.server, "btc-screens", "demo", "organiser");
    const cookie = await staffCookie(app.server, organiser);
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${app.server.url}/api/events/demo${path}`, {
        ...init,
        headers: { cookie, "content-type": "application/json", ...init.headers },
      });
    const session = (await demoContent(app.server, cookie)).sessions[0]!;
    sessionId = session.id;
    // A door list and a session list, so that the door, the session code and self check-in
    // have something to show.
    for (const body of [
      { kind: "entry", title: "Cổng A", reentry: false },
      { kind: "session", sessionId, title: session.title, reentry: false },
    ]) {
      const response = await api("/checkin/lists", { method: "POST", body: JSON.stringify(body) });
      expect(((await response.json()) as CheckinList).kind).toBe(body.kind);
    }
    const { quizzes } = (await (await api("/quizzes")).json()) as { quizzes: StaffQuiz[] };
    graded = quizzes.find((q) => q.mode === "graded" && q.title.includes("đầu giờ"))!;
    expect(graded).toBeDefined();
  });

  it("checks the attendee's self check-in with one refused and one waiting check-in", async () => {
    const { page, server, context } = app;
    const t = checkinMessages.vi;
    await signInWithInvite(page, server);
    await waitForServiceWorkerControl(page);
    // The quiz list, opened once online, keeps the quizzes on the device for later.
    await page.goto(`${server.url}/e/demo/quizzes`);
    await page.locator(".quiz__item").first().waitFor();
    await page.goto(`${server.url}/e/demo/checkin`);
    const digits = page.getByLabel(t.digits);
    // Wrong digits, online: the server refuses them, and the entry is parked.
    await digits.fill("000000");
    await page.getByRole("button", { name: t.submit, exact: true }).click();
    await page.locator(".checkin__mine li[data-state=rejected]").waitFor();
    // With no network, the next one waits on the device.
    await context.setOffline(true);
    await digits.fill("111111");
    await page.getByRole("button", { name: t.submit, exact: true }).click();
    await page.locator(".checkin__mine li[data-state=pending]").waitFor();
    await check({
      name: "checkin",
      path: "/e/demo/checkin",
      ready: (p) => p.locator(".checkin__mine li").first().waitFor(),
      heading: { vi: t.title, en: checkinMessages.en.title },
    });
  });

  it("checks /sync with a pending and a parked entry, offline", async () => {
    await app.page.goto(`${app.server.url}/sync`);
    await app.page.locator("[data-pending-list] li").first().waitFor();
    // The refusal in plain words, as the check-in screen says it, not the server's code.
    expect(await app.page.locator("[data-parked-list] .sync-page__reason").textContent()).toBe(
      checkinMessages.vi["reason.bad_code"],
    );
    await check({
      name: "sync",
      path: "/sync",
      // Later, online, the waiting check-in is refused too: both are then parked.
      ready: (p) => p.locator("[data-parked-list] li").first().waitFor(),
      heading: { vi: syncMessages.vi.title, en: syncMessages.en.title },
    });
  });

  it("checks the quiz list and a practice question with its feedback", async () => {
    const { page, server } = app;
    const t = quizMessages.vi;
    await page.goto(`${server.url}/e/demo/quizzes`);
    await check({
      name: "quiz-list",
      path: "/e/demo/quizzes",
      ready: (p) => p.locator(".quiz__item").first().waitFor(),
      heading: { vi: t.title, en: quizMessages.en.title },
    });
    await page.locator(".quiz__link", { hasText: t.practice }).first().click();
    await page.getByRole("button", { name: t.start }).click();
    await page.getByText("Câu 1/", { exact: false }).waitFor();
    await page.getByRole("radio").first().check();
    // Practice: right or wrong is said at once.
    await page.getByText(new RegExp(`^(${t.right}|${t.wrong})$`)).waitFor();
    const path = new URL(page.url()).pathname;
    const title = (await page.locator("h1").first().textContent()) ?? "";
    await check({
      name: "quiz-question",
      path,
      ready: (p) => p.locator(".quiz__taking").waitFor(),
      // The quiz's own title is content: the same in both languages.
      heading: { vi: title, en: title },
    });
  });

  it("submits the graded quiz online, then signs in as the organiser", async () => {
    const { page, server, context } = app;
    const t = quizMessages.vi;
    await context.setOffline(false);
    await page.goto(`${server.url}/e/demo/quizzes/${graded.id}`);
    await page.getByRole("button", { name: t.start }).click();
    await page.getByRole("radio").first().check();
    const total = graded.questions.length;
    for (let n = 1; n < total; n++) {
      await page.getByRole("button", { name: t.next }).click();
      await page.getByText(`Câu ${n + 1}/${total}`).waitFor();
    }
    await page.getByRole("button", { name: t.submit }).click();
    await page.getByText(t.confirmSubmit).waitFor();
    await page.getByRole("button", { name: t.submit }).click();
    await page.locator(".quiz__result").waitFor();

    await page.goto(`${server.url}/staff/login`);
    await submitStaffLogin(page, organiser);
    await page.waitForURL(`${server.url}/staff`);
  });

  it("checks the door page with its pack on the device", async () => {
    const { page, server } = app;
    const t = doorMessages.vi;
    await page.goto(`${server.url}/staff/e/demo/door`);
    const download = page.getByRole("button", { name: t.downloadPack });
    const list = page.getByLabel(t.list);
    await Promise.race([download.waitFor(), list.waitFor()]);
    if (await download.isVisible()) await download.click();
    await check({
      name: "door",
      path: "/staff/e/demo/door",
      ready: (p) => p.locator(".door__list select").waitFor(),
      heading: { vi: t.title, en: doorMessages.en.title },
    });
  });

  it("checks the attendance dashboard and the session code", async () => {
    const { page, server } = app;
    await page.goto(`${server.url}/staff/e/demo/attendance`);
    await check({
      name: "attendance",
      path: "/staff/e/demo/attendance",
      ready: (p) => p.locator(".attendance__list").first().waitFor(),
      heading: { vi: attendanceMessages.vi.title, en: attendanceMessages.en.title },
    });
    const codePath = `/staff/e/demo/s/${sessionId}/code`;
    await page.goto(`${server.url}${codePath}`);
    const title = (await page.locator(".session-code h1").textContent()) ?? "";
    await check({
      name: "session-code",
      path: codePath,
      ready: (p) => p.locator(".session-code__digits").waitFor(),
      heading: { vi: title, en: title },
    });
  });

  it("checks the quiz authoring list, the editor and the results", async () => {
    const { page, server } = app;
    const t = authoringMessages.vi;
    await page.goto(`${server.url}/staff/e/demo/quizzes`);
    await check({
      name: "quizzes",
      path: "/staff/e/demo/quizzes",
      ready: (p) => p.locator(".authoring__quiz").first().waitFor(),
      heading: { vi: t.title, en: authoringMessages.en.title },
    });
    const editor = `/staff/e/demo/quizzes/${graded.id}`;
    await page.goto(`${server.url}${editor}`);
    await check({
      name: "quiz-editor",
      path: editor,
      ready: (p) => p.locator("#editor-title").waitFor(),
      heading: { vi: graded.title, en: graded.title },
    });
    const results = `${editor}/results`;
    await page.goto(`${server.url}${results}`);
    // The submission made above reaches the organiser's results.
    await expect.poll(() => page.getByTestId("submitted").textContent()).toBe("1");
    await check({
      name: "quiz-results",
      path: results,
      ready: (p) => p.getByTestId("submitted").waitFor(),
      heading: { vi: graded.title, en: graded.title },
    });
    await page.goto(`${server.url}/staff/e/demo/results`);
    await check({
      name: "results-overview",
      path: "/staff/e/demo/results",
      ready: (p) => p.locator("#overview-title").waitFor(),
      heading: { vi: t.resultsOverview, en: authoringMessages.en.resultsOverview },
    });
    expect(problems).toEqual([]);
  });

  it("shows every one of them in English once the language is switched", async () => {
    const { page, server } = app;
    await page.getByLabel(vi["app.language"]).selectOption("en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    const english: string[] = [];
    for (const screen of screens) {
      await page.goto(`${server.url}${screen.path}`);
      await screen.ready(page);
      await expect.poll(() => page.locator("h1").first().textContent()).toBe(screen.heading.en);
      english.push(...(await screenProblems(page, screen.name, "phone", "en")));
    }
    expect(english).toEqual([]);
  });
});
