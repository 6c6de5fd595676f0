import { eq } from "drizzle-orm";
import * as v from "valibot";
import { newId } from "../../shared/ids.ts";
import type { CreateQuizBody, QuizQuestion, QuizSubmitPayload } from "../../shared/quiz.ts";
import { quizSubmit } from "../quiz/submit.ts";
import type { Store } from "../store/db.ts";
import { events } from "../store/schema.ts";
import type { OpOutcome } from "../sync/opKind.ts";

/** A question with options `texts`, the ones at `correct` (indexes) right. */
export function question(
  text: string,
  texts: string[],
  correct: number[],
  kind: QuizQuestion["kind"] = correct.length > 1 ? "multiple" : "single",
  points = 1,
): QuizQuestion {
  return {
    id: newId(),
    kind,
    text,
    points,
    explanation: `Giải thích: ${text}`,
    options: texts.map((t, i) => ({ id: newId(), text: t, correct: correct.includes(i) })),
  };
}

/** A published quiz document, manual opening, with `questions`. */
export function quizDoc(
  questions: QuizQuestion[],
  over: Partial<CreateQuizBody> = {},
): CreateQuizBody {
  return {
    title: "Kiểm tra hiểu biết về thông tin đối ngoại",
    sessionId: null,
    mode: "graded",
    timeLimitSec: null,
    attemptsAllowed: 1,
    opens: "manual",
    opensAt: null,
    closesAt: null,
    release: "held",
    published: true,
    questions,
    ...over,
  };
}

/**
 * Applies one "quiz.submit" op the way the push route does: payload validated by the
 * kind's schema, `apply` inside one transaction, as the attendee `attendeeId`.
 */
export async function submitOp(
  store: Store,
  slug: string,
  attendeeId: string,
  payload: QuizSubmitPayload,
  opts: { clockOffsetMs?: number; opId?: string } = {},
): Promise<OpOutcome> {
  const [event] = await store.db.select().from(events).where(eq(events.slug, slug));
  const parsed = v.parse(quizSubmit.schema, payload);
  const createdAt = new Date(payload.submittedAt);
  const clockOffsetMs = opts.clockOffsetMs ?? 0;
  return store.db.transaction((tx) =>
    quizSubmit.apply(tx, parsed, {
      opId: opts.opId ?? newId(),
      event: event!,
      principal: { kind: "attendee", id: attendeeId, role: "attendee" },
      deviceId: "test-device",
      createdAt,
      clockOffsetMs,
      correctedAt: new Date(createdAt.getTime() + clockOffsetMs),
      receivedAt: new Date(),
    }),
  );
}

/** A submission answering `chosen[i]` (option indexes) to question i, timed from now. */
export function answersFor(
  quizId: string,
  attendeeId: string,
  questions: QuizQuestion[],
  chosen: number[][],
  { startedAt = new Date(), tookMs = 60_000 } = {},
): QuizSubmitPayload {
  const submittedAt = new Date(startedAt.getTime() + tookMs).toISOString();
  return {
    attemptId: newId(),
    quizId,
    attendeeId,
    startedAt: startedAt.toISOString(),
    submittedAt,
    answers: questions.map((q, i) => ({
      questionId: q.id,
      chosen: (chosen[i] ?? []).map((k) => q.options[k]!.id),
      answeredAt: submittedAt,
    })),
  };
}
