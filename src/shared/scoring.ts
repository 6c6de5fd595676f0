/**
 * Issue 11: scoring, the same on the server (the only one whose score counts) and on the
 * phone (practice feedback). Kept free of I/O so that it can be checked with properties.
 *
 * The rule, per question of `points` points:
 * - single choice and true/false: all the points when exactly the correct option is chosen,
 *   else 0;
 * - multiple choice (partly right answers): each correct option chosen earns 1, each wrong
 *   option chosen costs 1; the question earns points × max(0, earned / number of correct
 *   options). So all correct and nothing wrong gives full points, choosing every option
 *   gives at most points × (correct − wrong)/correct, and guessing never goes below 0.
 * A question counts as "correct" (for rates and the review) only with full points.
 * Scores are rounded to hundredths of a point.
 */

export interface ScoredOption {
  id: string;
  correct: boolean;
}
export interface ScoredQuestion {
  id: string;
  kind: "single" | "multiple" | "truefalse";
  points: number;
  options: readonly ScoredOption[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The points earned by `chosen` (option ids) on one question, by the rule above. */
export function scoreQuestion(question: ScoredQuestion, chosen: readonly string[]): number {
  const picked = new Set(chosen);
  const correctIds = question.options.filter((o) => o.correct).map((o) => o.id);
  if (correctIds.length === 0) return 0;
  if (question.kind !== "multiple") {
    return picked.size === 1 && picked.has(correctIds[0]!) ? question.points : 0;
  }
  let earned = 0;
  for (const option of question.options) {
    if (!picked.has(option.id)) continue;
    earned += option.correct ? 1 : -1;
  }
  return round2(question.points * Math.max(0, earned / correctIds.length));
}

/** The most a quiz can earn. */
export function maxScore(questions: readonly ScoredQuestion[]): number {
  return round2(questions.reduce((sum, q) => sum + q.points, 0));
}

/** An attempt's score, with per question the points and whether fully right. */
export function scoreAttempt(
  questions: readonly ScoredQuestion[],
  answers: ReadonlyMap<string, readonly string[]>,
): {
  score: number;
  maxScore: number;
  perQuestion: { id: string; points: number; correct: boolean }[];
} {
  const perQuestion = questions.map((q) => {
    const points = scoreQuestion(q, answers.get(q.id) ?? []);
    return { id: q.id, points, correct: points === q.points };
  });
  return {
    score: round2(perQuestion.reduce((sum, q) => sum + q.points, 0)),
    maxScore: maxScore(questions),
    perQuestion,
  };
}
