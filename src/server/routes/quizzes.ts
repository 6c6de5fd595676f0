import { and, asc, eq } from "drizzle-orm";
import type { Context } from "hono";
import { Hono } from "hono";
import { VersionQuery } from "../../shared/api.ts";
import { isUuid, newId } from "../../shared/ids.ts";
import { CreateQuizBody, type QuizQuestion, UpdateQuizBody } from "../../shared/quiz.ts";
import { requireEventRole, STAFF } from "../auth/access.ts";
import { conflict } from "../content/conflict.ts";
import { readJson, validate } from "../http/body.ts";
import { limitBody } from "../http/bodyLimit.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { previewTemplate, QuizTemplateError } from "../quiz/importTemplate.ts";
import {
  attemptCounts,
  authoredQuestion,
  findQuiz,
  type QuizRow,
  questionsOf,
  type Reader,
  staffQuiz,
} from "../quiz/rows.ts";
import { checkSession, quizColumns, refuseIfAnswered, writeQuestions } from "../quiz/write.ts";
import { quizzes, sessions } from "../store/schema.ts";
import type { Tx } from "../sync/opKind.ts";

const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

/** The `:id` of the route, or 404 when it cannot be an id. */
function quizId(c: Context<AppEnv>): string {
  const id = c.req.param("id") ?? "";
  if (!isUuid(id)) throw notFound("quiz");
  return id;
}

async function mustFind(tx: Reader, eventId: string, id: string): Promise<QuizRow> {
  const quiz = await findQuiz(tx, eventId, id);
  if (!quiz) throw notFound("quiz");
  return quiz;
}

/** The quiz as staff see it, freshly read. */
async function staffView(tx: Reader, quiz: QuizRow) {
  const questions = (await questionsOf(tx, [quiz.id])).get(quiz.id)!;
  const attempts = (await attemptCounts(tx, [quiz.id])).get(quiz.id) ?? 0;
  return staffQuiz(quiz, questions, attempts);
}

/** Sets some columns and bumps the quiz's version; returns the row as updated. */
async function setQuiz(tx: Tx, quiz: QuizRow, set: Partial<typeof quizzes.$inferInsert>) {
  const [row] = await tx
    .update(quizzes)
    .set({ ...set, version: quiz.version + 1 })
    .where(eq(quizzes.id, quiz.id))
    .returning();
  return row!;
}

/** Copies of questions with fresh ids (a duplicate is a quiz of its own). */
const freshIds = (questions: QuizQuestion[]): QuizQuestion[] =>
  questions.map((q) => ({
    ...q,
    id: newId(),
    options: q.options.map((o) => ({ ...o, id: newId() })),
  }));

/** The authored settings of a quiz, for a copy of it. */
function copiedColumns(row: QuizRow) {
  const {
    title,
    sessionId,
    mode,
    timeLimitSec,
    attemptsAllowed,
    opens,
    opensAt,
    closesAt,
    release,
  } = row;
  return {
    title,
    sessionId,
    mode,
    timeLimitSec,
    attemptsAllowed,
    opens,
    opensAt,
    closesAt,
    release,
  };
}

/**
 * The trainer's buttons: open (a "manual" quiz), close (any quiz: later submissions are
 * refused, allowing for clock error), release (graded keys and scores go to attendees).
 */
async function quizAction(
  c: Context<AppEnv>,
  set: (quiz: QuizRow) => Partial<typeof quizzes.$inferInsert>,
) {
  const { event } = await requireEventRole(c, c.req.param("slug") ?? "", STAFF);
  const id = quizId(c);
  const quiz = await c.var.store.db.transaction(async (tx) => {
    const current = await mustFind(tx, event.id, id);
    return staffView(tx, await setQuiz(tx, current, set(current)));
  });
  return c.json({ quiz });
}

const templateLimit = limitBody(
  MAX_TEMPLATE_BYTES,
  () => new ApiError(413, "payload_too_large", "a question template may have at most 2 MiB"),
);

/**
 * Quiz authoring under /api/events/:slug/quizzes (issue 11), for the event's trainers and
 * organisers (and admins). A quiz is saved as one document; a save carrying a stale version
 * is refused with 409; a graded quiz that has answers is not changed (409 quiz_has_answers).
 */
export const quizRoutes = new Hono<AppEnv>()
  .get("/:slug/quizzes", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const db = c.var.store.db;
    const rows = await db
      .select()
      .from(quizzes)
      .where(and(eq(quizzes.eventId, event.id), eq(quizzes.deleted, false)))
      .orderBy(asc(quizzes.createdAt), asc(quizzes.id));
    const ids = rows.map((r) => r.id);
    const questions = await questionsOf(db, ids);
    const counts = await attemptCounts(db, ids);
    const sessionRows = await db
      .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt })
      .from(sessions)
      .where(and(eq(sessions.eventId, event.id), eq(sessions.deleted, false)))
      .orderBy(asc(sessions.startsAt));
    return c.json({
      quizzes: rows.map((r) => staffQuiz(r, questions.get(r.id)!, counts.get(r.id) ?? 0)),
      sessions: sessionRows.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    });
  })
  .post("/:slug/quizzes", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const body = await readJson(c, CreateQuizBody);
    const quiz = await c.var.store.db.transaction(async (tx) => {
      await checkSession(tx, event.id, body.sessionId);
      const [row] = await tx
        .insert(quizzes)
        .values({ id: newId(), eventId: event.id, ...quizColumns(body) })
        .returning();
      await writeQuestions(tx, row!.id, body.questions);
      return staffView(tx, row!);
    });
    return c.json({ quiz }, 201);
  })
  // Declared before /:id so that "import" is not taken for an id. Writes nothing.
  .post("/:slug/quizzes/import", templateLimit, async (c) => {
    await requireEventRole(c, c.req.param("slug"), STAFF);
    try {
      return c.json(await previewTemplate(new Uint8Array(await c.req.arrayBuffer())));
    } catch (error) {
      if (error instanceof QuizTemplateError) {
        throw new ApiError(400, "not_a_quiz_template", error.message);
      }
      throw error;
    }
  })
  .get("/:slug/quizzes/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const db = c.var.store.db;
    return c.json({ quiz: await staffView(db, await mustFind(db, event.id, quizId(c))) });
  })
  .put("/:slug/quizzes/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const id = quizId(c);
    const { version, ...body } = await readJson(c, UpdateQuizBody);
    const quiz = await c.var.store.db.transaction(async (tx) => {
      const current = await mustFind(tx, event.id, id);
      if (current.version !== version) throw conflict("quiz", current.version, version);
      await refuseIfAnswered(tx, current);
      await checkSession(tx, event.id, body.sessionId);
      const row = await setQuiz(tx, current, quizColumns(body));
      await writeQuestions(tx, id, body.questions);
      // A pre/post pair keeps the same questions: the partner gets them too.
      if (current.pairId) await writeQuestions(tx, current.pairId, body.questions);
      return staffView(tx, row);
    });
    return c.json({ quiz });
  })
  .delete("/:slug/quizzes/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const id = quizId(c);
    const { version } = validate(VersionQuery, c.req.query());
    await c.var.store.db.transaction(async (tx) => {
      const current = await mustFind(tx, event.id, id);
      if (current.version !== version) throw conflict("quiz", current.version, version);
      // Soft: its attempts stay for the results already exported or reported.
      await setQuiz(tx, current, { deleted: true, published: false });
    });
    return c.body(null, 204);
  })
  .post("/:slug/quizzes/:id/duplicate", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const id = quizId(c);
    const quiz = await c.var.store.db.transaction(async (tx) => {
      const source = await mustFind(tx, event.id, id);
      const questions = (await questionsOf(tx, [id])).get(id)!.map(authoredQuestion);
      const [row] = await tx
        .insert(quizzes)
        .values({
          ...copiedColumns(source),
          id: newId(),
          eventId: event.id,
          title: `${source.title} (bản sao)`.slice(0, 300),
          published: false,
        })
        .returning();
      await writeQuestions(tx, row!.id, freshIds(questions));
      return staffView(tx, row!);
    });
    return c.json({ quiz }, 201);
  })
  // Pre/post: makes the post-test of a quiz, with the same questions (same ids, so that
  // answers compare question by question), unpublished until the trainer publishes it.
  .post("/:slug/quizzes/:id/pair", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const id = quizId(c);
    const quiz = await c.var.store.db.transaction(async (tx) => {
      const pre = await mustFind(tx, event.id, id);
      if (pre.pairId) {
        throw new ApiError(
          409,
          "quiz_already_paired",
          "this quiz already has its pre/post partner",
        );
      }
      const questions = (await questionsOf(tx, [id])).get(id)!.map(authoredQuestion);
      const postId = newId();
      const [post] = await tx
        .insert(quizzes)
        .values({
          ...copiedColumns(pre),
          id: postId,
          eventId: event.id,
          title: `${pre.title} (sau)`,
          published: false,
          opens: pre.opens === "schedule" ? "manual" : pre.opens,
          opensAt: null,
          closesAt: null,
          pairId: pre.id,
          pairRole: "post",
        })
        .returning();
      await setQuiz(tx, pre, { pairId: postId, pairRole: "pre" });
      await writeQuestions(tx, postId, questions);
      return staffView(tx, post!);
    });
    return c.json({ quiz }, 201);
  })
  .post("/:slug/quizzes/:id/open", (c) =>
    quizAction(c, () => ({ openedAt: new Date(), closedAt: null })),
  )
  .post("/:slug/quizzes/:id/close", (c) => quizAction(c, () => ({ closedAt: new Date() })))
  .post("/:slug/quizzes/:id/release", (c) =>
    quizAction(c, (quiz) => ({ releasedAt: quiz.releasedAt ?? new Date() })),
  );
