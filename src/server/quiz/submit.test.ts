import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../shared/ids.ts";
import {
  type AttendeeQuiz,
  LATE_GRACE_MS,
  type QuizSubmitResult,
  type StaffQuiz,
} from "../../shared/quiz.ts";
import type { QuizResults } from "../../shared/quizResults.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, quizAnswers, quizAttempts } from "../store/schema.ts";
import { attendeeCookie, demoAttendees, staffCookie } from "../testing/contentFixtures.ts";
import { answersFor, question, quizDoc, submitOp } from "../testing/quizFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("submitting quizzes on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let trainer: string;
  let people: Awaited<ReturnType<typeof demoAttendees>>;

  const questions = [
    question("Quyết định 272 ban hành năm nào?", ["2013", "2015", "2017"], [1]),
    question(
      "Ba trụ cột đối ngoại",
      ["Đối ngoại Đảng", "Ngoại giao Nhà nước", "Đối ngoại nhân dân", "Thương mại"],
      [0, 1, 2],
    ),
    question("Nghị quyết 22 nói về hội nhập quốc tế", ["Đúng", "Sai"], [0], "truefalse"),
  ];
  const EXPLANATION = questions[0]!.explanation;

  async function newQuiz(over: Parameters<typeof quizDoc>[1] = {}) {
    const res = await t.app.request(
      "/api/events/demo/quizzes",
      jsonPost(quizDoc(questions, over), trainer),
    );
    const { quiz } = (await res.json()) as { quiz: StaffQuiz };
    if (quiz.opens === "manual") {
      await t.app.request(`/api/events/demo/quizzes/${quiz.id}/open`, jsonPost({}, trainer));
    }
    return quiz;
  }
  const attempts = async () =>
    Number((await t.store.db.select({ n: count() }).from(quizAttempts))[0]!.n);
  const answersStored = async () =>
    Number((await t.store.db.select({ n: count() }).from(quizAnswers))[0]!.n);

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    trainer = await staffCookie(t.store, "trainer", "demo");
    people = await demoAttendees(t.store);
  });
  afterAll(() => t.store.close());

  it("scores a submission on the server, keeps a re-sent attempt as a no-op and refuses attempts beyond the allowed count", async () => {
    const quiz = await newQuiz({ release: "immediate" });
    const me = people[0]!.id;
    const payload = answersFor(quiz.id, me, questions, [[1], [0, 1, 3], [0]]);
    const first = await submitOp(t.store, "demo", me, payload);
    expect(first).toMatchObject({ change: { topic: "quiz-attempt", ids: [payload.attemptId] } });
    const result = (first as { result: QuizSubmitResult }).result;
    // 1 + (2 right − 1 wrong)/3 + 1, rounded to hundredths.
    expect(result).toMatchObject({ released: true, score: 2.33, maxScore: 3, late: false });
    const stored = await attempts();

    // The same attempt again, in another op (another push): same answer, nothing new, no change.
    const again = await submitOp(t.store, "demo", me, payload);
    expect(again).toEqual({ result });
    expect(await attempts()).toBe(stored);

    const second = await submitOp(
      t.store,
      "demo",
      me,
      answersFor(quiz.id, me, questions, [[1], [0], [0]]),
    );
    expect(second).toEqual({ rejected: "attempts_exhausted" });
    expect(await attempts()).toBe(stored);
  });

  it("allows as many attempts as the trainer set, and no more", async () => {
    const quiz = await newQuiz({ attemptsAllowed: 2 });
    const me = people[1]!.id;
    for (let i = 0; i < 2; i++) {
      expect(
        await submitOp(t.store, "demo", me, answersFor(quiz.id, me, questions, [[0]])),
      ).not.toHaveProperty("rejected");
    }
    expect(await submitOp(t.store, "demo", me, answersFor(quiz.id, me, questions, [[0]]))).toEqual({
      rejected: "attempts_exhausted",
    });
  });

  it("flags an attempt past the time limit plus grace as late, keeps and scores it; a corrected clock is not late", async () => {
    const quiz = await newQuiz({ timeLimitSec: 300, release: "immediate" });
    const limit = 300_000;
    const late = await submitOp(
      t.store,
      "demo",
      people[2]!.id,
      answersFor(quiz.id, people[2]!.id, questions, [[1], [0, 1, 2], [0]], {
        tookMs: limit + LATE_GRACE_MS + 1000,
      }),
    );
    expect((late as { result: QuizSubmitResult }).result).toMatchObject({ late: true, score: 3 });
    const onTime = await submitOp(
      t.store,
      "demo",
      people[3]!.id,
      answersFor(quiz.id, people[3]!.id, questions, [[1]], {
        tookMs: limit + LATE_GRACE_MS - 1000,
      }),
      // A phone ten minutes slow: its times are shifted alike, the duration is what counts.
      { clockOffsetMs: 600_000 },
    );
    expect((onTime as { result: QuizSubmitResult }).result).toMatchObject({
      late: false,
      score: 1,
    });
  });

  it("rejects bad submissions with a clear reason and saves nothing of them", async () => {
    const quiz = await newQuiz();
    const other = await newQuiz({ title: "Bài khác" });
    const me = people[4]!.id;
    const valid = () => answersFor(quiz.id, me, questions, [[1], [0], [0]]);
    const before = [await attempts(), await answersStored()];
    const cases: [string, ReturnType<typeof valid>, string][] = [
      [
        "unknown question",
        {
          ...valid(),
          answers: [{ questionId: newId(), chosen: [], answeredAt: new Date().toISOString() }],
        },
        "unknown_question",
      ],
      [
        "an option of another question",
        {
          ...valid(),
          answers: [{ ...valid().answers[0]!, chosen: [questions[1]!.options[0]!.id] }],
        },
        "option_of_another_question",
      ],
      [
        "several options on single choice",
        {
          ...valid(),
          answers: [
            { ...valid().answers[0]!, chosen: questions[0]!.options.slice(0, 2).map((o) => o.id) },
          ],
        },
        "several_options_on_single",
      ],
      ["another attendee's attempt", { ...valid(), attendeeId: people[5]!.id }, "not_your_attempt"],
      ["a quiz that does not exist", { ...valid(), quizId: newId() }, "quiz_not_found"],
      [
        "the same question twice",
        { ...valid(), answers: [valid().answers[0]!, valid().answers[0]!] },
        "duplicate_answer",
      ],
    ];
    for (const [, payload, reason] of cases) {
      expect(await submitOp(t.store, "demo", me, payload)).toEqual({ rejected: reason });
    }
    // Closed by the trainer: refused (allowing for clock error), as is a manual quiz never opened.
    await t.app.request(`/api/events/demo/quizzes/${other.id}/close`, jsonPost({}, trainer));
    const later = new Date(Date.now() + 2 * LATE_GRACE_MS);
    expect(
      await submitOp(
        t.store,
        "demo",
        me,
        answersFor(other.id, me, questions, [[1]], { startedAt: later }),
      ),
    ).toEqual({ rejected: "quiz_closed" });
    const locked = await (
      await t.app.request(
        "/api/events/demo/quizzes",
        jsonPost(quizDoc(questions, { title: "Chưa mở" }), trainer),
      )
    ).json();
    const lockedId = (locked as { quiz: StaffQuiz }).quiz.id;
    expect(await submitOp(t.store, "demo", me, answersFor(lockedId, me, questions, [[1]]))).toEqual(
      {
        rejected: "quiz_not_open",
      },
    );
    const scheduled = await newQuiz({
      opens: "schedule",
      opensAt: new Date(Date.now() + 3600_000).toISOString(),
      closesAt: new Date(Date.now() + 7200_000).toISOString(),
    });
    expect(
      await submitOp(t.store, "demo", me, answersFor(scheduled.id, me, questions, [[1]])),
    ).toEqual({
      rejected: "quiz_not_open",
    });
    expect([await attempts(), await answersStored()]).toEqual(before);
  });

  it("keeps graded keys, explanations and held scores out of every attendee response until release", async () => {
    const quiz = await newQuiz({ title: "Bài giữ kết quả" });
    const cookie = await attendeeCookie(t, "demo");
    const mine = async () => {
      const res = await t.app.request("/api/events/demo/my-quizzes", { headers: { cookie } });
      expect(res.status).toBe(200);
      return res.text();
    };
    const [me] = await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.name, "Nguyễn Văn Thử"));
    const outcome = (await submitOp(
      t.store,
      "demo",
      me!.id,
      answersFor(quiz.id, me!.id, questions, [[1], [0, 1, 2], [1]]),
    )) as {
      result: QuizSubmitResult;
    };
    // Held: the device learns it was received, not its score.
    expect(outcome.result).toMatchObject({ released: false, score: null, answers: null });
    const practice = await newQuiz({ title: "Bài ôn tập", mode: "practice" });

    const heldText = await mine();
    const held = (JSON.parse(heldText) as { quizzes: AttendeeQuiz[] }).quizzes;
    const graded = held.find((q) => q.id === quiz.id)!;
    expect(graded.keysShown).toBe(false);
    // Read as text: no key under any name, no explanation, no score of a graded quiz.
    const gradedText = JSON.stringify(graded);
    expect(gradedText).not.toContain('"correct":true');
    expect(gradedText).not.toContain('"correct":false');
    expect(gradedText).not.toContain(EXPLANATION);
    expect(graded.attempts[0]).toMatchObject({ score: null, maxScore: null });
    // The practice quiz ships its keys and explanations for feedback on the phone.
    const practiceQuiz = held.find((q) => q.id === practice.id)!;
    expect(practiceQuiz.questions[0]!.options.map((o) => o.correct)).toEqual([false, true, false]);
    expect(practiceQuiz.questions[0]!.explanation).toBe(EXPLANATION);
    // Nothing else in the answer carries a key: every true/false `correct` is a practice quiz's.
    const keys = (text: string) => text.match(/"correct":(true|false)/g)?.length ?? 0;
    const practiceKeys = held
      .filter((q) => q.mode === "practice")
      .reduce((n, q) => n + keys(JSON.stringify(q)), 0);
    expect(keys(JSON.stringify(practiceQuiz))).toBeGreaterThan(0);
    expect(keys(heldText)).toBe(practiceKeys);

    expect(
      (await t.app.request(`/api/events/demo/quizzes/${quiz.id}/release`, jsonPost({}, trainer)))
        .status,
    ).toBe(200);
    const released = (JSON.parse(await mine()) as { quizzes: AttendeeQuiz[] }).quizzes.find(
      (q) => q.id === quiz.id,
    )!;
    expect(released.keysShown).toBe(true);
    expect(released.questions[1]!.options.map((o) => o.correct)).toEqual([true, true, true, false]);
    expect(released.attempts[0]).toMatchObject({ score: 2, maxScore: 3 });
    expect(released.attempts[0]!.answers.map((a) => a.correct)).toEqual([true, true, false]);
    // A re-send after release now answers the score.
    const resent = (await submitOp(t.store, "demo", me!.id, {
      ...answersFor(quiz.id, me!.id, questions, []),
      attemptId: outcome.result.attemptId,
    })) as { result: QuizSubmitResult };
    expect(resent.result).toMatchObject({ released: true, score: 2 });
  });

  it("answers results with participation, statistics and a unit filter, and exports CSV with a BOM", async () => {
    const quiz = await newQuiz({ title: "Bài thống kê" });
    const [a, b] = [people[6]!, people[7]!];
    await submitOp(
      t.store,
      "demo",
      a.id,
      answersFor(quiz.id, a.id, questions, [[1], [0, 1, 2], [0]]),
    );
    await submitOp(t.store, "demo", b.id, answersFor(quiz.id, b.id, questions, [[0], [3], [0]]));
    const res = await t.app.request(`/api/events/demo/quizzes/${quiz.id}/results`, {
      headers: { cookie: trainer },
    });
    const results = (await res.json()) as QuizResults;
    expect(results.participation).toMatchObject({ submitted: 2, roster: people.length + 1 });
    expect(results.mean).toBe(2);
    expect(results.questions[0]).toMatchObject({
      correctRate: 0.5,
      mostChosenWrong: { text: "2013", count: 1 },
    });
    expect(results.attendees.map((x) => x.name).sort()).toEqual([a.name, b.name].sort());

    const unit = a.unit;
    const filtered = (await (
      await t.app.request(
        `/api/events/demo/quizzes/${quiz.id}/results?unit=${encodeURIComponent(unit)}`,
        {
          headers: { cookie: trainer },
        },
      )
    ).json()) as QuizResults;
    expect(filtered.attendees.every((x) => x.unit === unit)).toBe(true);
    const ofUnit = await t.store.db.select().from(attendees).where(eq(attendees.unit, unit));
    expect(filtered.participation.roster).toBe(ofUnit.length);

    const csv = await t.app.request(`/api/events/demo/quizzes/${quiz.id}/export?by=attendee`, {
      headers: { cookie: trainer },
    });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith("\uFEFFHọ và tên,Đơn vị,Điểm")).toBe(true);
    expect(text).toContain(a.name);
  });
});
