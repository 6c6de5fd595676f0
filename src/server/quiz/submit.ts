import { and, asc, count, eq, inArray } from "drizzle-orm";
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
import { checkedInAmong } from "./checkedIn.ts";
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

/** What the device is told about an attempt (the same for a first send and a re-send). */
function resultOf(quiz: QuizRow, attempt: AttemptRow, answers: AnswerResults): QuizSubmitResult {
  const released = scoresShown(quiz);
  return {
    attemptId: attempt.id,
    late: attempt.late,
    released,
    score: released ? attempt.score : null,
    maxScore: released ? attempt.maxScore : null,
    answers: released ? answers : null,
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

type Submission = { payload: QuizSubmitPayload; ctx: OpContext };

/** Rows of these attempt ids, by id. */
async function storedAttempts(tx: Tx, ids: string[]): Promise<Map<string, AttemptRow>> {
  const rows = await tx.select().from(quizAttempts).where(inArray(quizAttempts.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The stored answers of these attempts, by attempt. */
async function storedAnswers(tx: Tx, attemptIds: string[]): Promise<Map<string, AnswerResults>> {
  const found = new Map<string, AnswerResults>(attemptIds.map((id) => [id, []]));
  if (attemptIds.length === 0) return found;
  const rows = await tx
    .select({
      attemptId: quizAnswers.attemptId,
      questionId: quizAnswers.questionId,
      correct: quizAnswers.correct,
    })
    .from(quizAnswers)
    .where(inArray(quizAnswers.attemptId, attemptIds));
  for (const { attemptId, ...answer } of rows) found.get(attemptId)!.push(answer);
  return found;
}

/** How many attempts each of `attendeeIds` has stored on the quiz. */
async function attemptCounts(
  tx: Tx,
  quizId: string,
  attendeeIds: string[],
): Promise<Map<string, number>> {
  const rows = await tx
    .select({ attendeeId: quizAttempts.attendeeId, n: count() })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.quizId, quizId), inArray(quizAttempts.attendeeId, attendeeIds)))
    .groupBy(quizAttempts.attendeeId);
  return new Map(rows.map((row) => [row.attendeeId, Number(row.n)]));
}

/** A submission's quiz id as the database gives it back (its uuid takes either case). */
const quizKey = (payload: { quizId: string }) => payload.quizId.toLowerCase();

/** What a batch of submissions reads before deciding: one read of each kind. */
interface Known {
  /** By quizKey. */
  quizzes: Map<string, QuizRow | undefined>;
  /** Attempts stored before the batch, by id. */
  stored: Map<string, AttemptRow>;
  /** By quiz: each submitting attendee's attempts so far (the batch's own added). */
  counts: Map<string, Map<string, number>>;
  /** By "after-checkin" quiz: the submitting attendees checked in to its session. */
  checkedIn: Map<string, Set<string>>;
}

/**
 * The quizzes, the stored attempts of these ids, each quiz's attempt counts of its
 * submitting attendees, and who of them is checked in where a quiz opens after check-in.
 * A batch is one event's ops (the route batches by kind and event), so quiz ids suffice.
 */
async function readKnown(tx: Tx, items: readonly Submission[]): Promise<Known> {
  const known: Known = {
    quizzes: new Map(),
    stored: await storedAttempts(tx, [...new Set(items.map((i) => i.payload.attemptId))]),
    counts: new Map(),
    checkedIn: new Map(),
  };
  for (const { payload, ctx } of items) {
    const key = quizKey(payload);
    if (known.quizzes.has(key)) continue;
    const quiz = await quizOf(tx, ctx.event.id, payload.quizId);
    known.quizzes.set(key, quiz);
    if (!quiz?.published) continue;
    const people = [
      ...new Set(
        items.filter((i) => quizKey(i.payload) === quiz.id).map((i) => i.payload.attendeeId),
      ),
    ];
    known.counts.set(quiz.id, await attemptCounts(tx, quiz.id, people));
    if (quiz.opens === "after-checkin" && quiz.sessionId !== null) {
      known.checkedIn.set(quiz.id, await checkedInAmong(tx, ctx.event.id, quiz.sessionId, people));
    }
  }
  return known;
}

/** Most answer rows in one INSERT: six parameters each, under the protocol's 65,535. */
const ANSWER_ROWS_PER_INSERT = 5000;

/**
 * Applies submissions in the order given, exactly as one by one — a later op sees what an
 * earlier one wrote (its attempt, its attempt number) — with a few reads for the whole
 * batch (readKnown), one insert of the attempts and one of their answers. The room's
 * phones submitting as a quiz closes are one group commit (issue 9): 300 attempts of 10
 * questions took 1.2–1.6 s one by one, five statements each.
 */
async function applySubmits(tx: Tx, items: readonly Submission[]): Promise<OpOutcome[]> {
  const known = await readKnown(tx, items);
  /** Attempts this batch writes, with their answers: a later re-send is told of them. */
  const written = new Map<string, { attempt: AttemptRow; answers: AnswerResults }>();
  const answerRows: (typeof quizAnswers.$inferInsert)[] = [];
  /** Ops re-sending an attempt stored before the batch: answered once its answers are read. */
  const resent = new Map<number, { quiz: QuizRow; attempt: AttemptRow }>();

  const decide = async (index: number, { payload, ctx }: Submission): Promise<OpOutcome> => {
    if (ctx.principal.kind !== "attendee" || payload.attendeeId !== ctx.principal.id) {
      return reject("not_your_attempt");
    }
    const quiz = known.quizzes.get(quizKey(payload));
    if (!quiz?.published) return reject("quiz_not_found");

    // The database's form of the id (its uuid type takes either case).
    const attemptId = payload.attemptId.toLowerCase();
    const earlier = written.get(attemptId);
    const existing = earlier?.attempt ?? known.stored.get(attemptId);
    if (existing) {
      if (existing.attendeeId !== payload.attendeeId || existing.quizId !== quiz.id) {
        return reject("not_your_attempt");
      }
      if (earlier) return { result: resultOf(quiz, earlier.attempt, earlier.answers) };
      resent.set(index, { quiz, attempt: existing });
      return { result: undefined }; // replaced below, once the stored answers are read
    }

    const startedAt = corrected(payload.startedAt, ctx);
    const submittedAt = corrected(payload.submittedAt, ctx);
    const state = quizStateAt(quiz, submittedAt);
    if (state !== "open") return reject(state === "closed" ? "quiz_closed" : "quiz_not_open");
    if (quizStateAt(quiz, startedAt) === "not_open") return reject("quiz_not_open");
    // Opened on the phone by the attendee's own check-in: the server holds it too, synced
    // earlier or earlier in this push (a push applies its ops in order, kind by kind).
    if (quiz.opens === "after-checkin" && !known.checkedIn.get(quiz.id)?.has(payload.attendeeId)) {
      return reject("not_checked_in");
    }

    const questions = await questionsOfQuiz(tx, quiz.id);
    const problem = answerProblem(questions, payload.answers);
    if (problem) return reject(problem);

    const counts = known.counts.get(quiz.id)!;
    const attemptNo = (counts.get(payload.attendeeId) ?? 0) + 1;
    if (attemptNo > quiz.attemptsAllowed) return reject("attempts_exhausted");
    counts.set(payload.attendeeId, attemptNo);

    const chosen = new Map(payload.answers.map((a) => [a.questionId, a.chosen]));
    const scored = scoreAttempt(questions, chosen);
    const late =
      quiz.timeLimitSec !== null &&
      submittedAt.getTime() - startedAt.getTime() > quiz.timeLimitSec * 1000 + LATE_GRACE_MS;
    const attempt: AttemptRow = {
      id: attemptId,
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
    };
    const perQuestion = new Map(scored.perQuestion.map((q) => [q.id, q]));
    // Only questions answered are stored; an unanswered one scores 0 (and counts so in stats).
    const rows = payload.answers.map((a) => ({
      attemptId: payload.attemptId,
      questionId: a.questionId,
      chosen: [...new Set(a.chosen)],
      points: perQuestion.get(a.questionId)!.points,
      correct: perQuestion.get(a.questionId)!.correct,
      answeredAt: corrected(a.answeredAt, ctx),
    }));
    const answers = rows.map((row) => ({ questionId: row.questionId, correct: row.correct }));
    written.set(attempt.id, { attempt, answers });
    answerRows.push(...rows);
    return {
      result: resultOf(quiz, attempt, answers),
      change: { topic: QUIZ_ATTEMPT_TOPIC, ids: [payload.attemptId] },
    };
  };

  const outcomes: OpOutcome[] = [];
  for (const [index, item] of items.entries()) outcomes.push(await decide(index, item));
  if (written.size > 0) {
    await tx.insert(quizAttempts).values([...written.values()].map((w) => w.attempt));
  }
  for (let i = 0; i < answerRows.length; i += ANSWER_ROWS_PER_INSERT) {
    await tx.insert(quizAnswers).values(answerRows.slice(i, i + ANSWER_ROWS_PER_INSERT));
  }
  const shown = await storedAnswers(
    tx,
    [...resent.values()].filter((r) => scoresShown(r.quiz)).map((r) => r.attempt.id),
  );
  for (const [index, { quiz, attempt }] of resent) {
    outcomes[index] = { result: resultOf(quiz, attempt, shown.get(attempt.id) ?? []) };
  }
  return outcomes;
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
  apply: async (tx, payload, ctx) => (await applySubmits(tx, [{ payload, ctx }]))[0]!,
  applyMany: applySubmits,
});

/** The attempts of one attendee on one quiz, oldest first (for the attendee's own view). */
export function attemptsOf(tx: Tx, quizId: string, attendeeId: string) {
  return tx
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.quizId, quizId), eq(quizAttempts.attendeeId, attendeeId)))
    .orderBy(asc(quizAttempts.attemptNo));
}
