import "../staff/staffStrings.ts";
import { A, useParams } from "@solidjs/router";
import { createResource, For, Match, Show, Switch } from "solid-js";
import type { StaffEventContent, StaffSession } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { dayKey, formatClock, formatDay } from "../agenda/formatTime.ts";
import {
  deleteMaterial,
  deleteSession,
  getEventContent,
  reorderSessions,
  updateEvent,
} from "./content.repo.ts";
import { createSaveState } from "./createSaveState.ts";
import { DeleteItemButton } from "./DeleteItemButton.tsx";
import { EventForm } from "./EventForm.tsx";
import { contentMessages } from "./messages.ts";
import { SaveStatus } from "./SaveStatus.tsx";
import "./content.css";

function byDay(sessions: StaffSession[], zone: string): StaffSession[][] {
  const days = new Map<string, StaffSession[]>();
  for (const s of sessions) {
    const key = dayKey(s.startsAt, zone);
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  return [...days.values()];
}

/**
 * /staff/e/:slug/agenda — an event's editor (inside the event hub, which links back): its details, its agenda day by day (reorder,
 * edit, delete) and its materials. Every change is saved on the server at once.
 */
export default function EventEditorRoute() {
  const t = useFeatureMessages(contentMessages);
  const { t: tApp, intlLocale } = useI18n();
  const params = useParams<{ slug: string }>();
  const [content, { refetch }] = createResource(() => params.slug, getEventContent);
  const details = createSaveState();
  const list = createSaveState();
  const base = () => `/staff/e/${encodeURIComponent(params.slug)}`;

  const change = async (action: () => Promise<unknown>) => {
    await list.run(action);
    await refetch();
  };
  const move = (day: StaffSession[], index: number, delta: number) => {
    const order = [...day];
    const [item] = order.splice(index, 1);
    order.splice(index + delta, 0, item!);
    return change(() => reorderSessions(params.slug, order));
  };

  return (
    <section class="editor">
      <Switch>
        <Match when={content.error}>
          <p role="alert" class="error-panel">
            {t("loadFailed")} {errorMessage(tApp, content.error)}
          </p>
        </Match>
        <Match when={content()}>
          {(c: () => StaffEventContent) => (
            <>
              <h1>{c().event.title}</h1>
              <p class="editor__meta">
                {t("editorTitle")} ·{" "}
                <a href={`/e/${encodeURIComponent(c().event.slug)}`}>/e/{c().event.slug}</a>
              </p>
              <details class="editor__section">
                <summary>{t("eventSection")}</summary>
                <EventForm
                  event={c().event}
                  state={details}
                  submitLabel={t("save")}
                  onReload={() => void refetch()}
                  onSubmit={async (fields) => {
                    const { slug: _, ...rest } = fields;
                    const saved = await details.run(() =>
                      updateEvent(params.slug, { ...rest, version: c().event.version }),
                    );
                    if (saved) await refetch();
                  }}
                />
              </details>

              <h2>{t("sessions")}</h2>
              <SaveStatus state={list} onReload={() => void refetch()} />
              <p>
                <A class="button" href={`${base()}/s/new`}>
                  {t("addSession")}
                </A>
              </p>
              <Show when={c().sessions.length > 0} fallback={<p>{t("none")}</p>}>
                <For each={byDay(c().sessions, c().event.timeZone)}>
                  {(day) => (
                    <section class="editor__day">
                      <h3>{formatDay(day[0]!.startsAt, c().event.timeZone, intlLocale())}</h3>
                      <ol class="editor__list">
                        <For each={day}>
                          {(session, i) => (
                            <li class="editor__item">
                              <span class="editor__time">
                                {formatClock(session.startsAt, c().event.timeZone, intlLocale())}–
                                {formatClock(session.endsAt, c().event.timeZone, intlLocale())}
                              </span>{" "}
                              <A
                                href={`${base()}/s/${session.id}`}
                                aria-label={t("editItem", { title: session.title })}
                              >
                                {session.title}
                              </A>
                              <Show when={!session.published}>
                                {" "}
                                <span class="badge">{t("draft")}</span>
                              </Show>
                              <span class="editor__actions">
                                <button
                                  type="button"
                                  class="button--quiet"
                                  disabled={i() === 0 || list.busy()}
                                  aria-label={t("moveUp", { title: session.title })}
                                  onClick={() => move(day, i(), -1)}
                                >
                                  ↑
                                </button>
                                <button
                                  type="button"
                                  class="button--quiet"
                                  disabled={i() === day.length - 1 || list.busy()}
                                  aria-label={t("moveDown", { title: session.title })}
                                  onClick={() => move(day, i(), 1)}
                                >
                                  ↓
                                </button>
                                <DeleteItemButton
                                  title={session.title}
                                  disabled={list.busy()}
                                  onConfirmed={() =>
                                    void change(() => deleteSession(params.slug, session))
                                  }
                                />
                              </span>
                            </li>
                          )}
                        </For>
                      </ol>
                    </section>
                  )}
                </For>
              </Show>

              <h2>{t("materials")}</h2>
              <p>
                <A class="button" href={`${base()}/m/new`}>
                  {t("addMaterial")}
                </A>
              </p>
              <Show when={c().materials.length > 0} fallback={<p>{t("none")}</p>}>
                <ul class="editor__list">
                  <For each={c().materials}>
                    {(material) => (
                      <li class="editor__item">
                        <A
                          href={`${base()}/m/${material.id}`}
                          aria-label={t("editItem", { title: material.title })}
                        >
                          {material.title}
                        </A>
                        <Show when={material.file}>
                          {(file) => <span class="editor__file"> · {file().name}</span>}
                        </Show>
                        <Show when={!material.published}>
                          {" "}
                          <span class="badge">{t("draft")}</span>
                        </Show>
                        <span class="editor__actions">
                          <DeleteItemButton
                            title={material.title}
                            disabled={list.busy()}
                            onConfirmed={() =>
                              void change(() => deleteMaterial(params.slug, material))
                            }
                          />
                        </span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
