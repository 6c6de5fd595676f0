import { Hono } from "hono";
import * as v from "valibot";
import { isUuid } from "../../shared/ids.ts";
import { requireEventRole, STAFF } from "../auth/access.ts";
import { validate } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { attendeeCsv, questionCsv } from "../quiz/export.ts";
import { quizResults, resultsOverview } from "../quiz/results.ts";
import { findQuiz } from "../quiz/rows.ts";

const ResultsQuery = v.object({
  unit: v.optional(v.pipe(v.string(), v.maxLength(300))),
});
const ExportQuery = v.object({
  by: v.picklist(["attendee", "question"], "by must be attendee or question"),
  unit: v.optional(v.pipe(v.string(), v.maxLength(300))),
});

/** Results for the event's staff: one quiz (optionally one unit), its CSV, the overview. */
export const quizResultRoutes = new Hono<AppEnv>()
  .get("/:slug/quizzes/:id/results", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const { unit } = validate(ResultsQuery, c.req.query());
    const id = c.req.param("id");
    const db = c.var.store.db;
    const quiz = isUuid(id) ? await findQuiz(db, event.id, id) : undefined;
    if (!quiz) throw notFound("quiz");
    return c.json(await quizResults(db, quiz, unit ?? null));
  })
  .get("/:slug/quizzes/:id/export", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const { by, unit } = validate(ExportQuery, c.req.query());
    const id = c.req.param("id");
    const db = c.var.store.db;
    const quiz = isUuid(id) ? await findQuiz(db, event.id, id) : undefined;
    if (!quiz) throw notFound("quiz");
    const results = await quizResults(db, quiz, unit ?? null);
    const csv = by === "attendee" ? attendeeCsv(results) : questionCsv(results);
    return c.body(csv, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="ket-qua-${by === "attendee" ? "dai-bieu" : "cau-hoi"}.csv"`,
      "cache-control": "no-store",
    });
  })
  .get("/:slug/results", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    return c.json(await resultsOverview(c.var.store.db, event.id));
  });
