import { Show } from "solid-js";
import type { EventOverview } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { formatDayRange } from "../hub/formatDates.ts";
import { peopleMessages } from "./messages.ts";

/** The event's name, date and place as printed on an invitation or a badge (issue 13). */
export function PrintedEvent(props: { event: EventOverview["event"]; class: string }) {
  const t = useFeatureMessages(peopleMessages);
  return (
    <div class={props.class}>
      <p class={`${props.class}-title`}>{t("print.attend", { title: props.event.title })}</p>
      <p>
        {t("print.when", { dates: formatDayRange(props.event.startsOn, props.event.endsOn) })}
        <Show when={props.event.venue}>
          {" · "}
          {t("print.where", { venue: props.event.venue })}
        </Show>
      </p>
    </div>
  );
}
