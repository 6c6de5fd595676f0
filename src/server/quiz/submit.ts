import { and, asc, count, eq } from "drizzle-orm";
import {
  LATE_GRACE_MS,
  QUIZ_ATTEMPT_TOPIC,
  type QuizRejection,
  QuizSubmitPayload,
  type QuizSubmitResult,
} from "../../shared/quiz.ts";
import { scoreAttempt } from "../../shared/scoring.ts";
import { quizAnswers, quizAttempts } from "../store/schema.ts";
import { defineOpKind, type OpContext, type OpOutcome, type Tx } from "../sync/opKind.ts";
import { oncePerTransaction } from "../sync/txCache.ts";
import { isCheckedIn } from "./checkedIn.ts";
import { quizStateAt } from "./opening.ts";
import {
  type AttemptRow,
  findQuiz,
  type QuestionRow,
  type QuizRow,
  questionsOf,
  scoresShown,
} from "./rows.ts";

const reject = (reason: QuizRejection): OpOutcome => ({ rejected: reason });

/** The device time of a payload field, corrected by the device's clock offset. */
const corrected = (iso: string, ctx: OpContext) => new Date(Date.parse(iso) + ctx.clockOffsetMs);

/**
 * The quiz and its questions, read once per push transaction: a room submitting the same
 * quiz after the network comes back is one group commit, one read of each. No op changes
 * a quiz.
 */
const quizOf = (tx: Tx, eventId: string, quizId: string) =>
  oncePerTransaction(tx, `quiz:${eventId}:${quizId}`, () => findQuiz(tx, eventId, quizId));
const questionsOfQuiz = (tx: Tx, quizId: string) =>
  oncePerTransaction(
    tx,
    `quiz-questions:${quizId}`,
    async () => (await questionsOf(tx, [quizId])).get(quizId)!,
  );

type AnswerResults = { questionId: string; correct: boolean }[];

/**
 * What the device is told about a stored attempt (the same for a first send and a re-send).
 * `answers`: the attempt's answers when the caller has them (just written), else read.
 */
async function resultOf(
  tx: Tx,
  quiz: QuizRow,
  attempt: AttemptRow,
  answers?: AnswerResults,
): Promise<QuizSubmitResult> {
  const released = scoresShown(quiz);
  const shown = !released
    ? null
    : (answers ??
      (await tx
        .select({ questionId: quizAnswers.questionId, correct: quizAnswers.correct })
        .from(quizAnswers)
        .where(eq(quizAnswers.attemptId, attempt.id))));
  return {
    attemptId: attempt.id,
    late: attempt.late,
    released,
    score: released ? attempt.score : null,
    maxScore: released ? attempt.maxScore : null,
    answers: shown,
  };
}

/** The first problem of the answers against the quiz's questions, if any. */
function answerProblem(
  questions: QuestionRow[],
  answers: QuizSubmitPayload["answers"],
): QuizRejection | null {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const optionOwner = new Map(questions.flatMap((q) => q.options.map((o) => [o.id, q.id])));
  const seen = new Set<string>();
  for (const answer of answers) {
    const question = byId.get(answer.questionId);
    if (!question) return "unknown_question";
    if (seen.has(answer.questionId)) return "duplicate_answer";
    seen.add(answer.questionId);
    if (answer.chosen.some((id) => optionOwner.get(id) !== question.id)) {
      return "option_of_another_question";
    }
    if (question.kind !== "multiple" && new Set(answer.chosen).size > 1) {
      return "several_options_on_single";
    }
  }
  return null;
}

/**
 * "quiz.submit": one finished attempt, sent by the attendee's phone through the outbox.
 * Only the server scores. Everything is checked before anything is written, so a refused
 * attempt leaves nothing behind; a re-sent attempt (same attempt id, any op id) answers
 * the stored result and changes nothing. Time past the limit plus LATE_GRACE_MS flags the
 * attempt late; it is kept and scored all the same. A quiz that opens after check-in takes
 * a submission only from an attendee the server knows as checked in to its session.
 */
export const quizSubmit = defineOpKind({
  schema: QuizSubmitPayload,
  allow: ["attendee"],
  async apply(tx, payload, ctx) {
    if (ctx.principal.kind !== "attendee" || payload.attendeeId !== ctx.principal.id) {
      return reject("not_your_attempt");
    }
    const quiz = await quizOf(tx, ctx.event.id, payload.quizId);
    if (!quiz?.published) return reject("quiz_not_found");

    const [existing] = await tx
      .select()
      .from(quizAttempts)
      .where(eq(quizAttempts.id, payload.attemptId));
    if (existing) {
      if (existing.attendeeId !== payload.attendeeId || existing.quizId !== quiz.id) {
        return reject("not_your_attempt");
      }
      return { result: await resultOf(tx, quiz, existing) };
    }

    const startedAt = corrected(payload.startedAt, ctx);
    const submittedAt = corrected(payload.submittedAt, ctx);
    const state = quizStateAt(quiz, submittedAt);
    if (state !== "open") return reject(state === "closed" ? "quiz_closed" : "quiz_not_open");
    if (quizStateAt(quiz, startedAt) === "not_open") return reject("quiz_not_open");
    // Opened on the phone by the attendee's own check-in: the server holds it too, synced
    // earlier or earlier in this push (a push applies its ops in order).
    if (
      quiz.opens === "after-checkin" &&
      (quiz.sessionId === null ||
        !(await isCheckedIn(tx, ctx.event.id, quiz.sessionId, payload.attendeeId)))
    ) {
      return reject("not_checked_in");
    }

    const questions = await questionsOfQuiz(tx, quiz.id);
    const problem = answerProblem(questions, payload.answers);
    if (problem) return reject(problem);

    const [done] = await tx
      .select({ n: count() })
      .from(quizAttempts)
      .where(
        and(eq(quizAttempts.quizId, quiz.id), eq(quizAttempts.attendeeId, payload.attendeeId)),
      );
    const attemptNo = Number(done?.n ?? 0) + 1;
    if (attemptNo > quiz.attemptsAllowed) return reject("attempts_exhausted");

    const chosen = new Map(payload.answers.map((a) => [a.questionId, a.chosen]));
    const scored = scoreAttempt(questions, chosen);
    const late =
      quiz.timeLimitSec !== null &&
      submittedAt.getTime() - startedAt.getTime() > quiz.timeLimitSec * 1000 + LATE_GRACE_MS;
    const [attempt] = await tx
      .insert(quizAttempts)
      .values({
        id: payload.attemptId,
        quizId: quiz.id,
        eventId: ctx.event.id,
        attendeeId: payload.attendeeId,
        attemptNo,
        opId: ctx.opId,
        startedAt,
        submittedAt,
        receivedAt: ctx.receivedAt,
        late,
        score: scored.score,
        maxScore: scored.maxScore,
      })
      .returning();
    const answeredAt = new Map(payload.answers.map((a) => [a.questionId, a.answeredAt]));
    const perQuestion = new Map(scored.perQuestion.map((q) => [q.id, q]));
    // Only questions answered are stored; an unanswered one scores 0 (and counts so in stats).
    const rows = payload.answers.map((a) => ({
      attemptId: payload.attemptId,
      questionId: a.questionId,
      chosen: [...new Set(a.chosen)],
      points: perQuestion.get(a.questionId)!.points,
      correct: perQuestion.get(a.questionId)!.correct,
      answeredAt: corrected(answeredAt.get(a.questionId)!, ctx),
    }));
    if (rows.length > 0) await tx.insert(quizAnswers).values(rows);
    return {
      result: await resultOf(
        tx,
        quiz,
        attempt!,
        rows.map((row) => ({ questionId: row.questionId, correct: row.correct })),
      ),
      change: { topic: QUIZ_ATTEMPT_TOPIC, ids: [payload.attemptId] },
    };
  },
});

/** The attempts of one attendee on one quiz, oldest first (for the attendee's own view). */
export function attemptsOf(tx: Tx, quizId: string, attendeeId: string) {
  return tx
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.quizId, quizId), eq(quizAttempts.attendeeId, attendeeId)))
    .orderBy(asc(quizAttempts.attemptNo));
}
