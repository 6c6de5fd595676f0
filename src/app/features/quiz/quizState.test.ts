import { afterEach, describe, expect, it } from "vitest";
import type { AttendeeQuiz } from "../../../shared/quiz.ts";
import type { LocalAttempt } from "../../db/db.ts";
import { recordServerTime, serverNow } from "../../sync/clockOffset.ts";
import {
  answerState,
  attemptsUsed,
  clockText,
  isOpenOnDevice,
  listState,
  remainingMs,
} from "./quizState.ts";

const base: AttendeeQuiz = {
  id: "q",
  title: "Bài",
  sessionId: "s1",
  mode: "graded",
  timeLimitSec: 300,
  attemptsAllowed: 1,
  opens: "manual",
  opensAt: null,
  closesAt: null,
  openedAt: null,
  closedAt: null,
  keysShown: false,
  questions: [],
  attempts: [],
};
const attempt = (over: Partial<LocalAttempt> = {}): LocalAttempt => ({
  id: "t",
  quizId: "q",
  eventId: "e1",
  attendeeId: "a1",
  startedAt: "2015-06-26T01:00:00.000Z",
  startedServerMs: Date.parse("2015-06-26T01:00:00.000Z"),
  current: 0,
  answers: {},
  state: "doing",
  submittedAt: null,
  opId: null,
  result: null,
  ...over,
});
const T = Date.parse("2015-06-26T01:00:00.000Z");

describe("quiz state on the device", () => {
  afterEach(() => localStorage.clear());

  it("opens by schedule, by the trainer's button, or after check-in to the session", () => {
    const scheduled = {
      ...base,
      opens: "schedule" as const,
      opensAt: "2015-06-26T01:00:00.000Z",
      closesAt: "2015-06-26T02:00:00.000Z",
    };
    expect(isOpenOnDevice(scheduled, T - 1, false)).toBe(false);
    expect(isOpenOnDevice(scheduled, T, false)).toBe(true);
    expect(isOpenOnDevice(scheduled, T + 3600_000, false)).toBe(false);
    expect(isOpenOnDevice(base, T, false)).toBe(false);
    expect(isOpenOnDevice({ ...base, openedAt: "2015-06-26T00:00:00.000Z" }, T, false)).toBe(true);
    expect(
      isOpenOnDevice({ ...base, openedAt: "x", closedAt: "2015-06-26T00:30:00.000Z" }, T, false),
    ).toBe(false);
    const afterCheckin = { ...base, opens: "after-checkin" as const };
    expect(isOpenOnDevice(afterCheckin, T, false)).toBe(false);
    expect(isOpenOnDevice(afterCheckin, T, true)).toBe(true);
  });

  it("lists each state: khóa, đang mở, đang làm, đã nộp, đã chấm", () => {
    const open = { ...base, openedAt: "2015-06-26T00:00:00.000Z" };
    expect(listState(base, [], T, false)).toBe("locked");
    expect(listState(open, [], T, false)).toBe("open");
    expect(listState(open, [attempt()], T, false)).toBe("doing");
    expect(listState(open, [attempt({ state: "submitted" })], T, false)).toBe("submitted");
    const scored = attempt({
      state: "submitted",
      result: { attemptId: "t", late: false, released: true, score: 2, maxScore: 3, answers: [] },
    });
    expect(listState(open, [scored], T, false)).toBe("scored");
    expect(listState({ ...open, attemptsAllowed: 2 }, [scored], T, false)).toBe("open");
    // A submission the server refused stored nothing: the quiz is open again.
    const refused = attempt({ state: "submitted", opId: "op-1" });
    expect(listState(open, [refused], T, false, new Map([["op-1", "not_checked_in"]]))).toBe(
      "open",
    );
    expect(attemptsUsed(open, [refused], new Set(["op-2"]))).toBe(1);
  });

  it("counts the time limit down by the server's clock, whatever the device clock says", () => {
    // The device is 10 minutes slow: the server said it is 10 minutes later than the device thinks.
    const sentAt = Date.now();
    recordServerTime(new Date(sentAt + 600_000).toISOString(), sentAt, sentAt);
    const now = serverNow();
    expect(Math.abs(now - (Date.now() + 600_000))).toBeLessThan(1000);
    // Started 4 minutes ago by the server's clock: 1 minute of 5 left.
    const started = attempt({ startedServerMs: now - 240_000 });
    expect(remainingMs(base, started, now)).toBe(60_000);
    expect(clockText(remainingMs(base, started, now)!)).toBe("01:00");
    expect(remainingMs(base, started, now + 120_000)).toBe(0);
    expect(remainingMs({ timeLimitSec: null }, started, now)).toBeNull();
  });

  it("shows each answer as saved, sent or scored", () => {
    expect(answerState(attempt(), false)).toBe("saved");
    expect(answerState(attempt({ state: "submitted", opId: "o" }), true)).toBe("saved");
    expect(answerState(attempt({ state: "submitted", opId: "o" }), false)).toBe("sent");
    const result = {
      attemptId: "t",
      late: false,
      released: true,
      score: 1,
      maxScore: 3,
      answers: [],
    };
    expect(answerState(attempt({ state: "submitted", result }), false)).toBe("scored");
  });
});
