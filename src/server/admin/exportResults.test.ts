import { describe, expect, it } from "vitest";
import type { StaffQuiz } from "../../shared/quiz.ts";
import type { ExportedAttempt } from "../quiz/export.ts";
import { useAdminTestApp } from "../testing/adminTestApp.ts";
import { demoAttendees, staffCookie } from "../testing/contentFixtures.ts";
import { answersFor, question, quizDoc, submitOp } from "../testing/quizFixtures.ts";
import { engines, jsonPost } from "../testing/testStore.ts";

describe.each(engines)("admin export of quiz results on %s", (engine) => {
  const t = useAdminTestApp(engine);

  it("prints one JSON object per attempt in the documented shape, and CSV with a BOM", async () => {
    const trainer = await staffCookie(t.store, "trainer", "demo");
    const questions = [
      question("Quyết định 272 ban hành năm nào?", ["2013", "2015"], [1]),
      question("Nghị quyết 22 về hội nhập quốc tế", ["Đúng", "Sai"], [0], "truefalse"),
    ];
    const res = await t.app.request(
      "/api/events/demo/quizzes",
      jsonPost(quizDoc(questions), trainer),
    );
    const { quiz } = (await res.json()) as { quiz: StaffQuiz };
    await t.app.request(`/api/events/demo/quizzes/${quiz.id}/open`, jsonPost({}, trainer));
    const [person] = await demoAttendees(t.store);
    const payload = answersFor(quiz.id, person!.id, questions, [[1], [1]]);
    await submitOp(t.store, "demo", person!.id, payload);

    const json = await t.run("export", "--event", "demo", "--what", "results", "--format", "json");
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as ExportedAttempt[];
    expect(rows).toEqual([
      {
        quizId: quiz.id,
        quizTitle: quiz.title,
        attendeeId: person!.id,
        name: person!.name,
        unit: person!.unit,
        score: 1,
        maxScore: 2,
        submittedAt: new Date(payload.submittedAt).toISOString(),
        late: false,
        answers: [
          { questionId: questions[0]!.id, chosen: [questions[0]!.options[1]!.id], correct: true },
          { questionId: questions[1]!.id, chosen: [questions[1]!.options[1]!.id], correct: false },
        ],
      },
    ]);

    const csv = await t.run("export", "--event", "demo", "--what", "results", "--format", "csv");
    expect(csv.stdout.startsWith("\uFEFFMã bài,Bài trắc nghiệm")).toBe(true);
    expect(csv.stdout).toContain(person!.name);

    expect((await t.run("export", "--event", "demo", "--what", "nothing")).code).toBe(2);
    expect((await t.run("export", "--event", "nowhere", "--what", "results")).code).toBe(1);
  });
});
