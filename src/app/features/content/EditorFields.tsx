import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import type { SaveState } from "./createSaveState.ts";
import { contentMessages } from "./messages.ts";
import { SaveStatus } from "./SaveStatus.tsx";

/*
 * Parts the event, session and material forms have in common, so that they name, limit
 * and label them alike (the server takes the same fields with the same limits).
 */

/** The short introduction of an event or a session (up to 5000 characters). */
export function DescriptionField(props: { value: string | undefined }) {
  const t = useFeatureMessages(contentMessages);
  return (
    <label>
      {t("description")}
      <textarea name="description" rows={3} maxLength={5000} value={props.value ?? ""} />
    </label>
  );
}

/** Whether attendees see the item; a new one is a draft until ticked. */
export function PublishedCheck(props: { checked: boolean | undefined }) {
  const t = useFeatureMessages(contentMessages);
  return (
    <label class="form__check">
      <input name="published" type="checkbox" checked={props.checked ?? false} />
      {t("published")}
    </label>
  );
}

/** The end of an editor form: what became of the last save, and the button (busy while saving). */
export function SaveControls(props: { state: SaveState; label?: string; onReload?: () => void }) {
  const t = useFeatureMessages(contentMessages);
  return (
    <>
      <SaveStatus state={props.state} onReload={props.onReload} />
      <button type="submit" disabled={props.state.busy()}>
        {props.state.busy() ? t("saving") : (props.label ?? t("save"))}
      </button>
    </>
  );
}
