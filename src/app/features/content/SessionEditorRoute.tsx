import "../staff/staffStrings.ts";
import { A, useNavigate, useParams } from "@solidjs/router";
import { createResource, Match, Show, Switch } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { createSession, getEventContent, updateSession } from "./content.repo.ts";
import { createSaveState } from "./createSaveState.ts";
import { contentMessages } from "./messages.ts";
import { SessionForm } from "./SessionForm.tsx";
import "./content.css";

/** /staff/e/:slug/s/:id — edit a session ("new" creates one). */
export default function SessionEditorRoute() {
  const t = useFeatureMessages(contentMessages);
  const { t: tApp } = useI18n();
  const params = useParams<{ slug: string; id: string }>();
  const navigate = useNavigate();
  const [content, { refetch }] = createResource(() => params.slug, getEventContent);
  const state = createSaveState();
  const isNew = () => params.id === "new";
  const session = () => content()?.sessions.find((s) => s.id === params.id);
  const back = () => `/staff/e/${encodeURIComponent(params.slug)}`;
  return (
    <section>
      <p>
        <A href={back()}>{t("backToEvent")}</A>
      </p>
      <h1>{isNew() ? t("newSession") : t("editSession")}</h1>
      <Switch>
        <Match when={content.error}>
          <p role="alert" class="error-panel">
            {errorMessage(tApp, content.error)}
          </p>
        </Match>
        <Match when={content() && !isNew() && !session()}>
          <p role="alert" class="error-panel">
            {tApp("error.not_found")}
          </p>
        </Match>
        <Match when={content()}>
          {(c) => (
            // Keyed on the version: after "reload" the form shows the newest saved values.
            <Show when={`${params.id}@${session()?.version ?? 0}`} keyed>
              <SessionForm
                content={c()}
                session={session()}
                state={state}
                onReload={() => void refetch()}
                onSubmit={async (body) => {
                  const current = session();
                  const saved = await state.run(() =>
                    current
                      ? updateSession(params.slug, current.id, {
                          ...body,
                          version: current.version,
                        })
                      : createSession(params.slug, body),
                  );
                  if (saved) navigate(back());
                }}
              />
            </Show>
          )}
        </Match>
      </Switch>
    </section>
  );
}
