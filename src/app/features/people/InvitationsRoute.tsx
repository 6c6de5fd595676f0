import "../staff/staffStrings.ts";
import "./people.css";
import { useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { TicketQr } from "../ticket/TicketQr.tsx";
import { chunk } from "./chunk.ts";
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
  return (
    <section class="print-sheet">
      <div class="no-print print-sheet__tools">
        <h1>{t("invitations.title")}</h1>
        <Show when={invitations()}>
          {(list) => <p role="status">{t("badges.count", { n: list().length })}</p>}
        </Show>
        <button type="button" onClick={() => window.print()} disabled={!invitations()}>
          {t("badges.print")}
        </button>
        <p class="form__hint">{t("invitations.warning")}</p>
      </div>
      <Show when={invitations.error}>
        <p role="alert" class="error-panel">
          {errorMessage(t, invitations.error)}
        </p>
      </Show>
      <For each={chunk(invitations() ?? [], 4)}>
        {(page) => (
          <div class="sheet-page sheet-page--invitations">
            <For each={page}>
              {(invitation) => (
                <article class="invitation" data-attendee={invitation.id}>
                  <p class="invitation__to">{t("invitations.to")}</p>
                  <p class="invitation__name">{invitation.name}</p>
                  <p class="invitation__unit">
                    {[invitation.position, invitation.unit].filter(Boolean).join(" — ")}
                  </p>
                  <TicketQr
                    class="invitation__qr"
                    text={invitation.url}
                    label={t("invitations.qrLabel", { name: invitation.name })}
                  />
                  <p class="invitation__how">{t("invitations.how")}</p>
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
