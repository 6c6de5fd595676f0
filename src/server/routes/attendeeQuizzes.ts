import { and, asc, eq, inArray } from "drizzle-orm";
import { Hono } from "hono";
import type { AttendeeQuiz } from "../../shared/quiz.ts";
import { requireEventRole } from "../auth/access.ts";
import type { AppEnv } from "../http/context.ts";
import { attendeeQuiz, questionsOf } from "../quiz/rows.ts";
import { quizAnswers, quizAttempts, quizzes } from "../store/schema.ts";

/**
 * GET /api/events/:slug/my-quizzes: the published quizzes of the event as the signed-in
 * attendee may see them (graded keys withheld until released: see rows.ts keysShown),
 * with the attendee's own attempts. Devices keep it for taking quizzes offline.
 */
export const attendeeQuizRoutes = new Hono<AppEnv>().get("/:slug/my-quizzes", async (c) => {
  const { event } = await requireEventRole(c, c.req.param("slug"), ["attendee"]);
  const attendeeId = c.var.attendee!.id;
  const db = c.var.store.db;
  const rows = await db
    .select()
    .from(quizzes)
    .where(
      and(eq(quizzes.eventId, event.id), eq(quizzes.deleted, false), eq(quizzes.published, true)),
    )
    .orderBy(asc(quizzes.createdAt), asc(quizzes.id));
  const ids = rows.map((r) => r.id);
  const questions = await questionsOf(db, ids);
  const attempts = ids.length
    ? await db
        .select()
        .from(quizAttempts)
        .where(and(inArray(quizAttempts.quizId, ids), eq(quizAttempts.attendeeId, attendeeId)))
        .orderBy(asc(quizAttempts.attemptNo))
    : [];
  const answers = attempts.length
    ? await db
        .select()
        .from(quizAnswers)
        .where(
          inArray(
            quizAnswers.attemptId,
            attempts.map((a) => a.id),
          ),
        )
    : [];
  const body: { quizzes: AttendeeQuiz[]; serverTime: string } = {
    quizzes: rows.map((row) =>
      attendeeQuiz(
        row,
        questions.get(row.id)!,
        attempts
          .filter((a) => a.quizId === row.id)
          .map((attempt) => ({
            attempt,
            answers: answers.filter((x) => x.attemptId === attempt.id),
          })),
      ),
    ),
    serverTime: new Date().toISOString(),
  };
  c.header("cache-control", "no-store");
  return c.json(body);
});
