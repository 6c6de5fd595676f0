import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkinMessages } from "../../src/app/features/checkin/messages.ts";
import { vi } from "../../src/app/i18n/vi.ts";
import type { ExportedAttempt } from "../../src/server/quiz/export.ts";
import type { CheckinList } from "../../src/shared/checkin.ts";
import { newId } from "../../src/shared/ids.ts";
import type { CreateQuizBody, QuizQuestion, StaffQuiz } from "../../src/shared/quiz.ts";
import { launchChromium } from "../harness/chromium.ts";
import { freePort, type RunningServer, startServer } from "../harness/server.ts";
import { createSessionList } from "./checkin-helpers.ts";
import { staffCookie } from "./content-helpers.ts";
import {
  firstPage,
  signInWithInvite,
  storedRows,
  submitStaffLogin,
  waitForServiceWorkerControl,
  withServerAndBrowser,
} from "./helpers.ts";
import { createStaff } from "./people-helpers.ts";

const c = checkinMessages.vi;
/** The quiz screens' Vietnamese strings (src/app/features/quiz/messages.ts), as the user reads them. */
const m = {
  start: "Bắt đầu làm bài",
  next: "Câu sau →",
  submit: "Nộp bài",
  confirmSubmit: "Sau khi nộp, bạn không sửa được câu trả lời. Chạm “Nộp bài” lần nữa để nộp.",
  submittedWaiting: "Đã nộp — điểm sẽ có sau khi đồng bộ.",
  checkinHint: "Bài mở sau khi bạn điểm danh vào phiên này.",
  checkinLink: "Tự điểm danh vào phiên (quét mã QR hoặc nhập 6 chữ số)",
  answerSaved: "Đã lưu trên máy",
  answerSent: "Đã gửi",
};
/** The demo attendee who signs in with the invite (src/server/demo/roster.csv, first row). */
const DEMO_ATTENDEE = "Hoàng Xuân Giang";
/** Held for the server, which is stopped and started again on it. */
const port = await freePort();

/** A question with options `texts`, the one at `right` correct. */
function question(
  kind: QuizQuestion["kind"],
  text: string,
  texts: string[],
  right: number,
): QuizQuestion {
  return {
    id: newId(),
    kind,
    text,
    points: 1,
    explanation: "",
    options: texts.map((t, i) => ({ id: newId(), text: t, correct: i === right })),
  };
}

const questions = [
  question(
    "single",
    "Quy chế quản lý thống nhất các hoạt động đối ngoại (Quyết định số 272) ban hành ngày nào?",
    ["28/06/2014", "21/01/2015", "26/06/2015"],
    1,
  ),
  question("truefalse", "Kết luận 98 ngày 28/06/2014 là của Ban Bí thư.", ["Đúng", "Sai"], 0),
];

/** The app's outbox on the phone, in order: the kinds of the entries still waiting. */
async function outboxKinds(page: Page): Promise<string[]> {
  const rows = await storedRows<{ kind: string; createdAt: string }>(page, "outbox");
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((r) => r.kind);
}

/** The titles of the quizzes the phone keeps in IndexedDB. */
async function quizTitlesOnPhone(page: Page): Promise<string[]> {
  return (await storedRows<{ title: string }>(page, "quizzes")).map((q) => q.title);
}

/**
 * Issue 11: a quiz that opens "on the attendee's phone once checked in to that session"
 * opens in a hall with no network. The phone synced the event once (the invite) and never
 * opened the quiz list online; then the network is cut and the server stopped; the
 * attendee types the code shown on the trainer's session-code screen (another browser,
 * opened earlier online); the quiz shows as open, is taken and submitted with no network;
 * once the server and the network are back, the check-in and then the submission reach
 * the server, which scores it (the admin export shows it).
 */
describe("a quiz opens with no network after session check-in", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "th-quiz-checkin-"));
  const app = withServerAndBrowser({ server: () => ({ dataDir, port }) });
  let presenter: BrowserContext | undefined;
  let screen: Page;
  let list: CheckinList;
  let quiz: StaffQuiz;
  let restarted: RunningServer | undefined;

  beforeAll(async () => {
    const { server } = app;
    const organiser = await createStaff(server, "btc-sau-diem-danh", "demo", "organiser");
    const trainer = await createStaff(server, "btv-sau-diem-danh", "demo", "trainer");
    const organiserCookie = await staffCookie(server, organiser);
    const post = (path: string, cookie: string, body: unknown) =>
      fetch(`${server.url}/api/events/demo${path}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify(body),
      });

    // The organiser opens a session to self check-in (attendance page's "Tạo danh sách
    // cho phiên"); no demo quiz opens on check-in, so the trainer writes one for it.
    list = await createSessionList(server, organiserCookie);
    const doc: CreateQuizBody = {
      title: "Kiểm tra sau điểm danh: văn bản về công tác đối ngoại",
      sessionId: list.sessionId!,
      mode: "graded",
      timeLimitSec: null,
      attemptsAllowed: 1,
      opens: "after-checkin",
      opensAt: null,
      closesAt: null,
      release: "immediate",
      published: true,
      questions,
    };
    const authored = await post("/quizzes", await staffCookie(server, trainer), doc);
    expect(authored.status).toBe(201);
    quiz = ((await authored.json()) as { quiz: StaffQuiz }).quiz;

    // The trainer's screen in the hall, opened while the network is there.
    presenter = await launchChromium();
    screen = await firstPage(presenter);
    await screen.goto(`${server.url}/staff/login`);
    await submitStaffLogin(screen, trainer);
    await screen.waitForURL(`${server.url}/staff`);
    await screen.goto(`${server.url}/staff/e/demo/s/${list.sessionId}/code`);
    await screen.locator(".session-code__digits").waitFor();
  });
  afterAll(async () => {
    await presenter?.close();
    await restarted?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps the quiz on the phone from the event sync alone, without the quiz list opened", async () => {
    const { page, server } = app;
    await signInWithInvite(page, server);
    await waitForServiceWorkerControl(page);
    // Only the invite's sync and the agenda were on screen: the quiz came with the sync.
    expect(page.url()).toBe(`${server.url}/e/demo`);
    await expect.poll(() => quizTitlesOnPhone(page)).toContain(quiz.title);
  });

  it("opens the quiz after a self check-in typed with no network, and takes and submits it offline", async () => {
    const { page, context, server } = app;
    const digits = screen.locator(".session-code__digits");
    // A fresh 30-s window: the code typed now is still valid when the server checks it.
    const shown = await digits.textContent();
    await expect
      .poll(() => digits.textContent(), { timeout: 40_000, interval: 200 })
      .not.toBe(shown);
    const code = (await digits.textContent())!.replace(/\s/g, "");
    expect(code).toMatch(/^\d{6}$/);

    await context.setOffline(true);
    await server.stop();
    await page.goto(`${server.url}/e/demo/quizzes`);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const item = page.locator(".quiz__item", { hasText: quiz.title });
    await expect.poll(() => item.getAttribute("data-state")).toBe("locked");
    await item.getByRole("link").click();
    await page.getByText(m.checkinHint).waitFor();
    await page.getByRole("link", { name: m.checkinLink }).click();
    await page.waitForURL(`${server.url}/e/demo/checkin`);
    await page.getByLabel(c.session).selectOption({ label: list.title });
    await page.getByLabel(c.digits).fill(code);
    await page.getByRole("button", { name: c.submit, exact: true }).click();
    const mine = page.locator(".checkin__mine li").first();
    await expect.poll(() => mine.getAttribute("data-state")).toBe("pending");

    await page.getByRole("link", { name: c.backToAgenda }).click();
    await page.getByRole("link", { name: vi["agenda.quizzes"] }).click();
    await expect.poll(() => item.getAttribute("data-state")).toBe("open");
    await item.getByRole("link").click();
    await page.getByRole("button", { name: m.start }).click();
    await page.getByText("Câu 1/2").waitFor();
    await page.getByRole("radio", { name: "21/01/2015" }).check();
    await page.getByText(m.answerSaved).waitFor();
    await page.getByRole("button", { name: m.next }).click();
    await page.getByText("Câu 2/2").waitFor();
    await page.getByRole("radio", { name: "Đúng" }).check();
    await page.getByRole("button", { name: m.submit }).click();
    await page.getByText(m.confirmSubmit).waitFor();
    await page.getByRole("button", { name: m.submit }).click();
    await page.getByText(m.submittedWaiting).waitFor();
    await page.getByText(m.answerSaved).waitFor();
    // Both wait on the phone, the check-in first: the server takes the answers only from
    // an attendee it knows as checked in to the session.
    expect(await outboxKinds(page)).toEqual(["checkin.self", "quiz.submit"]);
  });

  it("sends the check-in and the submission once the network is back; the server scores it", async () => {
    const { page, context } = app;
    restarted = await startServer({ dataDir, port });
    await context.setOffline(false);
    await page.getByText(m.answerSent).waitFor({ timeout: 60_000 });
    expect(await outboxKinds(page)).toEqual([]);

    const exported = await restarted.admin(
      "export",
      "--event",
      "demo",
      "--what",
      "results",
      "--format",
      "json",
    );
    expect(exported.code, exported.stderr).toBe(0);
    const attempts = (JSON.parse(exported.stdout) as ExportedAttempt[]).filter(
      (a) => a.quizId === quiz.id,
    );
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ name: DEMO_ATTENDEE, score: 2, maxScore: 2, late: false });

    // Results released at once: the phone shows the score after its next refresh.
    await page.reload();
    await page.getByText("Điểm: 2/2").waitFor({ timeout: 30_000 });
    await page.goto(`${restarted.url}/e/demo/checkin`);
    await expect
      .poll(() => page.locator(".checkin__mine li").first().getAttribute("data-state"))
      .toBe("confirmed");
  });
});
