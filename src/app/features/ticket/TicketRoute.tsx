import { A, useParams } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { TicketQr } from "./TicketQr.tsx";
import { getTicket, refreshTicket } from "./ticket.repo.ts";

/**
 * /e/:slug/ticket — the attendee's ticket as a full-screen QR code, from the device (it
 * works offline), refreshed from the server when there is a connection.
 */
export default function TicketRoute() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const ticket = createLiveQuery(
    () => params.slug,
    (slug) => getTicket(slug),
  );
  const [error, setError] = createSignal<unknown>();
  onMount(() => {
    if (!navigator.onLine) return;
    refreshTicket(params.slug).catch((e: unknown) => setError(() => e));
  });
  return (
    <section class="ticket">
      <Show when={ticket.ready()}>
        <Show
          when={ticket.value()}
          fallback={
            <div class="notice" role="alert">
              <p>{error() ? errorMessage(t, error()) : t("ticket.none")}</p>
            </div>
          }
        >
          {(held) => (
            <>
              <h1 class="ticket__name">{held().name}</h1>
              <p class="ticket__unit">{held().unit}</p>
              <TicketQr
                class="ticket__qr"
                text={held().code}
                label={t("ticket.qrLabel", { name: held().name })}
              />
              <p class="ticket__hint">{t("ticket.brightness")}</p>
            </>
          )}
        </Show>
      </Show>
      <p>
        <A href={`/e/${encodeURIComponent(params.slug)}`}>{t("ticket.back")}</A>
      </p>
    </section>
  );
}
