import { Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormOk } from "../../ui/FormMessages.tsx";
import type { SaveState } from "./createSaveState.ts";
import { contentMessages } from "./messages.ts";

/** What became of the last save: saved, or why not — with a way out of a conflict. */
export function SaveStatus(props: { state: SaveState; onReload?: () => void }) {
  const { t: tApp } = useI18n();
  const t = useFeatureMessages(contentMessages);
  return (
    <>
      <Show when={props.state.error()}>
        <div role="alert" class="form__error">
          <p>{errorMessage(tApp, props.state.error())}</p>
          <Show when={props.state.conflict() && props.onReload}>
            <button type="button" onClick={() => props.onReload?.()}>
              {t("reload")}
            </button>
          </Show>
        </div>
      </Show>
      <FormOk message={props.state.saved() ? t("saved") : undefined} />
    </>
  );
}
