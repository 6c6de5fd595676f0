import type { AttendeeQuiz } from "../../../shared/quiz.ts";
import type { LocalAttempt } from "../../db/db.ts";

/** What the quiz list shows for a quiz: khóa, đang mở, đang làm, đã nộp, đã chấm. */
export type QuizListState = "locked" | "open" | "doing" | "submitted" | "scored";

/**
 * Whether the quiz is open now on this device, by the server's time as the device knows it
 * (`serverMs`, from serverNow()). "after-checkin" opens once the attendee checked in to the
 * quiz's session on this phone (`checkedIn`), with no network needed.
 */
export function isOpenOnDevice(quiz: AttendeeQuiz, serverMs: number, checkedIn: boolean): boolean {
  if (quiz.closedAt && Date.parse(quiz.closedAt) <= serverMs) return false;
  switch (quiz.opens) {
    case "schedule":
      return (
        quiz.opensAt !== null &&
        quiz.closesAt !== null &&
        Date.parse(quiz.opensAt) <= serverMs &&
        serverMs < Date.parse(quiz.closesAt)
      );
    case "manual":
      return quiz.openedAt !== null;
    case "after-checkin":
      return checkedIn;
  }
}

/**
 * The attempts the attendee made (on the server or submitted from this device); one the
 * server refused (its op in `refused`) stored nothing and does not count.
 */
export function attemptsUsed(
  quiz: AttendeeQuiz,
  local: LocalAttempt[],
  refused: ReadonlySet<string> | ReadonlyMap<string, string> = new Set(),
): number {
  const ids = new Set(quiz.attempts.map((a) => a.id));
  for (const a of local) {
    if (a.state === "submitted" && !(a.opId && refused.has(a.opId))) ids.add(a.id);
  }
  return ids.size;
}

/** The list state of a quiz for this attendee. */
export function listState(
  quiz: AttendeeQuiz,
  local: LocalAttempt[],
  serverMs: number,
  checkedIn: boolean,
  refused: ReadonlySet<string> | ReadonlyMap<string, string> = new Set(),
): QuizListState {
  if (local.some((a) => a.state === "doing")) return "doing";
  const used = attemptsUsed(quiz, local, refused);
  const scored =
    quiz.attempts.some((a) => a.score !== null) ||
    local.some((a) => a.result?.score !== null && a.result?.score !== undefined);
  const open = isOpenOnDevice(quiz, serverMs, checkedIn);
  if (open && used < quiz.attemptsAllowed) return "open";
  if (scored) return "scored";
  if (used > 0) return "submitted";
  return "locked";
}

/**
 * Milliseconds left of an attempt's time limit, by the server's clock (device clock plus
 * its measured offset), so that a phone whose clock is wrong shows the right time; null
 * when the quiz has no limit. Never below 0.
 */
export function remainingMs(
  quiz: Pick<AttendeeQuiz, "timeLimitSec">,
  attempt: Pick<LocalAttempt, "startedServerMs">,
  serverMs: number,
): number | null {
  if (quiz.timeLimitSec === null) return null;
  return Math.max(0, attempt.startedServerMs + quiz.timeLimitSec * 1000 - serverMs);
}

/** "mm:ss" of a duration. */
export function clockText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** What the attendee sees of one answer: kept on the phone, sent to the server, scored. */
export type AnswerState = "saved" | "sent" | "scored";

/** The state of an attempt's answers, given whether its outbox entry is still waiting. */
export function answerState(attempt: LocalAttempt, outboxPending: boolean): AnswerState {
  if (attempt.result?.score !== null && attempt.result?.score !== undefined) return "scored";
  if (attempt.state === "submitted" && (!outboxPending || attempt.result)) return "sent";
  return "saved";
}
