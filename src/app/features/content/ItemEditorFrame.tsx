import { A } from "@solidjs/router";
import { type JSX, Match, type Resource, Show, Switch, untrack } from "solid-js";
import type { StaffEventContent } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { contentMessages } from "./messages.ts";

/**
 * What the session and material editors share around their form: the way back to the
 * event, the heading, and the form once the event's content is loaded — or why there is
 * none (the load failed, or no item has this id any more).
 */
export function ItemEditorFrame(props: {
  /** The event's editor, where "back" leads. */
  back: string;
  heading: string;
  /** The item's id in the address; "new" for one not created yet. */
  id: string;
  /** The item with that id in the loaded content. */
  item: { version: number } | undefined;
  /**
   * Rebuilds the form, with the newest saved values, whenever it changes; the item's
   * version unless given (an editor whose item also changes outside the form, as a
   * material's file does, counts its reloads instead).
   */
  formKey?: number;
  content: Resource<StaffEventContent>;
  class?: string;
  children: (content: () => StaffEventContent) => JSX.Element;
}) {
  const t = useFeatureMessages(contentMessages);
  const { t: tApp } = useI18n();
  return (
    <section class={props.class}>
      <p>
        <A class="editor-back" href={props.back}>
          {t("backToEvent")}
        </A>
      </p>
      <h1>{props.heading}</h1>
      <Switch>
        <Match when={props.content.error}>
          <p role="alert" class="error-panel">
            {errorMessage(tApp, props.content.error)}
          </p>
        </Match>
        <Match when={props.content() && props.id !== "new" && !props.item}>
          <p role="alert" class="error-panel">
            {tApp("error.not_found")}
          </p>
        </Match>
        <Match when={props.content()}>
          {(content) => (
            // Keyed: after "reload" the form shows the newest saved values. Untracked, so
            // that what the form reads as it is built rebuilds it only through the key.
            <Show when={`${props.id}@${props.formKey ?? props.item?.version ?? 0}`} keyed>
              {untrack(() => props.children(content))}
            </Show>
          )}
        </Match>
      </Switch>
    </section>
  );
}
