import { ApiRequestError } from "../../sync/api.ts";

/** The key of the sentence for an authoring error, and the validation detail if any. */
export function authoringError(error: unknown): {
  key: "errHasAnswers" | "errConflict" | "errTemplate" | "errValidation" | "errOther";
  detail: string;
} {
  if (error instanceof ApiRequestError) {
    if (error.code === "quiz_has_answers") return { key: "errHasAnswers", detail: "" };
    if (error.code === "conflict") return { key: "errConflict", detail: "" };
    if (error.code === "not_a_quiz_template") return { key: "errTemplate", detail: "" };
    if (error.code === "validation_failed") return { key: "errValidation", detail: error.message };
  }
  return { key: "errOther", detail: "" };
}
