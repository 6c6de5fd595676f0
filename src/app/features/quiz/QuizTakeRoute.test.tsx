import { cleanup, fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { beforeEach, describe, expect, it } from "vitest";
import type { AttendeeQuiz } from "../../../shared/quiz.ts";
import { db } from "../../db/db.ts";
import {
  checkInOnThisPhone,
  setUpOfflineAttendeeScreen,
} from "../../testing/offlineAttendeeScreen.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { quizMessages } from "./messages.ts";
import QuizTakeRoute from "./QuizTakeRoute.tsx";

const m = quizMessages.vi;
const practice: AttendeeQuiz = {
  id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a02",
  title: "Ôn tập",
  sessionId: null,
  mode: "practice",
  timeLimitSec: null,
  attemptsAllowed: 3,
  opens: "manual",
  opensAt: null,
  closesAt: null,
  openedAt: "2015-06-26T01:00:00.000Z",
  closedAt: null,
  keysShown: true,
  questions: [
    {
      id: "q1",
      kind: "single",
      text: "Nền ngoại giao toàn diện, hiện đại có mấy trụ cột?",
      points: 1,
      explanation: "Ba trụ cột: đối ngoại đảng, ngoại giao nhà nước, đối ngoại nhân dân.",
      options: [
        { id: "q1-a", text: "Hai", correct: false },
        { id: "q1-b", text: "Ba", correct: true },
      ],
    },
    {
      id: "q2",
      kind: "truefalse",
      text: "Quyết định 272 ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại.",
      points: 1,
      explanation: "",
      options: [
        { id: "q2-a", text: "Đúng", correct: true },
        { id: "q2-b", text: "Sai", correct: false },
      ],
    },
  ],
  attempts: [],
};
const path = `/e/demo/quizzes/${practice.id}`;
const render = () => renderInApp(() => <QuizTakeRoute />, path, "/e/:slug/quizzes/:id");

/** A quiz of session s1 that opens once the attendee checks in to it, on the device. */
async function storeAfterCheckinQuiz() {
  const afterCheckin = { ...practice, opens: "after-checkin" as const, sessionId: "s1" };
  await db.quizzes.put({ ...afterCheckin, eventId: "e1", savedAt: "2015-06-26T01:00:00.000Z" });
  // The event's self check-in lists, as the event sync keeps them (sessionLists.ts).
  localStorage.setItem(
    "th.checkin-sessions:demo",
    JSON.stringify([{ id: "l1", kind: "session", sessionId: "s1", title: "Phiên 1" }]),
  );
}

describe("QuizTakeRoute", () => {
  setUpOfflineAttendeeScreen();
  beforeEach(async () => {
    await db.quizzes.put({ ...practice, eventId: "e1", savedAt: "2015-06-26T01:00:00.000Z" });
  });

  it("gives feedback and the explanation after each practice answer, saves each tap and resumes there", async () => {
    render();
    fireEvent.click(await screen.findByRole("button", { name: m.start }));
    await screen.findByText("Câu 1/2");
    fireEvent.click(screen.getByRole("radio", { name: "Hai" }));
    await screen.findByText(m.wrong);
    fireEvent.click(screen.getByRole("radio", { name: "Ba" }));
    await screen.findByText(m.right);
    screen.getByText(`Giải thích: ${practice.questions[0]!.explanation}`);
    await waitFor(async () => {
      const [attempt] = await db.quizAttempts.toArray();
      expect(attempt!.answers.q1!.chosen).toEqual(["q1-b"]);
    });
    fireEvent.click(screen.getByRole("button", { name: m.next }));
    await screen.findByText("Câu 2/2");
    fireEvent.click(screen.getByRole("radio", { name: "Sai" }));
    await waitFor(async () =>
      expect((await db.quizAttempts.toArray())[0]!.answers.q2).toBeDefined(),
    );

    // A reload: the screen comes back on question 2 with its answer chosen.
    cleanup();
    render();
    await screen.findByText("Câu 2/2");
    expect((screen.getByRole("radio", { name: "Sai" }) as HTMLInputElement).checked).toBe(true);
  });

  it("says before the start what the quiz is: practice or graded, questions, time and attempts", async () => {
    render();
    await screen.findByText("Ôn tập · 2 câu · không giới hạn thời gian · đã làm 0/3 lần");
    cleanup();
    await db.quizzes.put({
      ...practice,
      mode: "graded",
      timeLimitSec: 90,
      attemptsAllowed: 1,
      attempts: [
        {
          id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a09",
          submittedAt: "2015-06-26T01:01:00.000Z",
          late: false,
          score: null,
          maxScore: null,
          answers: [],
        },
      ],
      eventId: "e1",
      savedAt: "2015-06-26T01:00:00.000Z",
    });
    render();
    await screen.findByText("Tính điểm · 2 câu · làm trong 1 phút 30 giây · đã làm 1/1 lần");
    expect(screen.queryByRole("button", { name: m.start })).toBeNull();
  });

  it("submits through the outbox and says the answers are saved until sent", async () => {
    render();
    fireEvent.click(await screen.findByRole("button", { name: m.start }));
    fireEvent.click(await screen.findByRole("radio", { name: "Ba" }));
    fireEvent.click(screen.getByRole("button", { name: m.next }));
    fireEvent.click(await screen.findByRole("button", { name: m.submit }));
    await screen.findByText(m.confirmSubmit);
    expect(await db.outbox.count()).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: m.submit }));
    await screen.findByText(m.answerSaved);
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({
      kind: "quiz.submit",
      payload: { attendeeId: "a1", quizId: practice.id },
    });
    // The push engine (issue 9) takes the entry: the answers then show as sent.
    await db.outbox.clear();
    await screen.findByText(m.answerSent);
  });

  it("keeps an after-check-in quiz locked with a link to self check-in, and opens it once checked in on this phone", async () => {
    await storeAfterCheckinQuiz();
    try {
      render();
      await screen.findByText(m.checkinHint);
      expect(screen.getByRole("link", { name: m.checkinLink }).getAttribute("href")).toBe(
        "/e/demo/checkin",
      );
      expect(screen.queryByRole("button", { name: m.start })).toBeNull();
      // Checked in offline on the self check-in screen: the quiz opens by itself.
      await checkInOnThisPhone();
      await screen.findByRole("button", { name: m.start });
      expect(screen.queryByText(m.checkinHint)).toBeNull();
    } finally {
      localStorage.removeItem("th.checkin-sessions:demo");
    }
  });

  it("says in words why the server refused a submission, and lets the attendee take it again", async () => {
    await storeAfterCheckinQuiz();
    await checkInOnThisPhone();
    render();
    fireEvent.click(await screen.findByRole("button", { name: m.start }));
    fireEvent.click(await screen.findByRole("radio", { name: "Ba" }));
    fireEvent.click(screen.getByRole("button", { name: m.next }));
    fireEvent.click(await screen.findByRole("button", { name: m.submit }));
    fireEvent.click(await screen.findByRole("button", { name: m.submit }));
    await screen.findByText(m.answerSaved);
    // The push engine parks a refused op with the server's reason.
    const [entry] = await db.outbox.toArray();
    await db.outbox.update(entry!.id, { state: "parked", lastError: "not_checked_in" });
    await screen.findByText(m.refused.replace("{reason}", m["reason.not_checked_in"]));
    expect(screen.queryByText(m.submittedWaiting)).toBeNull();
    expect(screen.queryByText(m.answerSaved)).toBeNull();
    // Nothing was stored on the server: the attempt does not count.
    await screen.findByRole("button", { name: m.start });
    localStorage.removeItem("th.checkin-sessions:demo");
  });
});
