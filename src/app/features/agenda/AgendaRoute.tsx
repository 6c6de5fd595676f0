import { useLocation, useParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, on, onCleanup, onMount, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { createPackSync } from "../../sync/createPackSync.ts";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { createNow } from "../../ui/createNow.ts";
import { TicketLink } from "../ticket/TicketLink.tsx";
import { Agenda } from "./Agenda.tsx";
import { getAgenda, getSeenVersion, markSeen, toggleStar } from "./agenda.repo.ts";

/**
 * /e/:slug — the agenda from the device, updated in place whenever a sync brings changes.
 * What changed since the attendee last left this screen is marked until they leave again.
 */
export default function AgendaRoute() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const location = useLocation();
  const agenda = createLiveQuery(
    () => params.slug,
    (slug) => getAgenda(slug),
  );
  createPackSync(() => params.slug);
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
  const onHide = () => document.visibilityState === "hidden" && remember();
  document.addEventListener("visibilitychange", onHide);
  onCleanup(() => {
    document.removeEventListener("visibilitychange", onHide);
    remember();
  });
  // A search hit links to #session-<id>: scroll to it once the agenda is on screen.
  onMount(() => {
    createEffect(
      on(agenda.ready, (ready) => {
        const target = ready && location.hash && document.getElementById(location.hash.slice(1));
        if (target) target.scrollIntoView({ block: "start" });
      }),
    );
  });
  return (
    <Show when={agenda.ready()}>
      <Show when={agenda.value()} fallback={<p class="notice">{t("agenda.notOnDevice")}</p>}>
        {(data) => (
          <>
            {/* Issue 4: the attendee's ticket QR, shown offline too. */}
            <Show when={data().pack.attendee}>
              <TicketLink slug={data().event.slug} />
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
