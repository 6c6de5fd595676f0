import { eq } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import type { CreateQuizBody, QuizQuestion, QuizSubmitPayload } from "../../shared/quiz.ts";
import type { Store } from "../store/db.ts";
import { events } from "../store/schema.ts";
import type { OpOutcome } from "../sync/opKind.ts";
import { applyOp } from "./applyOp.ts";

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
 * Applies one "quiz.submit" op the way the push route does (testing/applyOp.ts), as the
 * attendee `attendeeId`, made at its submission time by the device's clock.
 */
export async function submitOp(
  store: Store,
  slug: string,
  attendeeId: string,
  payload: QuizSubmitPayload,
  opts: { clockOffsetMs?: number; opId?: string } = {},
): Promise<OpOutcome> {
  const [event] = await store.db.select().from(events).where(eq(events.slug, slug));
  return applyOp(store, event!, "quiz.submit", payload, {
    opId: opts.opId,
    device: "test-device",
    at: Date.parse(payload.submittedAt),
    offsetMs: opts.clockOffsetMs,
    principal: { kind: "attendee", id: attendeeId, role: "attendee" },
  });
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
