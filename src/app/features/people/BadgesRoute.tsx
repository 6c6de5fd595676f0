import "../staff/staffStrings.ts";
import "./people.css";
import { useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { useEventHub } from "../hub/useEventHub.ts";
import { TicketQr } from "../ticket/TicketQr.tsx";
import { chunk } from "./chunk.ts";
import { PrintedEvent } from "./PrintedEvent.tsx";
import { getBadges } from "./people.repo.ts";
import { usePrintSelection } from "./printHref.ts";

const LAYOUTS = [8, 6, 10] as const;

/**
 * /staff/e/:slug/badges?unit=…|noUnit=1&ids=… — a printable A4 sheet of badges (8 per page by
 * default): name, position, unit and the ticket QR. Printed with the browser's dialog;
 * the print stylesheet hides everything but the pages.
 */
export default function BadgesRoute() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const selection = usePrintSelection();
  const [perPage, setPerPage] = createSignal<number>(8);
  const hub = useEventHub();
  const event = () => (hub?.overview.error ? undefined : hub?.overview()?.event);
  const [badges] = createResource(
    () => ({ slug: params.slug, ...selection() }),
    ({ slug, ...chosen }) => getBadges(slug, chosen),
  );
  return (
    <section class="print-sheet">
      <div class="no-print print-sheet__tools">
        <h1>{t("badges.title")}</h1>
        <Show when={badges()}>
          {(list) => <p role="status">{t("badges.count", { n: list().length })}</p>}
        </Show>
        <label>
          {t("badges.perPage")}
          <select
            value={String(perPage())}
            onChange={(e) => setPerPage(Number(e.currentTarget.value))}
          >
            <For each={LAYOUTS}>{(n) => <option value={String(n)}>{n}</option>}</For>
          </select>
        </label>
        <button type="button" onClick={() => window.print()} disabled={!badges()}>
          {t("badges.print")}
        </button>
        <p class="form__hint">{t("badges.printHint")}</p>
      </div>
      <Show when={badges.error}>
        <p role="alert" class="error-panel">
          {errorMessage(t, badges.error)}
        </p>
      </Show>
      <For each={chunk(badges() ?? [], perPage())}>
        {(page) => (
          <div class={`sheet-page sheet-page--${perPage()}`}>
            <For each={page}>
              {(badge) => (
                <article class="badge" data-attendee={badge.id}>
                  <Show when={event()}>
                    {(e) => <PrintedEvent event={e()} class="badge__event" />}
                  </Show>
                  <p class="badge__name">{badge.name}</p>
                  <p class="badge__position">{badge.position}</p>
                  <p class="badge__unit">{badge.unit}</p>
                  <Show
                    when={badge.code}
                    fallback={<p class="badge__noqr">{t("badges.noTicket")}</p>}
                  >
                    <TicketQr
                      class="badge__qr"
                      text={badge.code}
                      label={t("ticket.qrLabel", { name: badge.name })}
                    />
                  </Show>
                </article>
              )}
            </For>
          </div>
        )}
      </For>
    </section>
  );
}
