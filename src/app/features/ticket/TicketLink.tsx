import { A } from "@solidjs/router";
import { useI18n } from "../../i18n/i18n.tsx";

/** The agenda's link to the attendee's ticket. */
export function TicketLink(props: { slug: string }) {
  const { t } = useI18n();
  return (
    <A class="ticket-link" href={`/e/${encodeURIComponent(props.slug)}/ticket`}>
      {t("ticket.open")}
    </A>
  );
}
