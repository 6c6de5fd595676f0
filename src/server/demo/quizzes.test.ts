import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuizQuestion, type StaffQuiz } from "../../shared/quiz.ts";
import { staffCookie } from "../testing/contentFixtures.ts";
import { openTestApp } from "../testing/testStore.ts";
import { seedDemo } from "./seed.ts";

describe("demo quizzes", () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let list: StaffQuiz[];

  beforeAll(async () => {
    t = await openTestApp("pglite");
    await seedDemo(t.store.db);
    const cookie = await staffCookie(t.store, "trainer", "demo");
    const res = await t.app.request("/api/events/demo/quizzes", { headers: { cookie } });
    list = ((await res.json()) as { quizzes: StaffQuiz[] }).quizzes;
  });
  afterAll(() => t.store.close());

  it("are one practice quiz and a graded pre/post pair, 8–12 valid questions each", () => {
    expect(list.map((q) => [q.mode, q.pairRole])).toEqual([
      ["practice", null],
      ["graded", "pre"],
      ["graded", "post"],
    ]);
    for (const quiz of list) {
      expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
      expect(quiz.questions.length).toBeLessThanOrEqual(12);
      for (const q of quiz.questions) expect(v.safeParse(QuizQuestion, q).issues).toBeUndefined();
    }
    const [, pre, post] = list;
    expect(post!.questions).toEqual(pre!.questions);
    expect(pre!.pairId).toBe(post!.id);
  });

  it("are tied to the demo agenda's sessions", () => {
    expect(list.every((q) => q.sessionId !== null)).toBe(true);
  });
});
