import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { contentMessages } from "./messages.ts";

/**
 * Deletes a session or a material of the event, once the user has confirmed: attendees
 * lose it at their next sync, so a slip of the finger must not do it.
 */
export function DeleteItemButton(props: {
  title: string;
  disabled: boolean;
  onConfirmed: () => void;
}) {
  const t = useFeatureMessages(contentMessages);
  return (
    <button
      type="button"
      class="button--quiet"
      disabled={props.disabled}
      aria-label={t("deleteItem", { title: props.title })}
      onClick={() => {
        if (confirm(t("confirmDelete", { title: props.title }))) props.onConfirmed();
      }}
    >
      {t("delete")}
    </button>
  );
}
