import { and, eq, inArray } from "drizzle-orm";
import type { CreateQuizBody, QuizQuestion } from "../../shared/quiz.ts";
import { ApiError } from "../http/errors.ts";
import { quizAttempts, quizQuestions, quizzes, sessions } from "../store/schema.ts";
import type { Tx } from "../sync/opKind.ts";
import type { QuizRow } from "./rows.ts";

/** Replaces a quiz's questions with `questions`, in that order. */
export async function writeQuestions(tx: Tx, quizId: string, questions: QuizQuestion[]) {
  await tx.delete(quizQuestions).where(eq(quizQuestions.quizId, quizId));
  if (questions.length === 0) return;
  await tx.insert(quizQuestions).values(
    questions.map((q, position) => ({
      quizId,
      id: q.id,
      position,
      kind: q.kind,
      text: q.text,
      options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
      points: q.points,
      explanation: q.explanation,
    })),
  );
}

/** The quiz's own columns from an authored document. */
export function quizColumns(body: CreateQuizBody) {
  return {
    title: body.title,
    sessionId: body.sessionId,
    mode: body.mode,
    timeLimitSec: body.timeLimitSec,
    attemptsAllowed: body.attemptsAllowed,
    opens: body.opens,
    opensAt: body.opensAt ? new Date(body.opensAt) : null,
    closesAt: body.closesAt ? new Date(body.closesAt) : null,
    release: body.release,
    published: body.published,
  };
}

/** 400 unless the session (if any) is a live session of the event. */
export async function checkSession(tx: Tx, eventId: string, sessionId: string | null) {
  if (!sessionId) return;
  const [row] = await tx
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(eq(sessions.id, sessionId), eq(sessions.eventId, eventId), eq(sessions.deleted, false)),
    );
  if (!row) throw new ApiError(400, "validation_failed", "sessionId: not a session of this event");
}

/**
 * 409 when a graded quiz (or its pre/post partner, which shares its questions) already has
 * answers: changing it would make earlier scores mean something else. Duplicate it instead.
 */
export async function refuseIfAnswered(tx: Tx, quiz: QuizRow) {
  const ids = [quiz.id];
  if (quiz.pairId) ids.push(quiz.pairId);
  const graded = await tx
    .select({ id: quizzes.id })
    .from(quizzes)
    .where(and(inArray(quizzes.id, ids), eq(quizzes.mode, "graded")));
  if (graded.length === 0) return;
  const [answered] = await tx
    .select({ id: quizAttempts.id })
    .from(quizAttempts)
    .where(
      inArray(
        quizAttempts.quizId,
        graded.map((g) => g.id),
      ),
    )
    .limit(1);
  if (answered) {
    throw new ApiError(
      409,
      "quiz_has_answers",
      "this graded quiz already has answers and cannot be changed; duplicate it and edit the copy",
    );
  }
}
