import { For, Show } from "solid-js";
import type { AttendeeQuestion } from "../../../shared/quiz.ts";
import { scoreQuestion } from "../../../shared/scoring.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { quizMessages } from "./messages.ts";

/**
 * One question on screen: large options to tap (single choice behaves as radio buttons,
 * multiple choice as check boxes). With `showKey` (practice quizzes, whose keys ship with
 * the pack) the answer is judged right after each tap and the explanation shown.
 */
export function QuestionCard(props: {
  question: AttendeeQuestion;
  chosen: string[];
  showKey: boolean;
  disabled: boolean;
  onChoose: (chosen: string[]) => void;
}) {
  const t = useFeatureMessages(quizMessages);
  const multiple = () => props.question.kind === "multiple";
  const tap = (id: string) => {
    if (!multiple()) return props.onChoose([id]);
    const set = new Set(props.chosen);
    if (set.has(id)) set.delete(id);
    else set.add(id);
    props.onChoose(props.question.options.map((o) => o.id).filter((o) => set.has(o)));
  };
  const right = () =>
    scoreQuestion(
      {
        id: props.question.id,
        kind: props.question.kind,
        points: props.question.points,
        options: props.question.options.map((o) => ({ id: o.id, correct: o.correct === true })),
      },
      props.chosen,
    ) === props.question.points;
  return (
    <fieldset class="quiz__question">
      <legend class="quiz__text">{props.question.text}</legend>
      <p class="quiz__hint">{t(multiple() ? "chooseMany" : "chooseOne")}</p>
      <div class="quiz__options">
        <For each={props.question.options}>
          {(option) => (
            <label
              class="quiz__option"
              data-checked={String(props.chosen.includes(option.id))}
              data-key={
                props.showKey && props.chosen.length > 0
                  ? String(option.correct === true)
                  : undefined
              }
            >
              <input
                type={multiple() ? "checkbox" : "radio"}
                name={`q-${props.question.id}`}
                value={option.id}
                checked={props.chosen.includes(option.id)}
                disabled={props.disabled}
                onChange={() => tap(option.id)}
              />
              <span>{option.text}</span>
            </label>
          )}
        </For>
      </div>
      <Show when={props.showKey && props.chosen.length > 0}>
        <div class="quiz__feedback" role="status" data-right={String(right())}>
          <strong>{t(right() ? "right" : "wrong")}</strong>
          <Show when={props.question.explanation}>
            <p>{t("explanation", { text: props.question.explanation ?? "" })}</p>
          </Show>
        </div>
      </Show>
    </fieldset>
  );
}
