import { describe, expect, it } from "vitest";
import { attendeeCsv, csvWithBom, safeCell } from "./export.ts";
import type { AnswerRow, AttemptRow, QuestionRow } from "./rows.ts";
import { quizStats } from "./stats.ts";

/**
 * A known data set: 10 attendees, 2 questions of 1 point. Q1 is right for the 6 best,
 * Q2 for 5 attendees spread across the ranking. Expected values worked out by hand below.
 */
const q = (id: string, options: [string, boolean][]): QuestionRow => ({
  quizId: "quiz",
  id,
  position: 0,
  kind: "single",
  text: id,
  options: options.map(([oid, correct]) => ({ id: oid, text: `text ${oid}`, correct })),
  points: 1,
  explanation: "",
});
const questions = [
  q("q1", [
    ["a", true],
    ["b", false],
    ["c", false],
  ]),
  q("q2", [
    ["d", true],
    ["e", false],
  ]),
];
// Per attendee: [q1 choice, q2 choice]. Scores: p0..p5 right on q1; q2 right for p0, p2, p4, p6, p8.
const choices: [string, string][] = [
  ["a", "d"],
  ["a", "e"],
  ["a", "d"],
  ["a", "e"],
  ["a", "d"],
  ["a", "e"],
  ["b", "d"],
  ["b", "e"],
  ["c", "d"],
  ["b", "e"],
];
const people = choices.map((_, i) => ({
  id: `p${i}`,
  name: `Người ${i}`,
  unit: i < 5 ? "Sở A" : "Sở B",
}));
const attempts: AttemptRow[] = [];
const answers: AnswerRow[] = [];
choices.forEach(([c1, c2], i) => {
  const right = [c1 === "a", c2 === "d"];
  const score = right.filter(Boolean).length;
  attempts.push({
    id: `t${i}`,
    quizId: "quiz",
    eventId: "e",
    attendeeId: `p${i}`,
    attemptNo: 1,
    opId: `o${i}`,
    startedAt: new Date(0),
    submittedAt: new Date(1000 * i),
    receivedAt: new Date(1000 * i),
    late: false,
    score,
    maxScore: 2,
  });
  for (const [k, chosen] of [c1, c2].entries()) {
    answers.push({
      attemptId: `t${i}`,
      questionId: `q${k + 1}`,
      chosen: [chosen],
      points: right[k] ? 1 : 0,
      correct: right[k]!,
      answeredAt: new Date(0),
    });
  }
});

describe("quiz statistics on a known data set", () => {
  const stats = quizStats({ mode: "graded", questions, attempts, answers, people });

  it("counts participation, mean, median and the histogram", () => {
    // Scores: 2,1,2,1,2,1,1,0,1,0 → mean 1.1, median 1.
    expect(stats.participation).toEqual({ submitted: 10, checkedIn: null, roster: 10 });
    expect(stats.mean).toBe(1.1);
    expect(stats.median).toBe(1);
    expect(stats.histogram.map((b) => b.count)).toEqual([2, 0, 0, 0, 0, 5, 0, 0, 0, 3]);
  });

  it("gives per question the correct rate, the most chosen wrong option, difficulty and discrimination", () => {
    // Ranked by score (ties in submission order): p0,p2,p4 (2) | p1,p3,p5,p6,p8 (1) | p7,p9 (0).
    // 27 % of 10 → groups of 3: upper p0,p2,p4; lower p8,p7,p9.
    // Q1: upper 3/3, lower 0/3 → D = 1. Q2: upper 3/3, lower p8 only → 1/3 → D = 0.6667.
    const [q1, q2] = stats.questions;
    expect(q1).toMatchObject({ correctRate: 0.6, difficulty: 0.6, discrimination: 1 });
    expect(q1!.mostChosenWrong).toEqual({ optionId: "b", text: "text b", count: 3 });
    expect(q2).toMatchObject({ correctRate: 0.5, difficulty: 0.5, discrimination: 0.6667 });
    expect(q2!.optionCounts.map((o) => o.count)).toEqual([5, 5]);
  });

  it("counts only the people given (a unit), and a practice quiz has no item analysis", () => {
    const unitB = quizStats({
      mode: "practice",
      questions,
      attempts,
      answers,
      people: people.filter((p) => p.unit === "Sở B"),
    });
    expect(unitB.participation.submitted).toBe(5);
    expect(unitB.attendees.every((a) => a.unit === "Sở B")).toBe(true);
    expect(unitB.questions[0]).toMatchObject({
      correctRate: 0.2,
      difficulty: null,
      discrimination: null,
    });
  });

  it("counts each attendee's best attempt once", () => {
    const retry = { ...attempts[7]!, id: "t7b", attemptNo: 2, score: 2 };
    const s = quizStats({
      mode: "graded",
      questions,
      attempts: [...attempts, retry],
      answers,
      people,
    });
    expect(s.participation.submitted).toBe(10);
    expect(s.attendees.find((a) => a.attendeeId === "p7")).toMatchObject({ score: 2, attempts: 2 });
  });
});

describe("CSV export", () => {
  it("writes a BOM and defuses cells that a spreadsheet would run as formulas", () => {
    expect(["=1+1", "+84", "-2", "@SUM", "\tx", "Nguyễn"].map(safeCell)).toEqual([
      "'=1+1",
      "'+84",
      "'-2",
      "'@SUM",
      "'\tx",
      "Nguyễn",
    ]);
    expect(safeCell(-2)).toBe(-2);
    expect(csvWithBom([["a"]]).startsWith("\uFEFFa")).toBe(true);
    const csv = attendeeCsv({
      attendees: [
        {
          attendeeId: "x",
          name: '=HYPERLINK("http://evil")',
          unit: "Sở",
          score: 1,
          maxScore: 2,
          late: true,
          submittedAt: "2015-06-26T01:00:00.000Z",
          attempts: 1,
        },
      ],
    } as never);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
