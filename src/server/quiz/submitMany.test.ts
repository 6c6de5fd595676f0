import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../shared/ids.ts";
import type { QuizSubmitPayload, StaffQuiz } from "../../shared/quiz.ts";
import type { EventRow } from "../auth/access.ts";
import { createList } from "../checkin/lists.ts";
import { seedDemo } from "../demo/seed.ts";
import { events, quizAnswers, quizAttempts, sessions } from "../store/schema.ts";
import type { OpOutcome } from "../sync/opKind.ts";
import { applyOp, applyOps } from "../testing/applyOp.ts";
import { demoAttendees, staffCookie } from "../testing/contentFixtures.ts";
import { answersFor, question, quizDoc } from "../testing/quizFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";

/**
 * Issue 9 and 11: a room's submissions arriving together (one group commit) go through
 * "quiz.submit"'s applyMany — a few reads for the batch, one insert of attempts and one of
 * answers. It must decide every op exactly as the same ops applied one by one.
 */
describe.each(engines)("a batch of quiz submissions on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let demo: EventRow;
  let trainer: string;
  let people: Awaited<ReturnType<typeof demoAttendees>>;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    [demo] = (await t.store.db.select().from(events).where(eq(events.slug, "demo"))) as [EventRow];
    trainer = await staffCookie(t.store, "trainer", "demo");
    people = await demoAttendees(t.store);
  });
  afterAll(() => t.store.close());

  async function newQuiz(over: Parameters<typeof quizDoc>[1]) {
    const questions = [
      question("Quyết định 272 ban hành năm nào?", ["2013", "2015", "2017"], [1]),
      question("Ba trụ cột đối ngoại", ["Đảng", "Nhà nước", "Nhân dân", "Thương mại"], [0, 1, 2]),
    ];
    const response = await t.app.request(
      "/api/events/demo/quizzes",
      jsonPost(quizDoc(questions, over), trainer),
    );
    expect(response.status).toBe(201);
    const { quiz } = (await response.json()) as { quiz: StaffQuiz };
    if (quiz.opens === "manual") {
      await t.app.request(`/api/events/demo/quizzes/${quiz.id}/open`, jsonPost({}, trainer));
    }
    return { quiz, questions };
  }

  it("decides a room's submissions exactly as the same submissions one by one", async () => {
    const [a, b, c] = people.slice(0, 3).map((p) => p.id) as [string, string, string];
    const organiser = { kind: "staff" as const, id: newId(), role: "organiser" as const };
    const as = (attendeeId: string) => ({
      principal: { kind: "attendee" as const, id: attendeeId, role: "attendee" as const },
    });

    /** New quizzes, a check-in and a stored attempt, then the same ops: batched or not. */
    const run = async (batched: boolean) => {
      // Practice: scores and answers shown, so the results carry them; two attempts each.
      const practice = await newQuiz({ mode: "practice", attemptsAllowed: 2 });
      // Opens once the attendee is checked in to a session (one per run): a is, b is not.
      const all = await t.store.db.select().from(sessions).where(eq(sessions.eventId, demo.id));
      const session = all.at(batched ? -1 : -2)!;
      const gated = await newQuiz({
        opens: "after-checkin",
        sessionId: session.id,
        release: "immediate",
      });
      const list = await createList(t.store.db, demo.id, {
        kind: "session",
        sessionId: session.id,
        title: session.title,
        reentry: false,
      });
      const checkin = { listId: list.id, method: "manual", attendeeId: a, shown: "admitted" };
      await applyOp(t.store, demo, "checkin.scan", checkin, { principal: organiser });

      const submission = (
        quiz: typeof practice,
        attendeeId: string,
        chosen: number[][],
      ): QuizSubmitPayload => answersFor(quiz.quiz.id, attendeeId, quiz.questions, chosen);
      // Stored before the batch: b's first attempt, which the batch re-sends.
      const storedOne = submission(practice, b, [[0], [0, 1]]);
      await applyOp(t.store, demo, "quiz.submit", storedOne, as(b));

      const first = submission(practice, a, [[1], [0, 1, 2]]);
      const unknownQuestion = submission(practice, b, [[1]]);
      unknownQuestion.answers[0]!.questionId = newId();
      const ops = [
        { payload: first, opts: as(a) },
        // Re-sent in the same batch (the answer was lost): the same result, nothing new.
        { payload: first, opts: as(a) },
        { payload: submission(practice, a, [[2], [3]]), opts: as(a) },
        // A third attempt of two allowed.
        { payload: submission(practice, a, [[1], [0]]), opts: as(a) },
        // Someone else's attempt id, and an id in upper case for the stored attempt.
        { payload: { ...submission(practice, b, [[1]]), attemptId: first.attemptId }, opts: as(b) },
        { payload: { ...storedOne, attemptId: storedOne.attemptId.toUpperCase() }, opts: as(b) },
        { payload: unknownQuestion, opts: as(b) },
        // A second attempt, its quiz id in capitals (the database's uuid takes either case).
        {
          payload: {
            ...submission(practice, b, [[1], [0, 1, 2]]),
            quizId: practice.quiz.id.toUpperCase(),
          },
          opts: as(b),
        },
        { payload: submission(gated, a, [[1], [0]]), opts: as(a) },
        { payload: submission(gated, b, [[1], [0]]), opts: as(b) },
        // Sent for someone else, and for a quiz that does not exist.
        { payload: submission(practice, a, [[1]]), opts: as(c) },
        { payload: { ...submission(practice, c, [[1]]), quizId: newId() }, opts: as(c) },
      ];
      const outcomes: OpOutcome[] = [];
      if (batched) outcomes.push(...(await applyOps(t.store, demo, "quiz.submit", ops)));
      else {
        for (const o of ops) {
          outcomes.push(await applyOp(t.store, demo, "quiz.submit", o.payload, o.opts));
        }
      }

      // Ids differ from run to run: name each by its place in this run.
      const names = new Map<string, string>([
        [a, "a"],
        [b, "b"],
        [practice.quiz.id, "practice"],
        [gated.quiz.id, "gated"],
        ...ops.map(
          (o, i) => [o.payload.attemptId.toLowerCase(), `attempt ${i}`] as [string, string],
        ),
        ...[practice, gated].flatMap((quiz, q) =>
          quiz.questions.map((x, i) => [x.id, `question ${q}.${i}`] as [string, string]),
        ),
      ]);
      names.set(storedOne.attemptId, "stored attempt");
      names.set(first.attemptId, "first attempt");
      const named = (value: unknown) =>
        JSON.parse(
          JSON.stringify(value).replace(
            /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
            (id) => names.get(id.toLowerCase()) ?? "other id",
          ),
        );
      const attempts = await t.store.db
        .select()
        .from(quizAttempts)
        .where(inArray(quizAttempts.quizId, [practice.quiz.id, gated.quiz.id]));
      const answers = await t.store.db
        .select({ attemptId: quizAnswers.attemptId, questionId: quizAnswers.questionId })
        .from(quizAnswers)
        .where(
          inArray(
            quizAnswers.attemptId,
            attempts.map((row) => row.id),
          ),
        );
      return {
        outcomes: named(outcomes),
        attempts: named(
          attempts.map((r) => `${r.id} ${r.attendeeId} ${r.quizId} #${r.attemptNo} ${r.score}`),
        ).sort(),
        answers: named(answers.map((r) => `${r.attemptId} ${r.questionId}`)).sort(),
      };
    };
    const oneByOne = await run(false);
    const batch = await run(true);
    expect(batch).toEqual(oneByOne);
    // What both decided.
    expect(oneByOne.outcomes.map((o: OpOutcome) => ("rejected" in o ? o.rejected : "ok"))).toEqual([
      "ok",
      "ok",
      "ok",
      "attempts_exhausted",
      "not_your_attempt",
      "ok",
      "unknown_question",
      "ok",
      "ok",
      "not_checked_in",
      "not_your_attempt",
      "quiz_not_found",
    ]);
    expect(oneByOne.outcomes[1]).toEqual({ result: oneByOne.outcomes[0].result });
    expect(oneByOne.outcomes[5].result).toMatchObject({
      attemptId: "stored attempt",
      answers: [
        { questionId: "question 0.0", correct: false },
        { questionId: "question 0.1", correct: false },
      ],
    });
    expect(oneByOne.attempts).toEqual(
      [
        "first attempt a practice #1 2",
        "attempt 2 a practice #2 0",
        "stored attempt b practice #1 0.67",
        "attempt 7 b practice #2 2",
        "attempt 8 a gated #1 1.33",
      ].sort(),
    );
    expect(oneByOne.answers).toHaveLength(10);
  });
});
