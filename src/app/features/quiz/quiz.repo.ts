import { newId } from "../../../shared/ids.ts";
import type { QuizSubmitPayload } from "../../../shared/quiz.ts";
import { type AppDb, db as appDb, type LocalAttempt, type StoredQuiz } from "../../db/db.ts";
import { serverNow } from "../../sync/clockOffset.ts";
import { enqueue } from "../../sync/enqueue.ts";
import { storedSessionLists } from "../checkin/sessionLists.ts";

/** What the quiz screens read of one event on the device. */
export interface QuizzesOnDevice {
  eventId: string;
  attendeeId: string | null;
  quizzes: StoredQuiz[];
  attempts: LocalAttempt[];
  /** Op ids still waiting in the outbox. */
  pendingOps: Set<string>;
  /** Op ids the server refused (parked in the outbox), with its reason. */
  refusedOps: Map<string, string>;
  /** Session ids the attendee checked in to on this device (self check-in with a session code). */
  checkedInSessions: Set<string>;
}

/** The quizzes of an event kept on the device, with the local attempts; null if no pack. */
export async function getQuizzes(slug: string, db: AppDb = appDb): Promise<QuizzesOnDevice | null> {
  const event = await db.events.where("slug").equals(slug).first();
  if (!event) return null;
  const pack = await db.packs.get(event.id);
  const quizzes = await db.quizzes.where("eventId").equals(event.id).toArray();
  const attempts = await db.quizAttempts.where("eventId").equals(event.id).toArray();
  const entries = await db.outbox.where("eventId").equals(event.id).toArray();
  const pending = entries.map((e) => e.id);
  const refused = new Map(
    entries.filter((e) => e.state === "parked").map((e) => [e.id, e.lastError ?? "rejected"]),
  );
  return {
    eventId: event.id,
    attendeeId: pack?.attendee?.id ?? null,
    quizzes,
    attempts,
    pendingOps: new Set(pending),
    refusedOps: refused,
    checkedInSessions: await checkedInSessions(slug, event.id, refused, db),
  };
}

/**
 * The sessions the attendee checked in to on this device: their own self check-ins, not
 * annulled and not refused by the server (a check-in's op id is its row id; `refused` are
 * the parked ones), pending or confirmed, mapped to sessions through the event's check-in
 * lists kept on the device (sessionLists.ts, refreshed at each sync).
 */
async function checkedInSessions(
  slug: string,
  eventId: string,
  refused: ReadonlyMap<string, string>,
  db: AppDb,
): Promise<Set<string>> {
  const rows = await db.checkins.where("eventId").equals(eventId).toArray();
  const counted = rows.filter((r) => r.method === "self" && !r.annulled && !refused.has(r.id));
  const own = new Set(counted.map((r) => r.listId));
  if (own.size === 0) return new Set();
  return new Set(
    storedSessionLists(slug)
      .filter((l) => own.has(l.id) && l.sessionId)
      .map((l) => l.sessionId!),
  );
}

/** The attempt in progress on a quiz, or a new one started now. */
export async function startOrResume(
  quiz: StoredQuiz,
  attendeeId: string,
  db: AppDb = appDb,
): Promise<LocalAttempt> {
  return db.transaction("rw", db.quizAttempts, async () => {
    const doing = (await db.quizAttempts.where("quizId").equals(quiz.id).toArray()).find(
      (a) => a.state === "doing",
    );
    if (doing) return doing;
    const attempt: LocalAttempt = {
      id: newId(),
      quizId: quiz.id,
      eventId: quiz.eventId,
      attendeeId,
      startedAt: new Date().toISOString(),
      startedServerMs: serverNow(),
      current: 0,
      answers: {},
      state: "doing",
      submittedAt: null,
      opId: null,
      result: null,
    };
    await db.quizAttempts.add(attempt);
    return attempt;
  });
}

/**
 * Saves one tap at once (strict durability, db.ts): the chosen options of a question. A
 * submitted attempt is not changed any more.
 */
export async function saveAnswer(
  attemptId: string,
  questionId: string,
  chosen: string[],
  db: AppDb = appDb,
): Promise<void> {
  await db.transaction("rw", db.quizAttempts, async () => {
    const attempt = await db.quizAttempts.get(attemptId);
    if (attempt?.state !== "doing") return;
    await db.quizAttempts.update(attemptId, {
      [`answers.${questionId}`]: { chosen, answeredAt: new Date().toISOString() },
    });
  });
}

/**
 * Moves the attempt `step` questions on (or back), within its `count` questions, and keeps
 * the place so that a reload resumes there. Relative and read in the same transaction:
 * quick taps on "next" each move one question on, even before the screen has caught up.
 */
export async function stepQuestion(
  attemptId: string,
  step: number,
  count: number,
  db: AppDb = appDb,
) {
  await db.transaction("rw", db.quizAttempts, async () => {
    const attempt = await db.quizAttempts.get(attemptId);
    if (!attempt) return;
    const current = Math.max(0, Math.min(count - 1, attempt.current + step));
    await db.quizAttempts.update(attemptId, { current });
  });
}

/**
 * Submits an attempt through the outbox: the attempt is marked submitted and its op queued
 * in one transaction, so both happen or neither. Offline it waits in the outbox; the
 * server scores it when it arrives (a re-send changes nothing).
 */
export async function submitAttempt(attemptId: string, db: AppDb = appDb): Promise<void> {
  await db.transaction("rw", db.quizAttempts, db.outbox, async (tx) => {
    const attempt = await db.quizAttempts.get(attemptId);
    if (attempt?.state !== "doing") return;
    const submittedAt = new Date().toISOString();
    const payload: QuizSubmitPayload = {
      attemptId: attempt.id,
      quizId: attempt.quizId,
      attendeeId: attempt.attendeeId,
      startedAt: attempt.startedAt,
      submittedAt,
      answers: Object.entries(attempt.answers).map(([questionId, a]) => ({
        questionId,
        chosen: a.chosen,
        answeredAt: a.answeredAt,
      })),
    };
    const entry = await enqueue(tx, { kind: "quiz.submit", eventId: attempt.eventId, payload });
    await db.quizAttempts.update(attemptId, { state: "submitted", submittedAt, opId: entry.id });
  });
}
