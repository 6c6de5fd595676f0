import { eq } from "drizzle-orm";
import { createApp } from "../../../src/server/app.ts";
import { quizAttempts } from "../../../src/server/store/schema.ts";
import { sessionCookie, staffCookie } from "../../../src/server/testing/contentFixtures.ts";
import { answersFor, question, quizDoc } from "../../../src/server/testing/quizFixtures.ts";
import { jsonPost } from "../../../src/server/testing/testStore.ts";
import { newId } from "../../../src/shared/ids.ts";
import type { PushResponse } from "../../../src/shared/ops.ts";
import type { StaffQuiz } from "../../../src/shared/quiz.ts";
import { addAttendees, onEachEngine, timedFigure, withDemoStore } from "../lib/syncBench.ts";
import type { Benchmark, Figure } from "../lib/types.ts";

/** A large provincial training's room. */
const ROOM = 300;
const QUESTIONS = 10;
/** As long as the herd's p99 (DESIGN §9 has none for this): the room waits no longer. */
const BUDGET_MS = 2000;

/**
 * What the server meets when a quiz closes: every phone in the room sends its attempt at
 * once — 300 attendees, each signed in on their own, each pushing one "quiz.submit" op (10
 * questions) through POST /api/events/:slug/ops (app.request) — until the last answer is
 * parsed. The pushes meet in a few group commits; the kind scores and stores each attempt.
 */
async function measure(
  engine: "pglite" | "postgres",
  runs: number,
  room: number,
  log: (line: string) => void,
): Promise<Figure> {
  return withDemoStore(engine, async (store, event) => {
    const app = createApp(store, { version: "bench", publicUrl: "http://bench.test" });
    const trainer = await staffCookie(store, "trainer", event.slug);
    /** A quiz's questions, with ids of their own (a new quiz each time). */
    const questions = () =>
      Array.from({ length: QUESTIONS }, (_, i) =>
        question(`Câu hỏi ${i + 1} về Nghị định 30/2020/NĐ-CP`, ["A", "B", "C", "D"], [i % 4]),
      );
    const people = await addAttendees(store.db, event.id, room, "Văn phòng UBND tỉnh");
    const cookies: string[] = [];
    for (const person of people) {
      cookies.push(await sessionCookie(store, "attendee", { attendeeId: person.id }));
    }
    const roomCloses = async () => {
      // A new quiz each time: each attendee's first attempt, as when a quiz closes.
      const created = await app.request(
        `/api/events/${event.slug}/quizzes`,
        jsonPost(quizDoc(questions()), trainer),
      );
      const { quiz } = (await created.json()) as { quiz: StaffQuiz };
      await app.request(`/api/events/${event.slug}/quizzes/${quiz.id}/open`, jsonPost({}, trainer));
      const bodies = people.map((person, i) => {
        const payload = answersFor(
          quiz.id,
          person.id,
          quiz.questions,
          quiz.questions.map((_, q) => [(i + q) % 4]),
        );
        return JSON.stringify({
          deviceId: `may-${i}`,
          ops: [
            {
              id: newId(),
              kind: "quiz.submit",
              eventId: event.id,
              payload,
              createdAt: payload.submittedAt,
              clockOffsetMs: 0,
            },
          ],
        });
      });
      const started = performance.now();
      const answers = await Promise.all(
        bodies.map(async (body, i) => {
          const response = await app.request(`/api/events/${event.slug}/ops`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: cookies[i]! },
            body,
          });
          const answer = (await response.json()) as PushResponse;
          return response.ok && answer.results[0]?.status === "applied";
        }),
      );
      const ms = performance.now() - started;
      const applied = answers.filter(Boolean).length;
      const stored = await store.db
        .select({ id: quizAttempts.id })
        .from(quizAttempts)
        .where(eq(quizAttempts.quizId, quiz.id));
      if (applied !== room || stored.length !== room) {
        throw new Error(`quiz close: ${applied} applied, ${stored.length} stored of ${room}`);
      }
      return ms;
    };
    return await timedFigure(
      `quiz-sync-${engine}`,
      BUDGET_MS,
      runs,
      roomCloses,
      log,
      (_value) =>
        `${room} attendees, each signed in, each pushing one "quiz.submit" op (${QUESTIONS} questions) through POST /api/events/:slug/ops (app.request) at once, until the last answer is parsed`,
    );
  });
}

/** Issue 9 and 11: a room's quiz attempts arriving as the quiz closes, on both databases. */
const benchmark: Benchmark = {
  name: "quiz-sync",
  figures: ["quiz-sync-pglite", "quiz-sync-postgres"],
  defaultRuns: 5,
  needsBuild: false,
  async run(ctx) {
    const room = ctx.tiny ? 3 : ROOM;
    return onEachEngine("quiz-sync", (engine) => measure(engine, ctx.runs, room, ctx.log));
  },
};

export default benchmark;
