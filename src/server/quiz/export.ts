import { and, asc, eq } from "drizzle-orm";
import Papa from "papaparse";
import type { QuizResults } from "../../shared/quizResults.ts";
import { attendees, quizzes } from "../store/schema.ts";
import { attemptsOfQuizzes } from "./results.ts";
import { questionsOf, type Reader } from "./rows.ts";

/**
 * A cell Excel or LibreOffice would run as a formula (=, +, -, @, tab, CR at the start) is
 * prefixed with an apostrophe, so that an attendee's name or an option's text cannot run
 * anything on the trainer's computer.
 */
export function safeCell(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV in UTF-8 with a BOM, so that Excel shows Vietnamese correctly. */
export function csvWithBom(rows: (string | number | boolean | null)[][]): string {
  return `\uFEFF${Papa.unparse(rows.map((r) => r.map(safeCell)))}\r\n`;
}

/** Per attendee: one row per counted attempt. */
export function attendeeCsv(results: QuizResults): string {
  return csvWithBom([
    ["Họ và tên", "Đơn vị", "Điểm", "Điểm tối đa", "Nộp lúc", "Nộp muộn", "Số lần làm"],
    ...results.attendees.map((a) => [
      a.name,
      a.unit,
      a.score,
      a.maxScore,
      a.submittedAt,
      a.late ? "có" : "không",
      a.attempts,
    ]),
  ]);
}

/** Per question: correct rate, most chosen wrong option, difficulty and discrimination. */
export function questionCsv(results: QuizResults): string {
  return csvWithBom([
    [
      "STT",
      "Câu hỏi",
      "Tỉ lệ đúng",
      "Phương án sai được chọn nhiều nhất",
      "Số lần chọn",
      "Độ khó",
      "Độ phân biệt",
    ],
    ...results.questions.map((q, i) => [
      i + 1,
      q.text,
      q.correctRate,
      q.mostChosenWrong?.text ?? "",
      q.mostChosenWrong?.count ?? 0,
      q.difficulty,
      q.discrimination,
    ]),
  ]);
}

/** One attempt as `npm run admin -- export --what results --format json` prints it (issue 11). */
export interface ExportedAttempt {
  quizId: string;
  quizTitle: string;
  attendeeId: string;
  name: string;
  unit: string;
  score: number;
  maxScore: number;
  submittedAt: string;
  late: boolean;
  answers: { questionId: string; chosen: string[]; correct: boolean }[];
}

/** Every attempt of every live quiz of an event, in quiz then submission order. */
export async function exportAttempts(db: Reader, eventId: string): Promise<ExportedAttempt[]> {
  const rows = await db
    .select()
    .from(quizzes)
    .where(and(eq(quizzes.eventId, eventId), eq(quizzes.deleted, false)))
    .orderBy(asc(quizzes.createdAt), asc(quizzes.id));
  const people = new Map(
    (
      await db
        .select({ id: attendees.id, name: attendees.name, unit: attendees.unit })
        .from(attendees)
        .where(eq(attendees.eventId, eventId))
    ).map((p) => [p.id, p]),
  );
  const questionOrder = await questionsOf(
    db,
    rows.map((r) => r.id),
  );
  const { attempts, answers } = await attemptsOfQuizzes(
    db,
    rows.map((r) => r.id),
  );
  const out: ExportedAttempt[] = [];
  for (const quiz of rows) {
    const order = new Map(questionOrder.get(quiz.id)!.map((q, i) => [q.id, i]));
    const ofQuiz = attempts
      .filter((a) => a.quizId === quiz.id)
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
    for (const a of ofQuiz) {
      const person = people.get(a.attendeeId);
      out.push({
        quizId: quiz.id,
        quizTitle: quiz.title,
        attendeeId: a.attendeeId,
        name: person?.name ?? "",
        unit: person?.unit ?? "",
        score: a.score,
        maxScore: a.maxScore,
        submittedAt: a.submittedAt.toISOString(),
        late: a.late,
        answers: answers
          .filter((x) => x.attemptId === a.id)
          .sort((x, y) => (order.get(x.questionId) ?? 0) - (order.get(y.questionId) ?? 0))
          .map((x) => ({ questionId: x.questionId, chosen: x.chosen, correct: x.correct })),
      });
    }
  }
  return out;
}

/** The export as CSV: one row per attempt, the answers as "đúng/sai" counts. */
export function attemptsCsv(rows: ExportedAttempt[]): string {
  return csvWithBom([
    [
      "Mã bài",
      "Bài trắc nghiệm",
      "Mã đại biểu",
      "Họ và tên",
      "Đơn vị",
      "Điểm",
      "Điểm tối đa",
      "Nộp lúc",
      "Nộp muộn",
      "Số câu đúng",
    ],
    ...rows.map((r) => [
      r.quizId,
      r.quizTitle,
      r.attendeeId,
      r.name,
      r.unit,
      r.score,
      r.maxScore,
      r.submittedAt,
      r.late ? "có" : "không",
      r.answers.filter((a) => a.correct).length,
    ]),
  ]);
}
