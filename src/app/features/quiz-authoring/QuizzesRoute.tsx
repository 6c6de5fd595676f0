import "../staff/staffStrings.ts";
import { A, useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import type { StaffQuiz } from "../../../shared/quiz.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { authoringError } from "./authoringError.ts";
import { authoringMessages } from "./messages.ts";
import { createQuiz, deleteQuiz, listQuizzes, quizAction } from "./quizAuthoring.repo.ts";
import "./authoring.css";

/**
 * /staff/e/:slug/quizzes — the event's quizzes by session, for its trainers and
 * organisers: create, edit, duplicate, pair a post-test, open/close, release, results.
 */
export default function QuizzesRoute() {
  const t = useFeatureMessages(authoringMessages);
  const params = useParams<{ slug: string }>();
  const navigate = useNavigate();
  const [data, { refetch }] = createResource(() => params.slug, listQuizzes);
  const [error, setError] = createSignal("");
  const slug = () => encodeURIComponent(params.slug);
  const run = async (action: () => Promise<unknown>) => {
    setError("");
    try {
      await action();
      await refetch();
    } catch (e) {
      const { key, detail } = authoringError(e);
      setError(t(key, { detail }));
    }
  };
  const create = () =>
    run(async () => {
      const quiz = await createQuiz(params.slug, {
        title: t("newTitle"),
        sessionId: null,
        mode: "graded",
        timeLimitSec: null,
        attemptsAllowed: 1,
        opens: "manual",
        opensAt: null,
        closesAt: null,
        release: "held",
        published: false,
        questions: [],
      });
      navigate(`/staff/e/${slug()}/quizzes/${quiz.id}`);
    });
  const groups = () => {
    const d = data();
    if (!d) return [];
    const bySession = new Map<string | null, StaffQuiz[]>();
    for (const q of d.quizzes)
      bySession.set(q.sessionId, [...(bySession.get(q.sessionId) ?? []), q]);
    return [
      ...d.sessions
        .filter((s) => bySession.has(s.id))
        .map((s) => ({ title: s.title, quizzes: bySession.get(s.id)! })),
      ...(bySession.has(null) ? [{ title: t("noSession"), quizzes: bySession.get(null)! }] : []),
    ];
  };
  return (
    <section class="authoring" aria-labelledby="authoring-title">
      <h1 id="authoring-title">{t("title")}</h1>
      <p class="authoring__tools">
        <button type="button" onClick={create}>
          {t("create")}
        </button>{" "}
        <A href={`/staff/e/${slug()}/results`}>{t("resultsOverview")}</A>
      </p>
      <Show when={error()}>
        <p role="alert" class="notice">
          {error()}
        </p>
      </Show>
      <Show when={data() && data()!.quizzes.length === 0}>
        <p>{t("none")}</p>
      </Show>
      <For each={groups()}>
        {(group) => (
          <section class="authoring__group">
            <h2>{group.title}</h2>
            <ul class="authoring__list">
              <For each={group.quizzes}>
                {(quiz) => (
                  <li class="authoring__quiz">
                    <p class="authoring__name">
                      <A href={`/staff/e/${slug()}/quizzes/${quiz.id}`}>{quiz.title}</A>
                    </p>
                    <p class="authoring__meta">
                      {[
                        t(quiz.mode),
                        t(quiz.published ? "published" : "draft"),
                        quiz.pairRole ? t(quiz.pairRole) : "",
                        quiz.opens === "manual"
                          ? t(quiz.openedAt && !quiz.closedAt ? "isOpen" : "isClosed")
                          : "",
                        quiz.releasedAt ? t("released") : "",
                        t("attempts", { count: quiz.attempts }),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                    <p class="authoring__actions">
                      <A href={`/staff/e/${slug()}/quizzes/${quiz.id}/results`}>{t("results")}</A>
                      <Show when={quiz.opens === "manual" && (!quiz.openedAt || quiz.closedAt)}>
                        <button
                          type="button"
                          onClick={() => run(() => quizAction(params.slug, quiz.id, "open"))}
                        >
                          {t("open")}
                        </button>
                      </Show>
                      <Show when={!quiz.closedAt && (quiz.opens !== "manual" || quiz.openedAt)}>
                        <button
                          type="button"
                          onClick={() => run(() => quizAction(params.slug, quiz.id, "close"))}
                        >
                          {t("close")}
                        </button>
                      </Show>
                      <Show when={quiz.mode === "graded" && !quiz.releasedAt}>
                        <button
                          type="button"
                          onClick={() => run(() => quizAction(params.slug, quiz.id, "release"))}
                        >
                          {t("release")}
                        </button>
                      </Show>
                      <button
                        type="button"
                        onClick={() => run(() => quizAction(params.slug, quiz.id, "duplicate"))}
                      >
                        {t("duplicate")}
                      </button>
                      <Show when={!quiz.pairId}>
                        <button
                          type="button"
                          onClick={() => run(() => quizAction(params.slug, quiz.id, "pair"))}
                        >
                          {t("pair")}
                        </button>
                      </Show>
                      <button
                        type="button"
                        onClick={() => run(() => deleteQuiz(params.slug, quiz))}
                      >
                        {t("delete")}
                      </button>
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </section>
  );
}
