import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffQuiz } from "../../shared/quiz.ts";
import { seedDemo } from "../demo/seed.ts";
import { demoAttendees, jsonRequest, staffCookie } from "../testing/contentFixtures.ts";
import { answersFor, question, quizDoc, submitOp } from "../testing/quizFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("quiz authoring on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let trainer: string;

  const create = async (doc: unknown) =>
    t.app.request("/api/events/demo/quizzes", jsonPost(doc, trainer));
  const get = async (id: string) =>
    (
      (await (
        await t.app.request(`/api/events/demo/quizzes/${id}`, { headers: { cookie: trainer } })
      ).json()) as {
        quiz: StaffQuiz;
      }
    ).quiz;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    trainer = await staffCookie(t.store, "trainer", "demo");
  });
  afterAll(() => t.store.close());

  it("creates a quiz, keeps its questions and options in the order sent, and reorders them on save", async () => {
    const q1 = question("Quyết định 272 ban hành năm nào?", ["2013", "2015", "2017"], [1]);
    const q2 = question(
      "Chọn các trụ cột",
      ["Đảng", "Nhà nước", "Nhân dân", "Doanh nghiệp"],
      [0, 1, 2],
    );
    const res = await create(quizDoc([q1, q2]));
    expect(res.status).toBe(201);
    const { quiz } = (await res.json()) as { quiz: StaffQuiz };
    expect(quiz.questions.map((q) => q.id)).toEqual([q1.id, q2.id]);
    expect(quiz.questions[0]!.options.map((o) => o.text)).toEqual(["2013", "2015", "2017"]);

    const reordered = { ...q1, options: [...q1.options].reverse() };
    const saved = await t.app.request(
      `/api/events/demo/quizzes/${quiz.id}`,
      jsonRequest("PUT", { ...quizDoc([q2, reordered]), version: quiz.version }, trainer),
    );
    expect(saved.status).toBe(200);
    const after = await get(quiz.id);
    expect(after.questions.map((q) => q.id)).toEqual([q2.id, q1.id]);
    expect(after.questions[1]!.options.map((o) => o.text)).toEqual(["2017", "2015", "2013"]);
    expect(after.version).toBe(quiz.version + 1);

    // The editor's stale copy is refused and changes nothing.
    const stale = await t.app.request(
      `/api/events/demo/quizzes/${quiz.id}`,
      jsonRequest("PUT", { ...quizDoc([q1]), version: quiz.version }, trainer),
    );
    expect(stale.status).toBe(409);
    expect((await get(quiz.id)).questions).toHaveLength(2);
  });

  it("refuses bad quizzes with a reason and writes nothing", async () => {
    const before = (
      (await (
        await t.app.request("/api/events/demo/quizzes", { headers: { cookie: trainer } })
      ).json()) as {
        quizzes: unknown[];
      }
    ).quizzes.length;
    const noKey = question("Câu không có đáp án", ["A", "B"], []);
    const dupTexts = question("Câu trùng", ["Hà Nội", "Hà Nội"], [0]);
    const twoKeys = { ...question("Một lựa chọn", ["A", "B"], [0, 1]), kind: "single" as const };
    for (const [doc, reason] of [
      [quizDoc([]), "a published quiz needs at least one question"],
      [quizDoc([noKey]), "a question needs at least one correct option"],
      [quizDoc([dupTexts]), "two options of a question have the same text"],
      [quizDoc([twoKeys]), "exactly one correct option"],
      [quizDoc([question("x", ["a", "b"], [0])], { opens: "after-checkin" }), "needs a session"],
    ] as const) {
      const res = await create(doc);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.message).toContain(reason);
    }
    const after = (
      (await (
        await t.app.request("/api/events/demo/quizzes", { headers: { cookie: trainer } })
      ).json()) as {
        quizzes: unknown[];
      }
    ).quizzes.length;
    expect(after).toBe(before);
  });

  it("duplicates a quiz with fresh ids, unpublished", async () => {
    const q = question("Nghị quyết 22 về hội nhập quốc tế", ["2013", "2015"], [0]);
    const { quiz } = (await (await create(quizDoc([q]))).json()) as { quiz: StaffQuiz };
    const res = await t.app.request(
      `/api/events/demo/quizzes/${quiz.id}/duplicate`,
      jsonPost({}, trainer),
    );
    expect(res.status).toBe(201);
    const copy = ((await res.json()) as { quiz: StaffQuiz }).quiz;
    expect(copy.id).not.toBe(quiz.id);
    expect(copy.published).toBe(false);
    expect(copy.title).toContain(quiz.title);
    expect(copy.questions[0]!.text).toBe(q.text);
    expect(copy.questions[0]!.id).not.toBe(q.id);
  });

  it("pairs a pre-test with a post-test of the same questions, kept the same on edit", async () => {
    const q = question("Kết luận 98 ban hành năm nào?", ["2014", "2015"], [1]);
    const { quiz: pre } = (await (await create(quizDoc([q]))).json()) as { quiz: StaffQuiz };
    const res = await t.app.request(
      `/api/events/demo/quizzes/${pre.id}/pair`,
      jsonPost({}, trainer),
    );
    expect(res.status).toBe(201);
    const post = ((await res.json()) as { quiz: StaffQuiz }).quiz;
    expect(post.pairRole).toBe("post");
    expect(post.pairId).toBe(pre.id);
    expect(post.questions).toEqual(pre.questions);
    expect((await get(pre.id)).pairRole).toBe("pre");

    const again = await t.app.request(
      `/api/events/demo/quizzes/${pre.id}/pair`,
      jsonPost({}, trainer),
    );
    expect(again.status).toBe(409);

    const extra = question("Câu thêm", ["Đúng", "Sai"], [0], "truefalse");
    const current = await get(pre.id);
    const saved = await t.app.request(
      `/api/events/demo/quizzes/${pre.id}`,
      jsonRequest("PUT", { ...quizDoc([q, extra]), version: current.version }, trainer),
    );
    expect(saved.status).toBe(200);
    expect((await get(post.id)).questions.map((x) => x.id)).toEqual([q.id, extra.id]);
  });

  it("refuses to edit a graded quiz that has answers (duplicate it instead), and allows it for practice", async () => {
    const [person] = await demoAttendees(t.store);
    const q = question("Bốn công khai hóa", ["Đúng", "Sai"], [0], "truefalse");
    for (const mode of ["graded", "practice"] as const) {
      const { quiz } = (await (
        await create(quizDoc([q], { mode, title: `Bài ${mode}` }))
      ).json()) as {
        quiz: StaffQuiz;
      };
      await t.app.request(`/api/events/demo/quizzes/${quiz.id}/open`, jsonPost({}, trainer));
      const outcome = await submitOp(
        t.store,
        "demo",
        person!.id,
        answersFor(quiz.id, person!.id, [q], [[0]]),
      );
      expect(outcome).not.toHaveProperty("rejected");
      const current = await get(quiz.id);
      const res = await t.app.request(
        `/api/events/demo/quizzes/${quiz.id}`,
        jsonRequest(
          "PUT",
          { ...quizDoc([q], { mode, title: "Sửa" }), version: current.version },
          trainer,
        ),
      );
      if (mode === "graded") {
        expect(res.status).toBe(409);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
          "quiz_has_answers",
        );
        expect((await get(quiz.id)).title).toBe("Bài graded");
      } else {
        expect(res.status).toBe(200);
      }
    }
  });

  it("previews a question template row by row and writes nothing", async () => {
    const csv = [
      "Câu hỏi,Loại,A,B,C,D,Đáp án,Điểm,Giải thích",
      "Quyết định 272 năm nào?,một,2013,2015,2017,,B,1,Ngày 13/3/2015",
      'Chọn các trụ cột,nhiều,Đối ngoại Đảng,Ngoại giao Nhà nước,Đối ngoại nhân dân,Doanh nghiệp,"A, B, C",2,',
      "Việt Nam là thành viên ASEAN,đúng/sai,,,,,Đúng,,",
      "Câu không có đáp án,một,A,B,,,,1,",
      "Đáp án lạ,một,A,B,,,E,1,",
      "Trùng phương án,một,Hà Nội,Hà Nội,,,A,1,",
      "Loại lạ,vài,A,B,,,A,1,",
      '=HYPERLINK("x"),một,A,B,,,A,abc,',
    ].join("\n");
    const res = await t.app.request("/api/events/demo/quizzes/import", {
      method: "POST",
      headers: { cookie: trainer, "content-type": "text/csv" },
      body: csv,
    });
    expect(res.status).toBe(200);
    const preview = (await res.json()) as {
      questions: StaffQuiz["questions"];
      problems: { row: number; message: string }[];
    };
    expect(preview.questions.map((q) => q.kind)).toEqual(["single", "multiple", "truefalse"]);
    expect(preview.questions[1]!.options.filter((o) => o.correct)).toHaveLength(3);
    expect(preview.questions[2]!.options.map((o) => [o.text, o.correct])).toEqual([
      ["Đúng", true],
      ["Sai", false],
    ]);
    expect(preview.problems.map((p) => p.row)).toEqual([5, 6, 7, 8, 9]);
    expect(preview.problems[0]!.message).toContain("Thiếu đáp án");
    expect(preview.problems[2]!.message).toContain("trùng");

    const malformed = await t.app.request("/api/events/demo/quizzes/import", {
      method: "POST",
      headers: { cookie: trainer, "content-type": "text/csv" },
      body: "tên,đơn vị\nA,B\n",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe(
      "not_a_quiz_template",
    );
  });
});
