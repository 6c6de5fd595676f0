import { count, eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKIN_SELF } from "../../shared/checkin.ts";
import type { Op } from "../../shared/ops.ts";
import type { QuizSubmitPayload, StaffQuiz } from "../../shared/quiz.ts";
import type { QuizResults } from "../../shared/quizResults.ts";
import { currentSessionCode } from "../../shared/sessionCode.ts";
import { createList } from "../checkin/lists.ts";
import { quizAnswers, quizAttempts, sessions } from "../store/schema.ts";
import { answersFor, question, quizDoc } from "../testing/quizFixtures.ts";
import { openSyncTestApp, type SyncTestApp } from "../testing/syncFixtures.ts";
import { engines, jsonPost } from "../testing/testStore.ts";

/**
 * Issue 11: a quiz that opens "once the attendee is checked in to that session" is opened
 * on the phone by the attendee's own self check-in, offline; the server takes its
 * submission only when it holds that check-in — synced earlier, or earlier in the same push.
 */
describe.each(engines)("quizzes that open after check-in, on %s", (engine) => {
  let t: SyncTestApp;
  let sessionIds: string[];
  /** The session check-in lists of the first two sessions. */
  let lists: { id: string; codeSecret: string }[];

  const questions = [
    question("Quyết định 272 ban hành năm nào?", ["2013", "2015", "2017"], [1]),
    question("Nghị quyết 22 nói về hội nhập quốc tế", ["Đúng", "Sai"], [0], "truefalse"),
  ];

  async function newQuiz(title: string, sessionId = sessionIds[0]!) {
    const response = await t.app.request(
      "/api/events/demo/quizzes",
      jsonPost(
        quizDoc(questions, { title, opens: "after-checkin", sessionId, release: "immediate" }),
        t.who.trainer.cookie,
      ),
    );
    expect(response.status).toBe(201);
    return ((await response.json()) as { quiz: StaffQuiz }).quiz;
  }

  const op = (kind: string, payload: unknown, createdAt = new Date().toISOString()): Op => ({
    id: uuidv7(),
    kind,
    eventId: t.event.id,
    payload,
    createdAt,
    clockOffsetMs: 0,
  });
  const submit = (payload: QuizSubmitPayload) => op("quiz.submit", payload, payload.submittedAt);
  const selfCheckin = (list: { id: string; codeSecret: string }, digits?: string) =>
    op(CHECKIN_SELF, {
      listId: list.id,
      digits: digits ?? currentSessionCode(list.codeSecret, list.id, Date.now()).digits,
    });
  const me = () => t.who.attendee;
  const stored = async (quizId: string) => [
    Number(
      (
        await t.store.db
          .select({ n: count() })
          .from(quizAttempts)
          .where(eq(quizAttempts.quizId, quizId))
      )[0]!.n,
    ),
    Number(
      (
        await t.store.db
          .select({ n: count() })
          .from(quizAnswers)
          .innerJoin(quizAttempts, eq(quizAttempts.id, quizAnswers.attemptId))
          .where(eq(quizAttempts.quizId, quizId))
      )[0]!.n,
    ),
  ];

  beforeAll(async () => {
    t = await openSyncTestApp(engine);
    const rows = await t.store.db.select().from(sessions).where(eq(sessions.eventId, t.event.id));
    sessionIds = rows.map((s) => s.id);
    lists = [];
    for (const sessionId of sessionIds.slice(0, 2)) {
      const list = await createList(t.store.db, t.event.id, {
        kind: "session",
        sessionId,
        title: `Phiên ${lists.length + 1}`,
        reentry: false,
      });
      lists.push({ id: list.id, codeSecret: list.codeSecret });
    }
  });
  afterAll(() => t.close());

  it("refuses, with not_checked_in, a submission from an attendee the server does not know as checked in, and keeps nothing of it", async () => {
    const quiz = await newQuiz("Sau điểm danh: chưa điểm danh");
    const payload = answersFor(quiz.id, me().id, questions, [[1], [0]]);
    // A check-in to another session does not open this one.
    const answer = await t.pushOk(me().cookie, [selfCheckin(lists[1]!), submit(payload)]);
    expect(answer.results.map((r) => [r.status, r.reason])).toEqual([
      ["applied", undefined],
      ["rejected", "not_checked_in"],
    ]);
    expect(await stored(quiz.id)).toEqual([0, 0]);
  });

  it("takes a submission whose check-in comes earlier in the same push, in the order sent", async () => {
    const quiz = await newQuiz("Sau điểm danh: cùng một lần gửi");
    const before = submit(answersFor(quiz.id, me().id, questions, [[0]]));
    const after = submit(answersFor(quiz.id, me().id, questions, [[1], [0]]));
    // A wrong code checks no one in: the submission right after it is still refused.
    const answer = await t.pushOk(me().cookie, [
      before,
      selfCheckin(lists[0]!, "000000"),
      submit(answersFor(quiz.id, me().id, questions, [[1]])),
      selfCheckin(lists[0]!),
      after,
    ]);
    expect(answer.results.map((r) => [r.status, r.reason])).toEqual([
      ["rejected", "not_checked_in"],
      ["rejected", expect.stringMatching(/code/)],
      ["rejected", "not_checked_in"],
      ["applied", undefined],
      ["applied", undefined],
    ]);
    expect(answer.results[4]!.result).toMatchObject({ score: 2, maxScore: 2 });
    expect(await stored(quiz.id)).toEqual([1, 2]);
  });

  it("takes a later submission on a check-in synced before, and counts check-ins in the results", async () => {
    const quiz = await newQuiz("Sau điểm danh: đã điểm danh trước");
    const answer = await t.pushOk(me().cookie, [
      submit(answersFor(quiz.id, me().id, questions, [[1], [1]])),
    ]);
    expect(answer.results[0]).toMatchObject({ status: "applied", result: { score: 1 } });
    const response = await t.app.request(`/api/events/demo/quizzes/${quiz.id}/results`, {
      headers: { cookie: t.who.trainer.cookie },
    });
    const results = (await response.json()) as QuizResults;
    expect(results.participation).toMatchObject({ submitted: 1, checkedIn: 1 });
  });
});
