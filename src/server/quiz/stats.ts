import type { AttendeeResult, QuestionStats, QuizResults } from "../../shared/quizResults.ts";
import type { AnswerRow, AttemptRow, QuestionRow } from "./rows.ts";

/** Share of the class in each discrimination group (Kelley's upper–lower 27 %). */
export const GROUP_SHARE = 0.27;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export interface Person {
  id: string;
  name: string;
  unit: string;
}

/**
 * The attempt that counts for each attendee: their best score, the earliest of equals
 * (with one attempt allowed, simply their attempt).
 */
export function countedAttempts(
  attempts: AttemptRow[],
): Map<string, { attempt: AttemptRow; n: number }> {
  const best = new Map<string, { attempt: AttemptRow; n: number }>();
  for (const attempt of attempts) {
    const seen = best.get(attempt.attendeeId);
    if (!seen) best.set(attempt.attendeeId, { attempt, n: 1 });
    else {
      seen.n++;
      const better =
        attempt.score > seen.attempt.score ||
        (attempt.score === seen.attempt.score && attempt.submittedAt < seen.attempt.submittedAt);
      if (better) seen.attempt = attempt;
    }
  }
  return best;
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Statistics of one quiz over the counted attempts of `people` (the roster, or one unit of
 * it). Pure, so that a known data set checks it.
 */
export function quizStats(input: {
  mode: "practice" | "graded";
  questions: QuestionRow[];
  attempts: AttemptRow[];
  answers: AnswerRow[];
  people: Person[];
}): Pick<
  QuizResults,
  "participation" | "mean" | "median" | "histogram" | "questions" | "attendees"
> {
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const counted = [
    ...countedAttempts(input.attempts.filter((a) => byId.has(a.attendeeId))).values(),
  ];
  const answersOf = new Map<string, Map<string, AnswerRow>>();
  for (const answer of input.answers) {
    const m = answersOf.get(answer.attemptId) ?? new Map<string, AnswerRow>();
    answersOf.set(answer.attemptId, m);
    m.set(answer.questionId, answer);
  }
  const scores = counted.map((c) => c.attempt.score);
  const maxScore =
    counted[0]?.attempt.maxScore ?? input.questions.reduce((s, q) => s + q.points, 0);

  const histogram = Array.from({ length: 10 }, (_, i) => ({
    fromPercent: i * 10,
    toPercent: i * 10 + 10,
    count: 0,
  }));
  for (const score of scores) {
    const percent = maxScore > 0 ? (score / maxScore) * 100 : 0;
    histogram[Math.min(9, Math.floor(percent / 10))]!.count++;
  }

  // Discrimination groups: the counted attempts ranked by score.
  const ranked = [...counted].sort((a, b) => b.attempt.score - a.attempt.score);
  const k = Math.max(1, Math.round(ranked.length * GROUP_SHARE));
  const upper = ranked.slice(0, k).map((c) => c.attempt.id);
  const lower = ranked.slice(-k).map((c) => c.attempt.id);
  const rightRate = (ids: string[], questionId: string) =>
    ids.filter((id) => answersOf.get(id)?.get(questionId)?.correct === true).length / ids.length;

  const questions: QuestionStats[] = input.questions.map((q) => {
    const counts = new Map(q.options.map((o) => [o.id, 0]));
    let right = 0;
    for (const { attempt } of counted) {
      const answer = answersOf.get(attempt.id)?.get(q.id);
      if (answer?.correct) right++;
      for (const id of answer?.chosen ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const optionCounts = q.options.map((o) => ({
      optionId: o.id,
      text: o.text,
      correct: o.correct,
      count: counts.get(o.id) ?? 0,
    }));
    const wrong = optionCounts
      .filter((o) => !o.correct && o.count > 0)
      .sort((a, b) => b.count - a.count)[0];
    const rate = counted.length ? round4(right / counted.length) : null;
    const graded = input.mode === "graded";
    return {
      id: q.id,
      text: q.text,
      correctRate: rate,
      mostChosenWrong: wrong
        ? { optionId: wrong.optionId, text: wrong.text, count: wrong.count }
        : null,
      optionCounts,
      difficulty: graded ? rate : null,
      discrimination:
        graded && ranked.length >= 2
          ? round4(rightRate(upper, q.id) - rightRate(lower, q.id))
          : null,
    };
  });

  const attendees: AttendeeResult[] = counted
    .map(({ attempt, n }) => {
      const person = byId.get(attempt.attendeeId)!;
      return {
        attendeeId: person.id,
        name: person.name,
        unit: person.unit,
        score: attempt.score,
        maxScore: attempt.maxScore,
        late: attempt.late,
        submittedAt: attempt.submittedAt.toISOString(),
        attempts: n,
      };
    })
    .sort((a, b) => a.unit.localeCompare(b.unit, "vi") || a.name.localeCompare(b.name, "vi"));

  return {
    participation: { submitted: counted.length, checkedIn: null, roster: input.people.length },
    mean: scores.length ? round4(scores.reduce((s, x) => s + x, 0) / scores.length) : null,
    median: median(scores),
    histogram,
    questions,
    attendees,
  };
}
