import type { CreateQuizBody, QuizQuestion, StaffQuiz } from "../../../shared/quiz.ts";
import type { QuizResults, ResultsOverview } from "../../../shared/quizResults.ts";
import { apiFetch, postJson } from "../../sync/api.ts";

const base = (slug: string) => `/api/events/${encodeURIComponent(slug)}`;

export interface SessionRef {
  id: string;
  title: string;
  startsAt: string;
}

/** The event's quizzes and sessions, as staff see them (keys included). */
export async function listQuizzes(
  slug: string,
): Promise<{ quizzes: StaffQuiz[]; sessions: SessionRef[] }> {
  return (await (await apiFetch(`${base(slug)}/quizzes`)).json()) as {
    quizzes: StaffQuiz[];
    sessions: SessionRef[];
  };
}

export async function getQuiz(slug: string, id: string): Promise<StaffQuiz> {
  return ((await (await apiFetch(`${base(slug)}/quizzes/${id}`)).json()) as { quiz: StaffQuiz })
    .quiz;
}

export async function createQuiz(slug: string, body: CreateQuizBody): Promise<StaffQuiz> {
  return (await postJson<{ quiz: StaffQuiz }>(`${base(slug)}/quizzes`, body)).quiz;
}

/** Saves the whole document at the version the editor loaded (409 when stale or answered). */
export async function saveQuiz(
  slug: string,
  id: string,
  body: CreateQuizBody & { version: number },
) {
  const response = await apiFetch(`${base(slug)}/quizzes/${id}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return ((await response.json()) as { quiz: StaffQuiz }).quiz;
}

export async function deleteQuiz(slug: string, quiz: StaffQuiz): Promise<void> {
  await apiFetch(`${base(slug)}/quizzes/${quiz.id}?version=${quiz.version}`, { method: "DELETE" });
}

/** duplicate | pair | open | close | release */
export async function quizAction(
  slug: string,
  id: string,
  action: "duplicate" | "pair" | "open" | "close" | "release",
): Promise<StaffQuiz> {
  return (await postJson<{ quiz: StaffQuiz }>(`${base(slug)}/quizzes/${id}/${action}`, {})).quiz;
}

export interface TemplatePreview {
  questions: QuizQuestion[];
  problems: { row: number; message: string }[];
  rows: number;
}

/** Reads a question template (CSV/XLSX) row by row; nothing is written. */
export async function previewTemplate(slug: string, file: Blob): Promise<TemplatePreview> {
  const response = await apiFetch(`${base(slug)}/quizzes/import`, {
    method: "POST",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  });
  return (await response.json()) as TemplatePreview;
}

export async function getResults(
  slug: string,
  id: string,
  unit: string | null,
): Promise<QuizResults> {
  const query = unit === null ? "" : `?unit=${encodeURIComponent(unit)}`;
  return (await (
    await apiFetch(`${base(slug)}/quizzes/${id}/results${query}`)
  ).json()) as QuizResults;
}

export async function getOverview(slug: string): Promise<ResultsOverview> {
  return (await (await apiFetch(`${base(slug)}/results`)).json()) as ResultsOverview;
}

/** The CSV download address of a quiz's results. */
export function exportHref(
  slug: string,
  id: string,
  by: "attendee" | "question",
  unit: string | null,
) {
  const u = unit === null ? "" : `&unit=${encodeURIComponent(unit)}`;
  return `${base(slug)}/quizzes/${id}/export?by=${by}${u}`;
}
