import { A, useParams } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import type { LocalAttempt, StoredQuiz } from "../../db/db.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { serverNow } from "../../sync/clockOffset.ts";
import { createQuizzes } from "./createQuizzes.ts";
import { createTick } from "./createTick.ts";
import { type QuizMessageKey, quizMessages } from "./messages.ts";
import { QuestionCard } from "./QuestionCard.tsx";
import { saveAnswer, startOrResume, stepQuestion, submitAttempt } from "./quiz.repo.ts";
import { answerState, attemptsUsed, clockText, listState, remainingMs } from "./quizState.ts";
import "./quiz.css";

/** Time left, re-read at each tick of `_tick` (the screen's one-second clock). */
const remainingAt = (_tick: number, quiz: StoredQuiz, attempt: LocalAttempt) =>
  remainingMs(quiz, attempt, serverNow());

const answerKey = { saved: "answerSaved", sent: "answerSent", scored: "answerScored" } as const;

/** Reasons the attendee is told in words (quiz.submit's refusals); the rest by code. */
const OWN_REASONS = new Set([
  "not_checked_in",
  "quiz_not_found",
  "quiz_not_open",
  "quiz_closed",
  "not_your_attempt",
  "attempts_exhausted",
]);
/** Refusals of answers that no longer fit the questions (the quiz was edited meanwhile). */
const ANSWER_REASONS = new Set([
  "unknown_question",
  "option_of_another_question",
  "several_options_on_single",
  "duplicate_answer",
]);

/** A refusal's reason in the attendee's words. */
function refusalText(
  t: (key: QuizMessageKey, params?: Record<string, string>) => string,
  code: string,
): string {
  if (OWN_REASONS.has(code)) return t(`reason.${code}` as "reason.quiz_closed");
  if (ANSWER_REASONS.has(code)) return t("reason.answers");
  return t("reason.other", { code });
}

/**
 * /e/:slug/quizzes/:id — taking one quiz, offline: one question per screen, every tap
 * saved on the device at once; the attempt resumes where it was after a reload; the
 * submission goes through the outbox. Loaded lazily.
 */
export default function QuizTakeRoute() {
  const t = useFeatureMessages(quizMessages);
  const params = useParams<{ slug: string; id: string }>();
  const { data } = createQuizzes(() => params.slug);
  const now = createTick(1000);
  const quiz = () => data.value()?.quizzes.find((q) => q.id === params.id);
  const attempts = () => data.value()?.attempts.filter((a) => a.quizId === params.id) ?? [];
  const doing = () => attempts().find((a) => a.state === "doing");
  const last = () =>
    attempts()
      .filter((a) => a.state === "submitted")
      .sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""))
      .at(-1);
  const state = () => {
    const q = quiz();
    const d = data.value();
    if (!q || !d) return "locked";
    now();
    return listState(
      q,
      attempts(),
      serverNow(),
      q.sessionId !== null && d.checkedInSessions.has(q.sessionId),
      d.refusedOps,
    );
  };
  const start = async () => {
    const q = quiz();
    const attendeeId = data.value()?.attendeeId;
    if (q && attendeeId) await startOrResume(q, attendeeId);
  };
  const slug = () => encodeURIComponent(params.slug);

  return (
    <section class="quiz" aria-labelledby="quiz-title">
      <p class="material__back">
        <A href={`/e/${slug()}/quizzes`}>{t("backToList")}</A>
      </p>
      <Show when={quiz()}>
        {(q) => (
          <>
            <h1 id="quiz-title">{q().title}</h1>
            <Show
              when={doing()}
              fallback={
                <NotDoing
                  used={attemptsUsed(q(), attempts(), data.value()?.refusedOps)}
                  quiz={q()}
                  state={state()}
                  last={last()}
                  onStart={start}
                  canStart={data.value()?.attendeeId != null}
                  checkinHref={`/e/${slug()}/checkin`}
                  pending={data.value()?.pendingOps ?? new Set()}
                  refused={data.value()?.refusedOps ?? new Map()}
                />
              }
            >
              {(attempt) => (
                <Taking
                  quiz={q()}
                  attempt={attempt()}
                  remaining={remainingAt(now(), q(), attempt())}
                />
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

/** The attempt in progress: progress, timer, the current question, navigation. */
function Taking(props: { quiz: StoredQuiz; attempt: LocalAttempt; remaining: number | null }) {
  const t = useFeatureMessages(quizMessages);
  const total = () => props.quiz.questions.length;
  const index = () => Math.min(props.attempt.current, total() - 1);
  const question = () => props.quiz.questions[index()]!;
  const chosen = () => props.attempt.answers[question().id]?.chosen ?? [];
  // Two taps: a submission cannot be taken back.
  const [confirming, setConfirming] = createSignal(false);
  const submit = async () => {
    if (!confirming()) return setConfirming(true);
    await submitAttempt(props.attempt.id);
  };
  return (
    <div class="quiz__taking">
      <div class="quiz__bar">
        <span>{t("questionOf", { n: index() + 1, total: total() })}</span>
        <Show when={props.remaining !== null}>
          <span class="quiz__timer" role="timer" data-up={String(props.remaining === 0)}>
            {props.remaining === 0
              ? t("timeUp")
              : t("timeLeft", { time: clockText(props.remaining!) })}
          </span>
        </Show>
      </div>
      <progress class="quiz__progress" max={total()} value={index() + 1} />
      <QuestionCard
        question={question()}
        chosen={chosen()}
        showKey={props.quiz.keysShown}
        disabled={false}
        onChoose={(next) => saveAnswer(props.attempt.id, question().id, next)}
      />
      <Show when={chosen().length > 0}>
        <p class="quiz__saved">{t("answerSaved")}</p>
      </Show>
      <Show when={confirming()}>
        <p class="notice" role="alert">
          {t("confirmSubmit")}
        </p>
      </Show>
      <div class="quiz__nav">
        <button
          type="button"
          disabled={index() === 0}
          onClick={() => stepQuestion(props.attempt.id, -1, total())}
        >
          {t("previous")}
        </button>
        <Show
          when={index() < total() - 1}
          fallback={
            <button type="button" class="quiz__submit" onClick={submit}>
              {t("submit")}
            </button>
          }
        >
          <button type="button" onClick={() => stepQuestion(props.attempt.id, 1, total())}>
            {t("next")}
          </button>
        </Show>
      </div>
    </div>
  );
}

/**
 * What the attendee should know before starting: graded or practice, how many questions,
 * how long, and how many attempts are left.
 */
function QuizFacts(props: { quiz: StoredQuiz; used: number }) {
  const t = useFeatureMessages(quizMessages);
  const limit = () => {
    const sec = props.quiz.timeLimitSec;
    if (sec === null) return t("noTimeLimit");
    const minutes = String(Math.floor(sec / 60));
    return sec % 60 === 0
      ? t("timeLimitMinutes", { minutes })
      : t("timeLimitMinutesSeconds", { minutes, seconds: String(sec % 60) });
  };
  return (
    <p class="quiz__facts">
      {[
        t(props.quiz.mode === "practice" ? "practice" : "graded"),
        t("questions", { count: props.quiz.questions.length }),
        limit(),
        t("attemptsOf", { used: props.used, allowed: props.quiz.attemptsAllowed }),
      ].join(" · ")}
    </p>
  );
}

/** Not taking now: the start button, why it is locked, or the submitted attempt. */
function NotDoing(props: {
  quiz: StoredQuiz;
  /** Attempts that count (attemptsUsed). */
  used: number;
  state: string;
  last: LocalAttempt | undefined;
  canStart: boolean;
  /** The event's self check-in screen, which opens an "after-checkin" quiz. */
  checkinHref: string;
  /** Op ids still in the outbox. */
  pending: Set<string>;
  /** Op ids the server refused, with its reason. */
  refused: Map<string, string>;
  onStart: () => void;
}) {
  const t = useFeatureMessages(quizMessages);
  const refusal = () => {
    const code = props.last?.opId ? props.refused.get(props.last.opId) : undefined;
    return code === undefined ? null : t("refused", { reason: refusalText(t, code) });
  };
  const server = () =>
    props.quiz.attempts.find((a) => a.id === props.last?.id) ?? props.quiz.attempts.at(-1);
  const score = () => props.last?.result?.score ?? server()?.score ?? null;
  const max = () => props.last?.result?.maxScore ?? server()?.maxScore ?? null;
  const correctOf = createMemo(() => {
    const fromServer = server()?.answers ?? [];
    const fromResult = props.last?.result?.answers ?? [];
    return new Map<string, boolean | null>([
      ...fromServer.map((a) => [a.questionId, a.correct] as const),
      ...fromResult.map((a) => [a.questionId, a.correct] as const),
    ]);
  });
  const answerText = (questionId: string) => {
    const q = props.quiz.questions.find((x) => x.id === questionId);
    const chosen =
      props.last?.answers[questionId]?.chosen ??
      server()?.answers.find((a) => a.questionId === questionId)?.chosen ??
      [];
    return (
      q?.options
        .filter((o) => chosen.includes(o.id))
        .map((o) => o.text)
        .join("; ") ?? ""
    );
  };
  return (
    <>
      <QuizFacts quiz={props.quiz} used={props.used} />
      <Show when={props.last || server()}>
        <div class="quiz__result" role="status">
          <Show when={refusal()}>{(text) => <p class="quiz__refused">{text()}</p>}</Show>
          <Show
            when={score() !== null}
            fallback={
              <Show when={!refusal()}>
                <p>{t("submittedWaiting")}</p>
              </Show>
            }
          >
            <p class="quiz__score">{t("score", { score: score()!, max: max()! })}</p>
          </Show>
          <Show when={props.last?.result?.late ?? server()?.late}>
            <p>{t("late")}</p>
          </Show>
          <Show when={!refusal() && props.last}>
            {(attempt) => (
              <p class="quiz__answer-state">
                {t(answerKey[answerState(attempt(), props.pending.has(attempt().opId ?? ""))])}
              </p>
            )}
          </Show>
        </div>
        <Show when={score() !== null}>
          <h2>{t("reviewTitle")}</h2>
          <ol class="quiz__review">
            <For each={props.quiz.questions}>
              {(q) => (
                <li data-right={String(correctOf().get(q.id) === true)}>
                  <p>{q.text}</p>
                  <p>{t("yourAnswer", { answer: answerText(q.id) })}</p>
                  <p>{t(correctOf().get(q.id) === true ? "right" : "wrong")}</p>
                  <Show when={q.explanation}>
                    <p>{t("explanation", { text: q.explanation ?? "" })}</p>
                  </Show>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </Show>
      <Show when={props.state === "open"}>
        <Show when={props.canStart} fallback={<p class="notice">{t("notSignedIn")}</p>}>
          <button type="button" class="quiz__start" onClick={() => props.onStart()}>
            {t("start")}
          </button>
        </Show>
      </Show>
      <Show when={props.state === "locked"}>
        <p class="notice">
          {t(props.quiz.opens === "after-checkin" ? "checkinHint" : "lockedHint")}
        </p>
        {/* What opens this quiz, one tap away from where the attendee finds it locked. */}
        <Show when={props.quiz.opens === "after-checkin"}>
          <p class="material__back">
            <A href={props.checkinHref}>{t("checkinLink")}</A>
          </p>
        </Show>
      </Show>
    </>
  );
}
