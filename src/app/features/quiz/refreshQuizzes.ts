import type { AttendeeQuiz } from "../../../shared/quiz.ts";
import { type AppDb, db as appDb } from "../../db/db.ts";
import { apiFetch } from "../../sync/api.ts";
import { recordServerTime } from "../../sync/clockOffset.ts";

// Its own small module, apart from quiz.repo.ts: the event sync (syncEvent.ts) runs it on
// every attendee's first load, and must not bring the quiz screens' code (outbox, ids) with it.

/**
 * Fetches the attendee's quizzes and keeps them on the device, in one transaction: the
 * event's quizzes are replaced, and local attempts the server has scored learn their result.
 * Offline this throws (NetworkError) and the device keeps what it had.
 */
export async function refreshQuizzes(slug: string, db: AppDb = appDb): Promise<void> {
  const sentAt = Date.now();
  const response = await apiFetch(`/api/events/${encodeURIComponent(slug)}/my-quizzes`);
  const body = (await response.json()) as { quizzes: AttendeeQuiz[]; serverTime: string };
  recordServerTime(body.serverTime, sentAt, Date.now());
  const event = await db.events.where("slug").equals(slug).first();
  if (!event) return;
  const savedAt = new Date().toISOString();
  await db.transaction("rw", db.quizzes, db.quizAttempts, async () => {
    await db.quizzes.where("eventId").equals(event.id).delete();
    await db.quizzes.bulkPut(body.quizzes.map((q) => ({ ...q, eventId: event.id, savedAt })));
    for (const quiz of body.quizzes) {
      for (const server of quiz.attempts) {
        const local = await db.quizAttempts.get(server.id);
        if (!local) continue;
        await db.quizAttempts.update(server.id, {
          state: "submitted",
          result: {
            attemptId: server.id,
            late: server.late,
            released: server.score !== null,
            score: server.score,
            maxScore: server.maxScore,
            answers:
              server.score === null
                ? null
                : server.answers.map((a) => ({
                    questionId: a.questionId,
                    correct: a.correct === true,
                  })),
          },
        });
      }
    }
  });
}
