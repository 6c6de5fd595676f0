import { For, Show } from "solid-js";
import type { QuizQuestion } from "../../../shared/quiz.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { authoringMessages } from "./messages.ts";

/**
 * One question as the attendee's phone shows it, for the editor's preview: the options in
 * order, the key and explanation only when the attendee would see them (practice).
 * Kept apart from the attendee's own QuestionCard so that staff code stays in staff chunks.
 */
export function PreviewQuestion(props: { question: QuizQuestion; n: number; showKey: boolean }) {
  const t = useFeatureMessages(authoringMessages);
  return (
    <section class="preview__question">
      <h3>
        {t("question", { n: props.n })}. {props.question.text}
      </h3>
      <ul>
        <For each={props.question.options}>
          {(o) => (
            <li>
              {o.text}
              <Show when={props.showKey && o.correct}> ✓ {t("correct")}</Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.showKey && props.question.explanation}>
        <p>{props.question.explanation}</p>
      </Show>
    </section>
  );
}
