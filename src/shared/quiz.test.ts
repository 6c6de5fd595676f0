import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { newId } from "./ids.ts";
import { CreateQuizBody, QuizQuestion } from "./quiz.ts";

const option = (text: string, correct: boolean) => ({ id: newId(), text, correct });
const question = (over: Partial<v.InferInput<typeof QuizQuestion>> = {}) => ({
  id: newId(),
  kind: "single" as const,
  text: "Quyết định 272 ban hành năm nào?",
  options: [option("2015", true), option("2013", false)],
  points: 1,
  explanation: "",
  ...over,
});
const messages = (schema: v.GenericSchema, input: unknown) => {
  const r = v.safeParse(schema, input);
  return r.success ? [] : r.issues.map((i) => i.message);
};

describe("quiz schemas", () => {
  it("accept a valid question of each kind", () => {
    expect(messages(QuizQuestion, question())).toEqual([]);
    expect(
      messages(
        QuizQuestion,
        question({
          kind: "multiple",
          options: [option("A", true), option("B", true), option("C", false)],
        }),
      ),
    ).toEqual([]);
    expect(
      messages(
        QuizQuestion,
        question({ kind: "truefalse", options: [option("Đúng", true), option("Sai", false)] }),
      ),
    ).toEqual([]);
  });

  it("refuse a question with no correct option, two keys on single choice, or duplicate texts", () => {
    expect(
      messages(QuizQuestion, question({ options: [option("A", false), option("B", false)] })),
    ).toContain("a question needs at least one correct option");
    expect(
      messages(QuizQuestion, question({ options: [option("A", true), option("B", true)] })),
    ).toContain("a single-choice or true/false question has exactly one correct option");
    expect(
      messages(
        QuizQuestion,
        question({ options: [option("Hà Nội", true), option("hà nội", false)] }),
      ),
    ).toContain("two options of a question have the same text");
  });

  it("refuse a published quiz with no questions and a schedule with no window", () => {
    const quiz = {
      title: "Kiểm tra đầu vào",
      sessionId: null,
      mode: "graded",
      timeLimitSec: null,
      attemptsAllowed: 1,
      opens: "manual",
      opensAt: null,
      closesAt: null,
      release: "held",
      published: true,
      questions: [],
    };
    expect(messages(CreateQuizBody, quiz)).toContain(
      "a published quiz needs at least one question",
    );
    expect(messages(CreateQuizBody, { ...quiz, published: false, opens: "schedule" })).toContain(
      "a scheduled quiz needs opensAt and closesAt",
    );
    expect(messages(CreateQuizBody, { ...quiz, questions: [question()] })).toEqual([]);
  });
});
