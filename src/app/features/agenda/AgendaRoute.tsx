import { useLocation, useParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, on, onCleanup, onMount, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { createPackSync } from "../../sync/createPackSync.ts";
import { lastPullError, pullFailure } from "../../sync/syncStatus.ts";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { createNow } from "../../ui/createNow.ts";
import { createOnlineStatus } from "../../ui/createOnlineStatus.ts";
import { Agenda } from "./Agenda.tsx";
import { getAgenda, getSeenVersion, markSeen, toggleStar } from "./agenda.repo.ts";
import { clearAgendaSnapshot, revealLiveApp, saveAgendaSnapshot } from "./agendaSnapshot.ts";
import { missingEventMessage, pullFailureMessage } from "./pullFailureMessage.ts";

/** How long the agenda must stay unchanged before its copy for the next cold start is kept. */
const SNAPSHOT_DELAY_MS = 1_000;

/**
 * /e/:slug — the agenda from the device, updated in place whenever a sync brings changes.
 * What changed since the attendee last left this screen is marked until they leave again.
 */
export default function AgendaRoute() {
  const { t, locale } = useI18n();
  const params = useParams<{ slug: string }>();
  const location = useLocation();
  const agenda = createLiveQuery(
    () => params.slug,
    (slug) => getAgenda(slug),
  );
  createPackSync(() => params.slug);
  const online = createOnlineStatus();
  const failure = () => pullFailure(params.slug);
  // Not on the device: the first pull's answer tells why, once it has come.
  const missing = () => {
    if (failure()) return missingEventMessage(t, failure());
    if (online() && lastPullError(params.slug) === undefined) return t("agenda.loading");
    return t("agenda.notOnDevice");
  };
  const now = createNow();
  // undefined until read; null when the attendee never looked before (then nothing is marked).
  const [seen, setSeen] = createSignal<number | null>();
  // A memo, so that the seen version is read once per event, not again after every sync.
  const eventId = createMemo(() => agenda.value()?.event.id);
  createEffect(
    on(eventId, async (eventId) => {
      if (!eventId) return;
      const before = await getSeenVersion(eventId);
      setSeen(before ?? agenda.value()?.pack.version ?? null);
    }),
  );
  const remember = () => {
    const data = agenda.value();
    if (data) void markSeen(data.event.id, data.pack.version);
  };
  // Issue 5: the copy index.html paints on the next cold start, kept once the screen settles.
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  const keepSnapshot = () => {
    clearTimeout(snapshotTimer);
    const root = document.getElementById("root");
    if (agenda.value() && root) saveAgendaSnapshot(location.pathname, root);
  };
  createEffect(
    on([agenda.value, seen, locale], () => {
      clearTimeout(snapshotTimer);
      snapshotTimer = setTimeout(keepSnapshot, SNAPSHOT_DELAY_MS);
    }),
  );
  const onHide = () => {
    if (document.visibilityState !== "hidden") return;
    remember();
    keepSnapshot();
  };
  document.addEventListener("visibilitychange", onHide);
  onCleanup(() => {
    document.removeEventListener("visibilitychange", onHide);
    clearTimeout(snapshotTimer);
    remember();
  });
  // Once the live agenda is rendered it replaces the copy painted at start-up; then a search
  // hit's #session-<id> is scrolled to.
  onMount(() => {
    createEffect(
      on(agenda.ready, (ready) => {
        if (!ready) return;
        revealLiveApp();
        if (!agenda.value()) clearAgendaSnapshot(location.pathname);
        const target = location.hash && document.getElementById(location.hash.slice(1));
        if (target) target.scrollIntoView({ block: "start" });
      }),
    );
  });
  return (
    <Show when={agenda.ready()}>
      <Show when={agenda.value()} fallback={<p class="notice">{missing()}</p>}>
        {(data) => (
          <>
            <Show when={failure()}>
              {(error) => (
                <p data-live class="notice" role="status">
                  {pullFailureMessage(t, error())}
                </p>
              )}
            </Show>
            <Agenda
              data={data()}
              now={now()}
              seenVersion={seen() ?? null}
              onToggleStar={(sessionId) => void toggleStar(data().event.id, sessionId)}
            />
          </>
        )}
      </Show>
    </Show>
  );
}
