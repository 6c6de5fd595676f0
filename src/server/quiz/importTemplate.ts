import Papa from "papaparse";
import readXlsxFile from "read-excel-file/node";
import * as v from "valibot";
import { newId } from "../../shared/ids.ts";
import { type QuestionKind, QuizQuestion } from "../../shared/quiz.ts";

/**
 * Issue 11: questions imported from the documented template (docs/quizzes.md), CSV (UTF-8)
 * or XLSX, one question per row, first row the header:
 *
 *   Câu hỏi | Loại | A | B | C | D | E | F | Đáp án | Điểm | Giải thích
 *
 * Loại: "một" (single choice), "nhiều" (multiple choice) or "đúng/sai" (true/false; options
 * may be left empty and become Đúng / Sai). Đáp án: the letters of the correct options,
 * e.g. "B" or "A, C" (for đúng/sai also "Đúng" or "Sai"). Điểm: empty means 1.
 * The preview writes nothing: the editor adds the good rows to the quiz and saves.
 */

export class QuizTemplateError extends Error {
  override name = "QuizTemplateError";
}

export interface TemplateProblem {
  /** 1-based, as the spreadsheet numbers it. */
  row: number;
  message: string;
}
export interface TemplatePreview {
  questions: QuizQuestion[];
  problems: TemplateProblem[];
  rows: number;
}

const LETTERS = ["A", "B", "C", "D", "E", "F"] as const;
const fold = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase().trim();

const HEADER: Record<string, string> = {
  "cau hoi": "text",
  question: "text",
  loai: "kind",
  kind: "kind",
  "dap an": "answer",
  answer: "answer",
  diem: "points",
  points: "points",
  "giai thich": "explanation",
  explanation: "explanation",
  ...Object.fromEntries(LETTERS.map((l) => [l.toLowerCase(), l])),
  ...Object.fromEntries(LETTERS.map((l) => [`phuong an ${l.toLowerCase()}`, l])),
};

function kindOf(cell: string): QuestionKind | null {
  const k = fold(cell);
  if (["mot", "mot lua chon", "single", ""].includes(k)) return "single";
  if (["nhieu", "nhieu lua chon", "multiple"].includes(k)) return "multiple";
  if (["dung/sai", "dung sai", "truefalse", "true/false"].includes(k)) return "truefalse";
  return null;
}

async function readGrid(bytes: Uint8Array): Promise<string[][]> {
  if (bytes.length === 0) throw new QuizTemplateError("the file is empty");
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      const [sheet] = await readXlsxFile(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      );
      return (sheet?.data ?? []).map((row) =>
        row.map((c) => (c === null || c === undefined ? "" : String(c))),
      );
    } catch {
      throw new QuizTemplateError("the file looks like a zip but is not a readable .xlsx workbook");
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new QuizTemplateError("the file is neither an .xlsx workbook nor CSV text in UTF-8");
  }
  return Papa.parse<string[]>(text, {
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: "greedy",
  }).data;
}

/** Reads a template file and checks it row by row; throws QuizTemplateError for a bad file. */
export async function previewTemplate(bytes: Uint8Array): Promise<TemplatePreview> {
  const grid = await readGrid(bytes);
  const header = (grid[0] ?? []).map((cell) => HEADER[fold(cell)]);
  if (!header.includes("text") || !header.includes("answer") || !header.includes("A")) {
    throw new QuizTemplateError(
      "no header row: the first row must name at least the columns Câu hỏi, A, B and Đáp án",
    );
  }
  const questions: QuizQuestion[] = [];
  const problems: TemplateProblem[] = [];
  const dataRows = grid.slice(1);
  dataRows.forEach((cells, offset) => {
    const row = offset + 2;
    const get = (field: string) => {
      const i = header.indexOf(field);
      return i < 0 ? "" : String(cells[i] ?? "").trim();
    };
    if (cells.every((c) => String(c ?? "").trim() === "")) return;
    const kind = kindOf(get("kind"));
    if (!kind) {
      problems.push({
        row,
        message: `Loại "${get("kind")}" không hợp lệ: dùng một, nhiều hoặc đúng/sai.`,
      });
      return;
    }
    let texts = LETTERS.map((l) => get(l));
    if (kind === "truefalse" && texts.every((t) => t === "")) texts = ["Đúng", "Sai"];
    const used = texts
      .map((text, i) => ({ text, letter: LETTERS[i]! }))
      .filter((o) => o.text !== "");
    const answer = get("answer");
    const answerLetters = new Set(
      answer
        .split(/[,;\s]+/)
        .filter(Boolean)
        .map((a) => {
          const f = fold(a);
          if (kind === "truefalse" && f === "dung") return "A";
          if (kind === "truefalse" && f === "sai") return "B";
          return a.toUpperCase();
        }),
    );
    const unknown = [...answerLetters].filter((l) => !used.some((o) => o.letter === l));
    if (answerLetters.size === 0) {
      problems.push({ row, message: "Thiếu đáp án (cột Đáp án)." });
      return;
    }
    if (unknown.length > 0) {
      problems.push({ row, message: `Đáp án ${unknown.join(", ")} không có phương án tương ứng.` });
      return;
    }
    const pointsText = get("points").replace(",", ".");
    const points = pointsText === "" ? 1 : Number(pointsText);
    const candidate = {
      id: newId(),
      kind,
      text: get("text"),
      options: used.map((o) => ({
        id: newId(),
        text: o.text,
        correct: answerLetters.has(o.letter),
      })),
      points,
      explanation: get("explanation"),
    };
    const parsed = v.safeParse(QuizQuestion, candidate);
    if (parsed.success) questions.push(parsed.output);
    else problems.push({ row, message: problemText(parsed.issues[0]) });
  });
  return { questions, problems, rows: dataRows.length };
}

/** The first schema issue of a row, in Vietnamese for the preview table. */
function problemText(issue: v.BaseIssue<unknown> | undefined): string {
  const message = issue?.message ?? "";
  const path = issue ? (v.getDotPath(issue) ?? "") : "";
  if (message.includes("at least one correct")) return "Không có phương án đúng.";
  if (message.includes("exactly one correct"))
    return "Câu một lựa chọn hoặc đúng/sai chỉ có một đáp án đúng.";
  if (message.includes("same text")) return "Hai phương án trùng nhau.";
  if (message.includes("two options")) return "Câu đúng/sai có đúng hai phương án.";
  if (path === "text") return "Thiếu nội dung câu hỏi (cột Câu hỏi).";
  if (path === "points") return "Điểm phải là số từ 0,25 đến 100.";
  if (path === "options") return "Cần ít nhất hai phương án.";
  return `Dòng không hợp lệ (${path || "?"}: ${message}).`;
}
