import "../staff/staffStrings.ts";
import "./people.css";
import { useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { useEventHub } from "../hub/useEventHub.ts";
import { TicketQr } from "../ticket/TicketQr.tsx";
import { chunk } from "./chunk.ts";
import { localLinkWarning } from "./localLinkWarning.ts";
import { peopleMessages } from "./messages.ts";
import { PrintedEvent } from "./PrintedEvent.tsx";
import { getInvitations } from "./people.repo.ts";
import { usePrintSelection } from "./printHref.ts";

/**
 * /staff/e/:slug/invitations?unit=…|noUnit=1&ids=… — printable invitations, 4 per A4 page, each
 * with the attendee's personal invite link as a QR code and as text.
 */
export default function InvitationsRoute() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const selection = usePrintSelection();
  const [invitations] = createResource(
    () => ({ slug: params.slug, ...selection() }),
    ({ slug, ...chosen }) => getInvitations(slug, chosen),
  );
  const tp = useFeatureMessages(peopleMessages);
  const hub = useEventHub();
  const event = () => (hub?.overview.error ? undefined : hub?.overview()?.event);
  const list = () => (invitations.error ? undefined : invitations()?.invitations);
  const warning = () => {
    const sheet = invitations.error ? undefined : invitations();
    return sheet
      ? localLinkWarning(
          sheet.invitations.map((i) => i.url),
          sheet.lanUrl,
        )
      : null;
  };
  return (
    <section class="print-sheet">
      <div class="no-print print-sheet__tools">
        <h1>{t("invitations.title")}</h1>
        <Show when={list()}>
          {(people) => <p role="status">{t("badges.count", { n: people().length })}</p>}
        </Show>
        <Show when={warning()}>
          {(w) => (
            <div role="alert" class="error-panel print-warning">
              <p>{tp("print.localLinks", { origin: w().origin })}</p>
              <p>
                {w().lanUrl ? tp("print.useLan", { lanUrl: w().lanUrl ?? "" }) : tp("print.noLan")}
              </p>
            </div>
          )}
        </Show>
        <button type="button" onClick={() => window.print()} disabled={!list()}>
          {t("badges.print")}
        </button>
        <p class="form__hint">{t("invitations.warning")}</p>
      </div>
      <Show when={invitations.error}>
        <p role="alert" class="error-panel">
          {errorMessage(t, invitations.error)}
        </p>
      </Show>
      <For each={chunk(list() ?? [], 4)}>
        {(page) => (
          <div class="sheet-page sheet-page--invitations">
            <For each={page}>
              {(invitation) => (
                <article class="invitation" data-attendee={invitation.id}>
                  <p class="invitation__to">{tp("print.to")}</p>
                  <p class="invitation__name">{invitation.name}</p>
                  <p class="invitation__unit">
                    {[invitation.position, invitation.unit].filter(Boolean).join(" — ")}
                  </p>
                  <Show when={event()}>
                    {(e) => <PrintedEvent event={e()} class="invitation__event" />}
                  </Show>
                  <TicketQr
                    class="invitation__qr"
                    text={invitation.url}
                    label={t("invitations.qrLabel", { name: invitation.name })}
                  />
                  <p class="invitation__how">{tp("print.how")}</p>
                  <p class="invitation__url">{invitation.url}</p>
                </article>
              )}
            </For>
          </div>
        )}
      </For>
    </section>
  );
}
