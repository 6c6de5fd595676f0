import { createSignal, For, Show } from "solid-js";
import type { QuizQuestion } from "../../../shared/quiz.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { authoringError } from "./authoringError.ts";
import { authoringMessages } from "./messages.ts";
import { previewTemplate, type TemplatePreview } from "./quizAuthoring.repo.ts";

/**
 * Import of questions from the CSV/XLSX template: the server reads the file row by row and
 * writes nothing; the rows with problems are listed with their reason, the valid questions
 * are added to the editor (saved with the quiz).
 */
export function ImportPanel(props: { slug: string; onAdd: (questions: QuizQuestion[]) => void }) {
  const t = useFeatureMessages(authoringMessages);
  const [result, setResult] = createSignal<TemplatePreview | null>(null);
  const [error, setError] = createSignal("");
  const read = async (file: File | undefined) => {
    setResult(null);
    setError("");
    if (!file) return;
    try {
      setResult(await previewTemplate(props.slug, file));
    } catch (e) {
      const { key, detail } = authoringError(e);
      setError(t(key, { detail }));
    }
  };
  return (
    <fieldset>
      <legend>{t("importTitle")}</legend>
      <p>{t("importHelp")}</p>
      <label>
        {t("importFile")}
        <input
          type="file"
          accept=".csv,.xlsx,text/csv"
          onChange={(e) => read(e.currentTarget.files?.[0])}
        />
      </label>
      <Show when={error()}>
        <p role="alert">{error()}</p>
      </Show>
      <Show when={result()}>
        {(r) => (
          <>
            <Show when={r().problems.length > 0}>
              <h3>{t("importProblems")}</h3>
              <div class="results__table" tabindex="0">
                <table>
                  <tbody>
                    <For each={r().problems}>
                      {(p) => (
                        <tr>
                          <th scope="row">{t("importRow", { row: p.row })}</th>
                          <td>{p.message}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
            <Show when={r().questions.length > 0} fallback={<p>{t("importNone")}</p>}>
              <button
                type="button"
                onClick={() => {
                  props.onAdd(r().questions);
                  setResult(null);
                }}
              >
                {t("importAdd", { count: r().questions.length })}
              </button>
            </Show>
          </>
        )}
      </Show>
    </fieldset>
  );
}
