import { LATE_GRACE_MS } from "../../shared/quiz.ts";
import type { QuizRow } from "./rows.ts";

/**
 * Whether a quiz took submissions at an instant (the device's corrected time), by how it
 * opens. A grace of LATE_GRACE_MS on each edge absorbs device clock error. A quiz that opens
 * "after-checkin" is opened on the phone by the attendee's own check-in to the session
 * (offline): open here until the trainer closes it, and the submission checks that
 * attendee's check-in itself (submit.ts, `not_checked_in`).
 */
export function quizStateAt(
  quiz: Pick<QuizRow, "opens" | "opensAt" | "closesAt" | "openedAt" | "closedAt">,
  at: Date,
): "not_open" | "open" | "closed" {
  const t = at.getTime();
  if (quiz.closedAt && t > quiz.closedAt.getTime() + LATE_GRACE_MS) return "closed";
  if (quiz.opens === "schedule") {
    if (quiz.opensAt && t < quiz.opensAt.getTime() - LATE_GRACE_MS) return "not_open";
    if (quiz.closesAt && t > quiz.closesAt.getTime() + LATE_GRACE_MS) return "closed";
  }
  if (quiz.opens === "manual") {
    if (!quiz.openedAt || t < quiz.openedAt.getTime() - LATE_GRACE_MS) return "not_open";
  }
  return "open";
}
