import { and, asc, eq, inArray } from "drizzle-orm";
import type { GainRow, QuizResults, ResultsOverview } from "../../shared/quizResults.ts";
import { attendees, quizAnswers, quizAttempts, quizzes } from "../store/schema.ts";
import { checkedInCount } from "./checkedIn.ts";
import { type QuizRow, questionsOf, type Reader } from "./rows.ts";
import { countedAttempts, type Person, quizStats } from "./stats.ts";

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The event's roster as the statistics need it. */
export async function rosterOf(db: Reader, eventId: string): Promise<Person[]> {
  return db
    .select({ id: attendees.id, name: attendees.name, unit: attendees.unit })
    .from(attendees)
    .where(eq(attendees.eventId, eventId))
    .orderBy(asc(attendees.name));
}

/** Every attempt of some quizzes and their answers. */
export async function attemptsOfQuizzes(db: Reader, quizIds: string[]) {
  if (quizIds.length === 0) return { attempts: [], answers: [] };
  const attempts = await db
    .select()
    .from(quizAttempts)
    .where(inArray(quizAttempts.quizId, quizIds));
  const answers = attempts.length
    ? await db
        .select()
        .from(quizAnswers)
        .where(
          inArray(
            quizAnswers.attemptId,
            attempts.map((a) => a.id),
          ),
        )
    : [];
  return { attempts, answers };
}

/** The results of one quiz, over the whole roster or one unit of it. */
export async function quizResults(
  db: Reader,
  quiz: QuizRow,
  unit: string | null,
): Promise<QuizResults> {
  const roster = await rosterOf(db, quiz.eventId);
  const people = unit === null ? roster : roster.filter((p) => p.unit === unit);
  const questions = (await questionsOf(db, [quiz.id])).get(quiz.id)!;
  const { attempts, answers } = await attemptsOfQuizzes(db, [quiz.id]);
  const stats = quizStats({ mode: quiz.mode, questions, attempts, answers, people });
  // Checked in to the quiz's session (issue 10's check-ins), of the roster shown.
  stats.participation.checkedIn =
    quiz.sessionId === null
      ? null
      : await checkedInCount(
          db,
          quiz.eventId,
          quiz.sessionId,
          people.map((p) => p.id),
        );
  return {
    quiz: {
      id: quiz.id,
      title: quiz.title,
      mode: quiz.mode,
      maxScore: round2(questions.reduce((s, q) => s + q.points, 0)),
      pairId: quiz.pairId,
      pairRole: quiz.pairRole,
      releasedAt: quiz.releasedAt?.toISOString() ?? null,
    },
    unit,
    ...stats,
    units: [...new Set(roster.map((p) => p.unit))].sort((a, b) => a.localeCompare(b, "vi")),
  };
}

/** Every quiz of the event in brief, and the gains of each pre/post pair. */
export async function resultsOverview(db: Reader, eventId: string): Promise<ResultsOverview> {
  const rows = await db
    .select()
    .from(quizzes)
    .where(and(eq(quizzes.eventId, eventId), eq(quizzes.deleted, false)))
    .orderBy(asc(quizzes.createdAt), asc(quizzes.id));
  const roster = await rosterOf(db, eventId);
  const people = new Map(roster.map((p) => [p.id, p]));
  const { attempts } = await attemptsOfQuizzes(
    db,
    rows.map((r) => r.id),
  );
  // Percent of the counted attempt per quiz and attendee.
  const percent = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const counted = countedAttempts(
      attempts.filter((a) => a.quizId === row.id && people.has(a.attendeeId)),
    );
    percent.set(
      row.id,
      new Map(
        [...counted].map(([id, { attempt }]) => [
          id,
          attempt.maxScore > 0 ? (attempt.score / attempt.maxScore) * 100 : 0,
        ]),
      ),
    );
  }
  const quizzesOut = rows.map((row) => {
    const ps = [...percent.get(row.id)!.values()];
    return {
      id: row.id,
      title: row.title,
      mode: row.mode,
      submitted: ps.length,
      roster: roster.length,
      meanPercent: ps.length ? round2(ps.reduce((s, x) => s + x, 0) / ps.length) : null,
      pairRole: row.pairRole,
    };
  });
  const pairs = rows
    .filter((r) => r.pairRole === "pre" && r.pairId && percent.has(r.pairId))
    .map((pre) => {
      const preP = percent.get(pre.id)!;
      const postP = percent.get(pre.pairId!)!;
      const gains: GainRow[] = [...preP]
        .filter(([id]) => postP.has(id))
        .map(([id, p]) => {
          const person = people.get(id)!;
          const post = postP.get(id)!;
          return {
            attendeeId: id,
            name: person.name,
            unit: person.unit,
            prePercent: round2(p),
            postPercent: round2(post),
            gain: round2(post - p),
          };
        })
        .sort((a, b) => a.unit.localeCompare(b.unit, "vi") || a.name.localeCompare(b.name, "vi"));
      const byUnit = new Map<string, GainRow[]>();
      for (const g of gains) byUnit.set(g.unit, [...(byUnit.get(g.unit) ?? []), g]);
      const mean = (xs: number[]) => round2(xs.reduce((s, x) => s + x, 0) / xs.length);
      return {
        preId: pre.id,
        postId: pre.pairId!,
        title: pre.title,
        attendees: gains,
        units: [...byUnit].map(([unit, g]) => ({
          unit,
          count: g.length,
          prePercent: mean(g.map((x) => x.prePercent)),
          postPercent: mean(g.map((x) => x.postPercent)),
          gain: mean(g.map((x) => x.gain)),
        })),
        meanGain: gains.length ? mean(gains.map((g) => g.gain)) : null,
      };
    });
  return { quizzes: quizzesOut, pairs };
}
