import { A, useParams } from "@solidjs/router";
import { createEffect, createSignal, onMount, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { createWakeLock } from "./createWakeLock.ts";
import { ExitFullscreenButton, FullscreenButton } from "./FullscreenButton.tsx";
import { TicketQr } from "./TicketQr.tsx";
import { getTicket, refreshTicket } from "./ticket.repo.ts";

/**
 * /e/:slug/ticket — the attendee's ticket as a QR code, from the device (it works
 * offline), refreshed from the server when there is a connection. It can be put full
 * screen, and keeps the screen on while shown.
 */
export default function TicketRoute() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const ticket = createLiveQuery(
    () => params.slug,
    (slug) => getTicket(slug),
  );
  const [error, setError] = createSignal<unknown>();
  // The server said so, or the ticket left the device while on screen (a sync saw it go).
  const [revoked, setRevoked] = createSignal(false);
  let shown = false;
  createEffect(() => {
    if (ticket.value()) shown = true;
    else if (ticket.ready() && shown) setRevoked(true);
  });
  onMount(() => {
    if (!navigator.onLine) return;
    refreshTicket(params.slug)
      .then((fresh) => setRevoked(fresh === null))
      .catch((e: unknown) => setError(() => e));
  });
  let card: HTMLDivElement | undefined;
  const none = () =>
    revoked() ? t("ticket.revoked") : error() ? errorMessage(t, error()) : t("ticket.none");
  return (
    <section class="ticket">
      <Show when={ticket.ready()}>
        <Show
          when={ticket.value()}
          fallback={
            <div class="notice" role="alert">
              <p>{none()}</p>
            </div>
          }
        >
          {(held) => {
            createWakeLock();
            return (
              <>
                <div class="ticket__card" ref={card}>
                  <h1 class="ticket__name">{held().name}</h1>
                  <p class="ticket__unit">{held().unit}</p>
                  <TicketQr
                    class="ticket__qr"
                    text={held().code}
                    label={t("ticket.qrLabel", { name: held().name })}
                  />
                  <p class="ticket__hint">{t("ticket.brightness")}</p>
                  <ExitFullscreenButton />
                </div>
                <FullscreenButton target={() => card} />
              </>
            );
          }}
        </Show>
      </Show>
      {/* A session's attendance is taken by the attendee: its code is on the trainer's screen. */}
      <p>
        <A class="ticket__back" href={`/e/${encodeURIComponent(params.slug)}/checkin`}>
          {t("ticket.selfCheckin")}
        </A>
      </p>
      <p>
        <A class="ticket__back" href={`/e/${encodeURIComponent(params.slug)}`}>
          {t("ticket.back")}
        </A>
      </p>
    </section>
  );
}
