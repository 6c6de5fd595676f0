import { useI18n } from "../i18n/i18n.tsx";
import { createOnlineStatus } from "./createOnlineStatus.ts";

/** A small badge saying whether the device has a network, announced to screen readers. */
export function OnlineStatus() {
  const { t } = useI18n();
  const online = createOnlineStatus();
  return (
    <output
      data-live
      class="status"
      classList={{ "status--offline": !online() }}
      aria-live="polite"
    >
      <span class="status__dot" aria-hidden="true" />
      <span>{online() ? t("status.online") : t("status.offline")}</span>
    </output>
  );
}
