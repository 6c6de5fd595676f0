import { A, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { serverNow } from "../../sync/clockOffset.ts";
import { createQuizzes } from "./createQuizzes.ts";
import { createTick } from "./createTick.ts";
import { quizMessages } from "./messages.ts";
import { listState, type QuizListState } from "./quizState.ts";
import "./quiz.css";

const stateKey = {
  locked: "stateLocked",
  open: "stateOpen",
  doing: "stateDoing",
  submitted: "stateSubmitted",
  scored: "stateScored",
} as const satisfies Record<QuizListState, string>;

/** /e/:slug/quizzes — the event's quizzes with their state for this attendee. Loaded lazily. */
export default function QuizListRoute() {
  const t = useFeatureMessages(quizMessages);
  const params = useParams<{ slug: string }>();
  const { data, refreshFailed } = createQuizzes(() => params.slug);
  // Re-evaluated every 15 s so that a scheduled quiz opens on screen by itself.
  const now = createTick(15_000);
  const slug = () => encodeURIComponent(params.slug);
  const stateOf = (id: string) => {
    const d = data.value()!;
    const quiz = d.quizzes.find((q) => q.id === id)!;
    now();
    return listState(
      quiz,
      d.attempts.filter((a) => a.quizId === id),
      serverNow(),
      quiz.sessionId !== null && d.checkedInSessions.has(quiz.sessionId),
      d.refusedOps,
    );
  };
  return (
    <section class="quiz" aria-labelledby="quiz-title">
      <p class="material__back">
        <A href={`/e/${slug()}`}>{t("backToAgenda")}</A>
      </p>
      <h1 id="quiz-title">{t("title")}</h1>
      <Show when={refreshFailed()}>
        <p class="notice" role="status">
          {t("refreshFailed")}
        </p>
      </Show>
      <Show when={data.ready() && !data.value()}>
        <p class="notice">{t("notOnDevice")}</p>
      </Show>
      <Show when={data.value()}>
        {(d) => (
          <Show when={d().quizzes.length > 0} fallback={<p>{t("none")}</p>}>
            <ul class="quiz__list">
              <For each={d().quizzes}>
                {(quiz) => (
                  <li class="quiz__item" data-state={stateOf(quiz.id)}>
                    <A href={`/e/${slug()}/quizzes/${quiz.id}`} class="quiz__link">
                      <span class="quiz__name">{quiz.title}</span>
                      <span class="quiz__meta">
                        {t(quiz.mode === "practice" ? "practice" : "graded")} ·{" "}
                        {t("questions", { count: quiz.questions.length })}
                      </span>
                      <span class="quiz__badge">{t(stateKey[stateOf(quiz.id)])}</span>
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
