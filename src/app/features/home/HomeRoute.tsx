import { A, Navigate } from "@solidjs/router";
import { For, Match, Switch } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { listEventsOnDevice } from "../agenda/agenda.repo.ts";

/** / — the events on this device; with exactly one, go straight to its agenda. */
export default function HomeRoute() {
  const { t } = useI18n();
  const events = createLiveQuery(
    () => null,
    () => listEventsOnDevice(),
  );
  return (
    <Switch>
      <Match when={events.value()?.length === 1 && events.value()?.[0]}>
        {(event) => <Navigate href={`/e/${encodeURIComponent(event().slug)}`} />}
      </Match>
      <Match when={events.ready()}>
        <section class="home">
          <h1>{t("home.title")}</h1>
          <Switch>
            <Match when={(events.value() ?? []).length === 0}>
              <p>{t("home.empty")}</p>
              <p>{t("home.howTo")}</p>
            </Match>
            <Match when={true}>
              <ul class="event-list">
                <For each={events.value()}>
                  {(event) => (
                    <li>
                      <A href={`/e/${encodeURIComponent(event.slug)}`}>{event.title}</A>
                    </li>
                  )}
                </For>
              </ul>
            </Match>
          </Switch>
        </section>
      </Match>
    </Switch>
  );
}
