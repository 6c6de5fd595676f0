import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ScoredQuestion, scoreAttempt, scoreQuestion } from "./scoring.ts";

const SEED = 1_795_400_003;

/** A question of any kind with 2–8 options, valid by the authoring rules. */
const question: fc.Arbitrary<ScoredQuestion> = fc
  .record({
    kind: fc.constantFrom("single", "multiple", "truefalse") as fc.Arbitrary<
      ScoredQuestion["kind"]
    >,
    points: fc.integer({ min: 1, max: 400 }).map((n) => n / 4),
    size: fc.integer({ min: 2, max: 8 }),
    seed: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    pick: fc.nat(),
  })
  .map(({ kind, points, size, seed, pick }) => {
    const n = kind === "truefalse" ? 2 : size;
    const correct =
      kind === "multiple"
        ? seed.slice(0, n).map((b, i) => b || i === pick % n)
        : Array.from({ length: n }, (_, i) => i === pick % n);
    return {
      id: `q-${pick}`,
      kind,
      points,
      options: correct.map((c, i) => ({ id: `o${i}`, correct: c })),
    };
  });

/** A question and a subset of its option ids (duplicates and foreign ids included). */
const answered = question.chain((q) =>
  fc.tuple(
    fc.constant(q),
    fc.array(fc.oneof(fc.constantFrom(...q.options.map((o) => o.id)), fc.constant("elsewhere")), {
      maxLength: 10,
    }),
  ),
);

describe("scoring", () => {
  it("keeps every score between 0 and the question's points", () => {
    fc.assert(
      fc.property(answered, ([q, chosen]) => {
        const s = scoreQuestion(q, chosen);
        return s >= 0 && s <= q.points;
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("does not change when the options (or the chosen ids) are reordered", () => {
    fc.assert(
      fc.property(answered, fc.nat(), ([q, chosen], shift) => {
        const rotate = <T>(xs: readonly T[]) =>
          xs.length === 0
            ? [...xs]
            : [...xs.slice(shift % xs.length), ...xs.slice(0, shift % xs.length)];
        const reordered = { ...q, options: rotate(q.options).reverse() };
        return scoreQuestion(reordered, rotate(chosen)) === scoreQuestion(q, chosen);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("gives a multiple-choice answer points × max(0, (right − wrong) / correct options)", () => {
    fc.assert(
      fc.property(answered, ([q, chosen]) => {
        fc.pre(q.kind === "multiple");
        const picked = new Set(chosen);
        const right = q.options.filter((o) => o.correct && picked.has(o.id)).length;
        const wrong = q.options.filter((o) => !o.correct && picked.has(o.id)).length;
        const total = q.options.filter((o) => o.correct).length;
        const expected = Math.round(q.points * Math.max(0, (right - wrong) / total) * 100) / 100;
        return scoreQuestion(q, chosen) === expected;
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("gives a single-choice answer all or nothing, and full points for exactly the key", () => {
    fc.assert(
      fc.property(answered, ([q, chosen]) => {
        const key = q.options.filter((o) => o.correct).map((o) => o.id);
        expect(scoreQuestion(q, key)).toBe(q.points);
        if (q.kind !== "multiple") expect([0, q.points]).toContain(scoreQuestion(q, chosen));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("sums an attempt, counting unanswered questions as 0", () => {
    fc.assert(
      fc.property(fc.array(answered, { minLength: 1, maxLength: 6 }), fc.nat(), (items, skip) => {
        const questions = items.map(([q], i) => ({ ...q, id: `q${i}` }));
        const answers = new Map(
          items.flatMap(([, chosen], i) => (i === skip % items.length ? [] : [[`q${i}`, chosen]])),
        ) as Map<string, string[]>;
        const result = scoreAttempt(questions, answers);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(result.maxScore);
        expect(result.perQuestion[skip % items.length]!.points).toBe(0);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
