import "../staff/staffStrings.ts";
import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, For, Show } from "solid-js";
import { newId } from "../../../shared/ids.ts";
import type { QuestionKind, QuizQuestion, StaffQuiz } from "../../../shared/quiz.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { authoringError } from "./authoringError.ts";
import { ImportPanel } from "./ImportPanel.tsx";
import { authoringMessages } from "./messages.ts";
import { PreviewQuestion } from "./PreviewQuestion.tsx";
import { getQuiz, listQuizzes, saveQuiz } from "./quizAuthoring.repo.ts";
import "./authoring.css";

const option = (text = "", correct = false) => ({ id: newId(), text, correct });
const blankQuestion = (): QuizQuestion => ({
  id: newId(),
  kind: "single",
  text: "",
  points: 1,
  explanation: "",
  options: [option(), option()],
});
/** A datetime-local value from ISO, in the device's zone, and back. */
const toLocal = (iso: string | null) =>
  iso
    ? new Date(Date.parse(iso) - new Date(iso).getTimezoneOffset() * 60_000)
        .toISOString()
        .slice(0, 16)
    : "";
const fromLocal = (value: string) => (value ? new Date(value).toISOString() : null);

/** 0 … n − 1: rows keyed by position. */
const positions = (n: number) => Array.from({ length: n }, (_, i) => i);

function move<T>(list: T[], from: number, to: number) {
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item!);
}

/**
 * /staff/e/:slug/quizzes/:id — the quiz editor: settings, questions and their options in
 * order (moved with Lên/Xuống), import from a template, preview as an attendee. Saving
 * sends the whole document; a graded quiz with answers is refused (duplicate it instead).
 */
export default function QuizEditorRoute() {
  const t = useFeatureMessages(authoringMessages);
  const params = useParams<{ slug: string; id: string }>();
  const [loaded] = createResource(
    () => [params.slug, params.id] as const,
    ([s, id]) => getQuiz(s, id),
  );
  const [sessions] = createResource(
    () => params.slug,
    async (s) => (await listQuizzes(s)).sessions,
  );
  // The working copy; every edit replaces it with an edited clone (no store library: the
  // editor chunk stays small and staff-only).
  const [quiz, setQuiz] = createSignal<StaffQuiz | null>(null);
  const [status, setStatus] = createSignal("");
  const [preview, setPreview] = createSignal(false);
  // The editor's working copy, taken from the loaded quiz once.
  createEffect(() => {
    const fresh = loaded();
    if (fresh && !quiz()) setQuiz(structuredClone(fresh));
  });
  const edit = (fn: (q: StaffQuiz) => void) => {
    const current = quiz();
    if (!current) return;
    const next = structuredClone(current);
    fn(next);
    setQuiz(next);
  };
  const save = async () => {
    const q = quiz();
    if (!q) return;
    setStatus("");
    try {
      const {
        id: _id,
        openedAt: _o,
        closedAt: _c,
        releasedAt: _r,
        pairId: _p,
        pairRole: _pr,
        attempts: _a,
        ...body
      } = q;
      const saved = await saveQuiz(params.slug, params.id, body);
      setQuiz(saved);
      setStatus(t("saved"));
    } catch (e) {
      const { key, detail } = authoringError(e);
      setStatus(t(key, { detail }));
    }
  };
  const setKind = (qi: number, kind: QuestionKind) =>
    edit((q) => {
      const question = q.questions[qi]!;
      question.kind = kind;
      if (kind === "truefalse") question.options = [option("Đúng", true), option("Sai", false)];
    });
  return (
    <section class="editor authoring" aria-labelledby="editor-title">
      <p>
        <A href={`/staff/e/${encodeURIComponent(params.slug)}/quizzes`}>{t("backToList")}</A>
      </p>
      <Show when={quiz()}>
        {(q) => (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <h1 id="editor-title">{q().title}</h1>
            <fieldset>
              <label>
                {t("fieldTitle")}
                <input
                  type="text"
                  value={q().title}
                  onInput={(e) =>
                    edit((x) => {
                      x.title = e.currentTarget.value;
                    })
                  }
                />
              </label>
              <label>
                {t("fieldSession")}
                <select
                  value={q().sessionId ?? ""}
                  onChange={(e) =>
                    edit((x) => {
                      x.sessionId = e.currentTarget.value || null;
                    })
                  }
                >
                  <option value="">{t("noSession")}</option>
                  <For each={sessions() ?? []}>
                    {(s) => <option value={s.id}>{s.title}</option>}
                  </For>
                </select>
              </label>
              <label>
                {t("fieldMode")}
                <select
                  value={q().mode}
                  onChange={(e) =>
                    edit((x) => {
                      x.mode = e.currentTarget.value as "practice";
                    })
                  }
                >
                  <option value="graded">{t("graded")}</option>
                  <option value="practice">{t("practice")}</option>
                </select>
              </label>
              <label>
                {t("fieldTimeLimit")}
                <input
                  type="number"
                  min="1"
                  value={q().timeLimitSec === null ? "" : Math.round(q().timeLimitSec! / 60)}
                  onInput={(e) =>
                    edit((x) => {
                      x.timeLimitSec = e.currentTarget.value
                        ? Number(e.currentTarget.value) * 60
                        : null;
                    })
                  }
                />
              </label>
              <label>
                {t("fieldAttempts")}
                <input
                  type="number"
                  min="1"
                  max="20"
                  value={q().attemptsAllowed}
                  onInput={(e) =>
                    edit((x) => {
                      x.attemptsAllowed = Number(e.currentTarget.value) || 1;
                    })
                  }
                />
              </label>
              <label>
                {t("fieldOpens")}
                <select
                  value={q().opens}
                  onChange={(e) =>
                    edit((x) => {
                      x.opens = e.currentTarget.value as "manual";
                    })
                  }
                >
                  <option value="manual">{t("opensManual")}</option>
                  <option value="schedule">{t("opensSchedule")}</option>
                  <option value="after-checkin">{t("opensCheckin")}</option>
                </select>
              </label>
              <Show when={q().opens === "schedule"}>
                <label>
                  {t("fieldOpensAt")}
                  <input
                    type="datetime-local"
                    value={toLocal(q().opensAt)}
                    onInput={(e) =>
                      edit((x) => {
                        x.opensAt = fromLocal(e.currentTarget.value);
                      })
                    }
                  />
                </label>
                <label>
                  {t("fieldClosesAt")}
                  <input
                    type="datetime-local"
                    value={toLocal(q().closesAt)}
                    onInput={(e) =>
                      edit((x) => {
                        x.closesAt = fromLocal(e.currentTarget.value);
                      })
                    }
                  />
                </label>
              </Show>
              <label>
                {t("fieldRelease")}
                <select
                  value={q().release}
                  onChange={(e) =>
                    edit((x) => {
                      x.release = e.currentTarget.value as "held";
                    })
                  }
                >
                  <option value="held">{t("releaseHeld")}</option>
                  <option value="immediate">{t("releaseImmediate")}</option>
                </select>
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={q().published}
                  onChange={(e) =>
                    edit((x) => {
                      x.published = e.currentTarget.checked;
                    })
                  }
                />{" "}
                {t("fieldPublished")}
              </label>
            </fieldset>

            {/* By position: rows stay (and keep focus) while their content is edited. */}
            <For each={positions(q().questions.length)}>
              {(qi) => {
                const question = () => q().questions[qi]!;
                return (
                  <fieldset>
                    <legend>{t("question", { n: qi + 1 })}</legend>
                    <label>
                      {t("questionText")}
                      <textarea
                        value={question().text}
                        onInput={(e) =>
                          edit((x) => {
                            x.questions[qi]!.text = e.currentTarget.value;
                          })
                        }
                      />
                    </label>
                    <label>
                      {t("kind")}
                      <select
                        value={question().kind}
                        onChange={(e) => setKind(qi, e.currentTarget.value as QuestionKind)}
                      >
                        <option value="single">{t("kindSingle")}</option>
                        <option value="multiple">{t("kindMultiple")}</option>
                        <option value="truefalse">{t("kindTrueFalse")}</option>
                      </select>
                    </label>
                    <For each={positions(question().options.length)}>
                      {(oi) => {
                        const opt = () => question().options[oi]!;
                        return (
                          <div class="editor__option">
                            <input
                              type="text"
                              aria-label={t("option", { n: oi + 1 })}
                              value={opt().text}
                              onInput={(e) =>
                                edit((x) => {
                                  x.questions[qi]!.options[oi]!.text = e.currentTarget.value;
                                })
                              }
                            />
                            <label>
                              <input
                                type="checkbox"
                                checked={opt().correct}
                                onChange={(e) =>
                                  edit((x) => {
                                    const options = x.questions[qi]!.options;
                                    if (
                                      x.questions[qi]!.kind !== "multiple" &&
                                      e.currentTarget.checked
                                    ) {
                                      for (const o of options) o.correct = false;
                                    }
                                    options[oi]!.correct = e.currentTarget.checked;
                                  })
                                }
                              />{" "}
                              {t("correct")}
                            </label>
                            <button
                              type="button"
                              onClick={() =>
                                edit((x) => move(x.questions[qi]!.options, oi, oi - 1))
                              }
                            >
                              {t("up")}
                            </button>
                            <button
                              type="button"
                              onClick={() =>
                                edit((x) => move(x.questions[qi]!.options, oi, oi + 1))
                              }
                            >
                              {t("down")}
                            </button>
                            <button
                              type="button"
                              onClick={() =>
                                edit((x) => {
                                  x.questions[qi]!.options.splice(oi, 1);
                                })
                              }
                            >
                              {t("remove")}
                            </button>
                          </div>
                        );
                      }}
                    </For>
                    <Show when={question().kind !== "truefalse"}>
                      <button
                        type="button"
                        onClick={() =>
                          edit((x) => {
                            x.questions[qi]!.options.push(option());
                          })
                        }
                      >
                        {t("addOption")}
                      </button>
                    </Show>
                    <label>
                      {t("points")}
                      <input
                        type="number"
                        min="0.25"
                        step="0.25"
                        value={question().points}
                        onInput={(e) =>
                          edit((x) => {
                            x.questions[qi]!.points = Number(e.currentTarget.value);
                          })
                        }
                      />
                    </label>
                    <label>
                      {t("explanationField")}
                      <textarea
                        value={question().explanation}
                        onInput={(e) =>
                          edit((x) => {
                            x.questions[qi]!.explanation = e.currentTarget.value;
                          })
                        }
                      />
                    </label>
                    <p class="authoring__actions">
                      <button
                        type="button"
                        onClick={() => edit((x) => move(x.questions, qi, qi - 1))}
                      >
                        {t("up")}
                      </button>
                      <button
                        type="button"
                        onClick={() => edit((x) => move(x.questions, qi, qi + 1))}
                      >
                        {t("down")}
                      </button>
                      <button
                        type="button"
                        onClick={() =>
                          edit((x) => {
                            x.questions.splice(qi, 1);
                          })
                        }
                      >
                        {t("remove")}
                      </button>
                    </p>
                  </fieldset>
                );
              }}
            </For>
            <p class="authoring__actions">
              <button
                type="button"
                onClick={() =>
                  edit((x) => {
                    x.questions.push(blankQuestion());
                  })
                }
              >
                {t("addQuestion")}
              </button>
              <button type="submit">{t("save")}</button>
              <button type="button" onClick={() => setPreview(!preview())}>
                {t(preview() ? "hidePreview" : "previewAsAttendee")}
              </button>
            </p>
            <Show when={status()}>
              <p role="status" class="notice">
                {status()}
              </p>
            </Show>
            <ImportPanel
              slug={params.slug}
              onAdd={(questions) =>
                edit((x) => {
                  x.questions.push(...questions);
                })
              }
            />
            <Show when={preview()}>
              <For each={q().questions}>
                {(question, i) => (
                  <PreviewQuestion
                    question={question}
                    n={i() + 1}
                    showKey={q().mode === "practice"}
                  />
                )}
              </For>
            </Show>
          </form>
        )}
      </Show>
    </section>
  );
}
