import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AttendeeQuiz } from "../../../shared/quiz.ts";
import { AppDb, type StoredQuiz } from "../../db/db.ts";
import { jsonResponse } from "../../testing/jsonResponse.ts";
import { testEvent } from "../../testing/packFixtures.ts";
import { getQuizzes, saveAnswer, startOrResume, stepQuestion, submitAttempt } from "./quiz.repo.ts";
import { refreshQuizzes } from "./refreshQuizzes.ts";

const quiz: AttendeeQuiz = {
  id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a01",
  title: "Kiểm tra đầu giờ",
  sessionId: null,
  mode: "graded",
  timeLimitSec: 600,
  attemptsAllowed: 1,
  opens: "manual",
  opensAt: null,
  closesAt: null,
  openedAt: "2015-06-26T01:00:00.000Z",
  closedAt: null,
  keysShown: false,
  questions: ["q1", "q2", "q3"].map((id) => ({
    id,
    kind: "single" as const,
    text: id,
    points: 1,
    options: [
      { id: `${id}-a`, text: "A" },
      { id: `${id}-b`, text: "B" },
    ],
  })),
  attempts: [],
};
const stored: StoredQuiz = { ...quiz, eventId: "e1", savedAt: "2015-06-26T01:00:00.000Z" };

describe("quiz attempts on the device", () => {
  let db: AppDb;
  beforeEach(async () => {
    db = new AppDb(`quiz-${Math.random()}`);
    await db.events.put(testEvent());
    await db.quizzes.put(stored);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    db.close();
    await db.delete();
  });

  it("moves one question per tap, even for taps faster than the screen", async () => {
    const attempt = await startOrResume(stored, "a1", db);
    const count = stored.questions.length;
    // Taps made before any of them is stored: each counts from where the last one left.
    await Promise.all([1, 2].map(() => stepQuestion(attempt.id, 1, count, db)));
    expect((await db.quizAttempts.get(attempt.id))?.current).toBe(2);
    // Past the last question it stays on the last one.
    await stepQuestion(attempt.id, 1, count, db);
    expect((await db.quizAttempts.get(attempt.id))?.current).toBe(count - 1);
    await stepQuestion(attempt.id, -10, count, db);
    expect((await db.quizAttempts.get(attempt.id))?.current).toBe(0);
  });

  it("resumes after a reload on the same question with the same answers", async () => {
    const attempt = await startOrResume(stored, "a1", db);
    await saveAnswer(attempt.id, "q1", ["q1-b"], db);
    await stepQuestion(attempt.id, 1, stored.questions.length, db);
    await saveAnswer(attempt.id, "q2", ["q2-a"], db);
    await saveAnswer(attempt.id, "q2", ["q2-b"], db);
    db.close();

    // A reload: a new connection to the same database.
    const reopened = new AppDb(db.name);
    const resumed = await startOrResume(stored, "a1", reopened);
    expect(resumed.id).toBe(attempt.id);
    expect(resumed.current).toBe(1);
    expect(
      Object.fromEntries(Object.entries(resumed.answers).map(([q, a]) => [q, a.chosen])),
    ).toEqual({
      q1: ["q1-b"],
      q2: ["q2-b"],
    });
    expect(resumed.startedServerMs).toBe(attempt.startedServerMs);
    reopened.close();
    db = new AppDb(db.name);
  });

  it("submits through the outbox in one transaction, and then keeps the answers as sent", async () => {
    const attempt = await startOrResume(stored, "a1", db);
    await saveAnswer(attempt.id, "q1", ["q1-a"], db);
    await submitAttempt(attempt.id, db);
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({
      kind: "quiz.submit",
      eventId: "e1",
      payload: {
        attemptId: attempt.id,
        quizId: quiz.id,
        attendeeId: "a1",
        answers: [{ questionId: "q1", chosen: ["q1-a"] }],
      },
    });
    const after = await db.quizAttempts.get(attempt.id);
    expect(after).toMatchObject({ state: "submitted", opId: entry!.id });
    // A tap after submission changes nothing; a second submit queues nothing.
    await saveAnswer(attempt.id, "q1", ["q1-b"], db);
    await submitAttempt(attempt.id, db);
    expect((await db.quizAttempts.get(attempt.id))!.answers.q1!.chosen).toEqual(["q1-a"]);
    expect(await db.outbox.count()).toBe(1);
    // A new start is a new attempt.
    expect((await startOrResume(stored, "a1", db)).id).not.toBe(attempt.id);
  });

  it("learns the score from a pull and replaces the event's quizzes with the server's", async () => {
    const attempt = await startOrResume(stored, "a1", db);
    await submitAttempt(attempt.id, db);
    const server: AttendeeQuiz = {
      ...quiz,
      attempts: [
        {
          id: attempt.id,
          submittedAt: "2015-06-26T01:05:00.000Z",
          late: false,
          score: 2,
          maxScore: 3,
          answers: [{ questionId: "q1", chosen: ["q1-a"], correct: true }],
        },
      ],
    };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse({ quizzes: [server], serverTime: new Date().toISOString() })),
    );
    await refreshQuizzes("demo", db);
    const onDevice = await getQuizzes("demo", db);
    expect(onDevice!.quizzes).toHaveLength(1);
    expect(onDevice!.attempts[0]!.result).toMatchObject({ score: 2, maxScore: 3, released: true });
    const { savedAt: _, ...kept } = onDevice!.quizzes[0]!;
    expect(kept).toEqual({ ...server, eventId: "e1" });
  });

  it("knows the sessions the attendee checked in to on this device, through the kept check-in lists", async () => {
    const row = {
      eventId: "e1",
      attendeeId: "a1",
      at: "2015-06-26T01:00:00.000Z",
      name: "",
      unit: "",
      annulReason: null,
    };
    await db.checkins.bulkAdd([
      { ...row, id: "c1", listId: "list-s1", method: "self", annulled: false },
      { ...row, id: "c2", listId: "list-s2", method: "scan", annulled: false },
      { ...row, id: "c3", listId: "list-s3", method: "self", annulled: true },
      { ...row, id: "c4", listId: "list-s4", method: "self", annulled: false },
    ]);
    // c4's code was refused by the server: its op is parked in the outbox.
    await db.outbox.add({
      id: "c4",
      kind: "checkin.self",
      eventId: "e1",
      payload: {},
      createdAt: "2015-06-26T01:00:00.000Z",
      clockOffsetMs: 0,
      attempts: 1,
      state: "parked",
      lastError: "bad_code",
    });
    // Lists never fetched on this device: a code scanned offline names no session yet.
    expect([...(await getQuizzes("demo", db))!.checkedInSessions]).toEqual([]);
    localStorage.setItem(
      "th.checkin-sessions:demo",
      JSON.stringify([
        { id: "list-s1", kind: "session", sessionId: "s1", title: "Phiên 1" },
        { id: "list-s2", kind: "session", sessionId: "s2", title: "Phiên 2" },
        { id: "list-s3", kind: "session", sessionId: "s3", title: "Phiên 3" },
        { id: "list-s4", kind: "session", sessionId: "s4", title: "Phiên 4" },
      ]),
    );
    try {
      // Only the attendee's own self check-in counts: not an annulled one, nor one refused.
      expect([...(await getQuizzes("demo", db))!.checkedInSessions]).toEqual(["s1"]);
    } finally {
      localStorage.clear();
    }
  });
});
