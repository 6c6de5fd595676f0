import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vi } from "../../src/app/i18n/vi.ts";
import { demoGradedDrafts } from "../../src/server/demo/quizzes.ts";
import type { StaffQuiz } from "../../src/shared/quiz.ts";
import { launchChromium } from "../harness/chromium.ts";
import { freePort, type RunningServer, startServer } from "../harness/server.ts";
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

/**
 * The quiz screens' Vietnamese strings (src/app/features/quiz/messages.ts; that module is
 * typed against the app's JSX config, which the test project does not load).
 */
const m = {
  start: "Bắt đầu làm bài",
  next: "Câu sau →",
  previous: "← Câu trước",
  submit: "Nộp bài",
  right: "Đúng",
  wrong: "Chưa đúng",
  confirmSubmit: "Sau khi nộp, bạn không sửa được câu trả lời. Chạm “Nộp bài” lần nữa để nộp.",
  submittedWaiting: "Đã nộp — điểm sẽ có sau khi đồng bộ.",
  answerSaved: "Đã lưu trên máy",
  answerSent: "Đã gửi",
};
const [firstGraded] = demoGradedDrafts;
/** Held for the server, which is stopped and started again on it. */
const port = await freePort();
/** The demo attendee who signs in with the invite (src/server/demo/roster.csv, first row). */
const DEMO_ATTENDEE = "Hoàng Xuân Giang";

/** Everything the attendee's device keeps: IndexedDB (every store) and Cache Storage, as text. */
function deviceData(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        parts.push(JSON.stringify(rows));
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const type = (await cache.match(request))?.headers.get("content-type") ?? "";
        if (type.includes("json") || type.includes("text/plain")) {
          parts.push(await (await cache.match(request))!.text());
        }
      }
    }
    return parts.join("\n");
  });
}

describe("an attendee takes the demo quizzes", () => {
  // The server is stopped and started again on the same data and port mid-walk.
  const dataDir = mkdtempSync(join(tmpdir(), "th-quiz-live-"));
  const app = withServerAndBrowser({ server: () => ({ dataDir, port }) });
  const responses: string[] = [];
  /** The trainer's own browser, its results page of the graded pre-test open throughout. */
  let trainerContext: BrowserContext | undefined;
  let trainer: Page;
  let restarted: RunningServer | undefined;

  beforeAll(async () => {
    const { server } = app;
    const who = await createStaff(server, "btv-trac-nghiem", "demo", "trainer");
    const listed = await fetch(`${server.url}/api/events/demo/quizzes`, {
      headers: { cookie: await staffCookie(server, who) },
    });
    const { quizzes } = (await listed.json()) as { quizzes: StaffQuiz[] };
    const pre = quizzes.find((q) => q.title.startsWith("Kiểm tra đầu giờ"))!;
    trainerContext = await launchChromium();
    trainer = await firstPage(trainerContext);
    await trainer.goto(`${server.url}/staff/login`);
    await submitStaffLogin(trainer, who);
    await trainer.waitForURL(`${server.url}/staff`);
    await trainer.goto(`${server.url}/staff/e/demo/quizzes/${pre.id}/results`);
    await trainer.getByRole("heading", { level: 1, name: pre.title }).waitFor();
    expect(await trainer.getByTestId("submitted").textContent()).toBe("0");
    // Gone if the page were ever loaded again: the update must come through the live feed.
    await trainer.evaluate(() => {
      (window as unknown as { __sameLoad: boolean }).__sameLoad = true;
    });
  });
  afterAll(async () => {
    await trainerContext?.close();
    await restarted?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("gets feedback and the explanation after each answer of the practice quiz", async () => {
    const { page, server } = app;
    page.on("response", async (response) => {
      if (!response.url().includes("/api/")) return;
      responses.push(await response.text().catch(() => ""));
    });
    await signInWithInvite(page, server);
    await waitForServiceWorkerControl(page);
    await page.getByRole("link", { name: vi["agenda.quizzes"] }).click();
    await page.getByRole("link", { name: /Ôn tập/ }).click();
    await page.getByRole("button", { name: m.start }).click();
    await page.getByText("Câu 1/8").waitFor();
    // The first practice question: "Chỉ thị 19 … ngày nào?" — 24/01/2003 is right.
    await page.getByRole("radio", { name: "28/06/2014" }).check();
    await page.getByText(m.wrong, { exact: true }).waitFor();
    await page.getByRole("radio", { name: "24/01/2003" }).check();
    await page.getByText(m.right, { exact: true }).waitFor();
    await page.getByText(/^Giải thích: Chỉ thị 19 ngày 24\/01\/2003/).waitFor();
  });

  it("takes the graded pre-test with the server stopped, reloads, resumes on the same question and submits offline", async () => {
    const { page, server } = app;
    await page.goto(`${server.url}/e/demo/quizzes`);
    await page.getByRole("link", { name: /Kiểm tra đầu giờ/ }).click();
    await page.getByRole("button", { name: m.start }).click();
    await page.getByText("Câu 1/10").waitFor();
    await page.getByRole("radio", { name: firstGraded![2][0]![0] }).check();
    await page.getByRole("button", { name: m.next }).click();
    await page.getByText("Câu 2/10").waitFor();

    await server.stop();
    await page.reload();
    await page.getByText("Câu 2/10").waitFor();
    await page.getByRole("button", { name: m.previous }).click();
    await page.getByText("Câu 1/10").waitFor();
    expect(await page.getByRole("radio", { name: firstGraded![2][0]![0] }).isChecked()).toBe(true);
    for (let n = 1; n < 10; n++) await page.getByRole("button", { name: m.next }).click();
    await page.getByText("Câu 10/10").waitFor();
    await page.getByRole("radio", { name: "Đúng" }).check();
    await page.getByRole("button", { name: m.submit }).click();
    await page.getByText(m.confirmSubmit).waitFor();
    await page.getByRole("button", { name: m.submit }).click();
    await page.getByText(m.submittedWaiting).waitFor();
    await page.getByText(m.answerSaved).waitFor();
    const queued = await storedRows<{ kind: string }>(page, "outbox");
    expect(queued.map((e) => e.kind)).toEqual(["quiz.submit"]);
  });

  it("never has a graded key: not in IndexedDB, Cache Storage or any response captured", async () => {
    const stored = await deviceData(app.page);
    // The device does hold the graded quiz (its questions), only not its key.
    expect(stored).toContain(firstGraded![1]);
    expect(responses.join("\n")).toContain(firstGraded![1]);
    for (const [, , , explanation] of demoGradedDrafts) {
      expect(stored).not.toContain(explanation);
      for (const body of responses) expect(body).not.toContain(explanation);
    }
    // Every option with a key on the device belongs to the practice quiz.
    const quizzes = await storedRows<{ mode: string; questions: { options: object[] }[] }>(
      app.page,
      "quizzes",
    );
    const graded = quizzes.filter((q) => q.mode === "graded");
    expect(graded.length).toBe(2);
    for (const quiz of graded) {
      for (const q of quiz.questions)
        for (const o of q.options) expect(o).not.toHaveProperty("correct");
    }
  });

  it("sends the submission once the server is back; the trainer's open results page shows it without a reload", async () => {
    const { page, context } = app;
    restarted = await startServer({ dataDir, port });
    // The phone's network comes back (its `online` event), as in the hall.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.getByText(m.answerSent).waitFor({ timeout: 60_000 });
    await trainer.getByText(DEMO_ATTENDEE).waitFor({ timeout: 60_000 });
    expect(await trainer.getByTestId("submitted").textContent()).toBe("1");
    expect(
      await trainer.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad),
    ).toBe(true);
  });
});
