import "../staff/staffStrings.ts";
import "./hub.css";
import { A, useLocation, useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, type JSX, Match, Switch } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { ApiRequestError, NetworkError } from "../../sync/api.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { formatDayRange } from "./formatDates.ts";
import { getOverview } from "./hub.repo.ts";
import { hubMessages } from "./messages.ts";
import { mayOpen, sectionOf, sectionsFor } from "./sections.ts";
import { EventHubContext } from "./useEventHub.ts";

/**
 * Layout of every staff page of one event (/staff/e/:slug/…): the event's name, date and
 * place, a way back to the events list, and one navigation with the sections the role may
 * open — a menu button on a phone, a side bar on a desk. A page the role may not open shows
 * a message instead of its content, so that it neither loads nor offers its controls.
 */
export default function EventShell(props: { children?: JSX.Element }) {
  const t = useFeatureMessages(hubMessages);
  const { t: tApp } = useI18n();
  const params = useParams<{ slug: string }>();
  const location = useLocation();
  const [overview, { refetch }] = createResource(() => params.slug, getOverview);
  const [menuOpen, setMenuOpen] = createSignal(false);
  const base = () => `/staff/e/${encodeURIComponent(params.slug)}`;
  /** The path below /staff/e/:slug, e.g. "/people" ("" for the overview). */
  const rest = createMemo(() => {
    const path = decodeURIComponent(location.pathname).replace(/\/+$/, "");
    const prefix = `/staff/e/${params.slug}`;
    return path.startsWith(prefix) ? path.slice(prefix.length) : "";
  });
  const current = () => sectionOf(rest());
  const refusal = () => {
    const error = overview.error;
    if (error instanceof ApiRequestError && error.status === 403) return t("noAccess");
    if (error instanceof ApiRequestError && error.status === 404) return t("notFound");
    return `${t("loadFailed")} ${errorMessage(tApp, error)}`;
  };

  return (
    <div class="event-shell">
      <header class="event-shell__head no-print">
        <A href="/staff" end class="event-shell__back">
          {t("backToEvents")}
        </A>
        {/* Reading an errored resource throws: the error is shown below, not here. */}
        <Switch>
          <Match when={!overview.error && overview()}>
            {(o) => (
              <p class="event-shell__event">
                <strong>{o().event.title}</strong>
                <span>
                  {" · "}
                  {t("when", { dates: formatDayRange(o().event.startsOn, o().event.endsOn) })}
                </span>
                {o().event.venue ? <span> · {t("place", { venue: o().event.venue })}</span> : null}
              </p>
            )}
          </Match>
        </Switch>
      </header>
      <Switch>
        <Match when={overview.error instanceof NetworkError}>
          {/* No network (a door phone in the hall): the page may work from what the device
              holds, so it opens; the server still checks every request it makes. */}
          <p role="status" class="notice no-print">
            {t("offline")}
          </p>
          <EventHubContext.Provider value={{ overview, refetch }}>
            {props.children}
          </EventHubContext.Provider>
        </Match>
        <Match when={overview.error}>
          <p role="alert" class="error-panel">
            {refusal()}
          </p>
        </Match>
        <Match when={overview()}>
          {(o) => (
            <div class="event-shell__body">
              <nav class="hub-nav no-print" aria-label={t("nav")}>
                <button
                  type="button"
                  class="hub-nav__toggle button--quiet"
                  aria-expanded={menuOpen()}
                  aria-controls="hub-nav-list"
                  onClick={() => setMenuOpen(!menuOpen())}
                >
                  ☰ {t("menu")}: {t(`section.${current()}`)}
                </button>
                <ul id="hub-nav-list" class="hub-nav__list" data-open={menuOpen()}>
                  <For each={sectionsFor(o().role)}>
                    {(section) => (
                      <li>
                        <a
                          href={section.href(params.slug)}
                          aria-current={section.key === current() ? "page" : undefined}
                          onClick={() => setMenuOpen(false)}
                        >
                          {t(`section.${section.key}`)}
                        </a>
                      </li>
                    )}
                  </For>
                </ul>
              </nav>
              <div class="event-shell__page">
                <Switch>
                  <Match when={!mayOpen(o().role, rest())}>
                    <p role="alert" class="error-panel">
                      {t("forbidden")}
                    </p>
                    <p>
                      <A href={base()}>{t("section.overview")}</A>
                    </p>
                  </Match>
                  <Match when={true}>
                    <EventHubContext.Provider value={{ overview, refetch }}>
                      {props.children}
                    </EventHubContext.Provider>
                  </Match>
                </Switch>
              </div>
            </div>
          )}
        </Match>
      </Switch>
    </div>
  );
}
