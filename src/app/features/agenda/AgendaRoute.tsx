import { useParams } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { Agenda } from "./Agenda.tsx";
import { getAgenda, refreshAgenda } from "./agenda.repo.ts";

/** /e/:slug — the agenda from the device, refreshed from the server when it can be. */
export default function AgendaRoute() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const agenda = createLiveQuery(
    () => params.slug,
    (slug) => getAgenda(slug),
  );
  // Offline or signed out, the device's copy stays on screen; nothing to report here.
  onMount(() => {
    if (navigator.onLine) refreshAgenda(params.slug).catch(() => {});
  });
  return (
    <Show when={agenda.ready()}>
      <Show when={agenda.value()} fallback={<p class="notice">{t("agenda.notOnDevice")}</p>}>
        {(data) => <Agenda data={data()} />}
      </Show>
    </Show>
  );
}
