import { and, asc, count, eq, inArray } from "drizzle-orm";
import type {
  AttendeeAttempt,
  AttendeeQuestion,
  AttendeeQuiz,
  QuizQuestion,
  StaffQuiz,
} from "../../shared/quiz.ts";
import type { Db } from "../store/db.ts";
import { type quizAnswers, quizAttempts, quizQuestions, quizzes } from "../store/schema.ts";
import type { Tx } from "../sync/opKind.ts";

/** The database or a transaction of it: reads work in either. */
export type Reader = Db | Tx;

export type QuizRow = typeof quizzes.$inferSelect;
export type QuestionRow = typeof quizQuestions.$inferSelect;
export type AttemptRow = typeof quizAttempts.$inferSelect;
export type AnswerRow = typeof quizAnswers.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A live (not deleted) quiz of the event, or undefined. */
export async function findQuiz(
  tx: Reader,
  eventId: string,
  id: string,
): Promise<QuizRow | undefined> {
  const [row] = await tx
    .select()
    .from(quizzes)
    .where(and(eq(quizzes.id, id), eq(quizzes.eventId, eventId), eq(quizzes.deleted, false)));
  return row;
}

/** The questions of some quizzes, in order, grouped by quiz id. */
export async function questionsOf(
  tx: Reader,
  quizIds: string[],
): Promise<Map<string, QuestionRow[]>> {
  const byQuiz = new Map<string, QuestionRow[]>(quizIds.map((id) => [id, []]));
  if (quizIds.length === 0) return byQuiz;
  const rows = await tx
    .select()
    .from(quizQuestions)
    .where(inArray(quizQuestions.quizId, quizIds))
    .orderBy(asc(quizQuestions.position));
  for (const row of rows) byQuiz.get(row.quizId)?.push(row);
  return byQuiz;
}

/** Submitted attempts per quiz id. */
export async function attemptCounts(tx: Reader, quizIds: string[]): Promise<Map<string, number>> {
  if (quizIds.length === 0) return new Map();
  const rows = await tx
    .select({ quizId: quizAttempts.quizId, n: count() })
    .from(quizAttempts)
    .where(inArray(quizAttempts.quizId, quizIds))
    .groupBy(quizAttempts.quizId);
  return new Map(rows.map((r) => [r.quizId, Number(r.n)]));
}

/** A question row as the authoring schema has it. */
export function authoredQuestion(row: QuestionRow): QuizQuestion {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    options: row.options,
    points: row.points,
    explanation: row.explanation,
  };
}

/** A quiz as staff see it, keys included. */
export function staffQuiz(row: QuizRow, questions: QuestionRow[], attempts: number): StaffQuiz {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    sessionId: row.sessionId,
    mode: row.mode,
    timeLimitSec: row.timeLimitSec,
    attemptsAllowed: row.attemptsAllowed,
    opens: row.opens,
    opensAt: iso(row.opensAt),
    closesAt: iso(row.closesAt),
    release: row.release,
    published: row.published,
    openedAt: iso(row.openedAt),
    closedAt: iso(row.closedAt),
    releasedAt: iso(row.releasedAt),
    pairId: row.pairId,
    pairRole: row.pairRole,
    attempts,
    questions: questions.map(authoredQuestion),
  };
}

/**
 * True when an attendee may see the quiz's keys and explanations: practice quizzes always
 * (they ship with the pack for instant feedback), graded ones only once the trainer released
 * the results. Every attendee-facing answer goes through this one check.
 */
export function keysShown(row: QuizRow): boolean {
  return row.mode === "practice" || row.releasedAt !== null;
}

/** True when an attendee may see scores: practice, immediate release, or released. */
export function scoresShown(row: QuizRow): boolean {
  return keysShown(row) || row.release === "immediate";
}

/** A question as an attendee receives it: the key and explanation only when `withKey`. */
export function attendeeQuestion(row: QuestionRow, withKey: boolean): AttendeeQuestion {
  const question: AttendeeQuestion = {
    id: row.id,
    kind: row.kind,
    text: row.text,
    points: row.points,
    // Built field by field: a spread of the stored option would carry `correct` along.
    options: row.options.map((o) =>
      withKey ? { id: o.id, text: o.text, correct: o.correct } : { id: o.id, text: o.text },
    ),
  };
  if (withKey) question.explanation = row.explanation;
  return question;
}

/** One of the attendee's own attempts: score and right/wrong only when scores are shown. */
export function attendeeAttempt(
  quiz: QuizRow,
  attempt: AttemptRow,
  answers: AnswerRow[],
): AttendeeAttempt {
  const shown = scoresShown(quiz);
  return {
    id: attempt.id,
    submittedAt: attempt.submittedAt.toISOString(),
    late: attempt.late,
    score: shown ? attempt.score : null,
    maxScore: shown ? attempt.maxScore : null,
    answers: answers.map((a) => ({
      questionId: a.questionId,
      chosen: a.chosen,
      correct: shown ? a.correct : null,
    })),
  };
}

/** A quiz as an attendee receives it, with their own attempts. */
export function attendeeQuiz(
  row: QuizRow,
  questions: QuestionRow[],
  attempts: { attempt: AttemptRow; answers: AnswerRow[] }[],
): AttendeeQuiz {
  const withKey = keysShown(row);
  return {
    id: row.id,
    title: row.title,
    sessionId: row.sessionId,
    mode: row.mode,
    timeLimitSec: row.timeLimitSec,
    attemptsAllowed: row.attemptsAllowed,
    opens: row.opens,
    opensAt: iso(row.opensAt),
    closesAt: iso(row.closesAt),
    openedAt: iso(row.openedAt),
    closedAt: iso(row.closedAt),
    keysShown: withKey,
    questions: questions.map((q) => attendeeQuestion(q, withKey)),
    attempts: attempts.map((a) => attendeeAttempt(row, a.attempt, a.answers)),
  };
}
