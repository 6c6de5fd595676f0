import { createSignal, onMount, Show } from "solid-js";
import type { Workbox } from "workbox-window";
import { useI18n } from "../i18n/i18n.tsx";

/**
 * Registers the service worker and, when a new version is waiting, offers to reload into
 * it instead of leaving the user on the old one. Only in production builds.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [waiting, setWaiting] = createSignal<Workbox>();
  onMount(async () => {
    if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
    const { Workbox } = await import("workbox-window");
    const wb = new Workbox("/sw.js");
    wb.addEventListener("waiting", () => setWaiting(wb));
    await wb.register();
  });
  const reload = () => {
    const wb = waiting();
    if (!wb) return;
    wb.addEventListener("controlling", () => window.location.reload());
    wb.messageSkipWaiting();
  };
  return (
    <Show when={waiting()}>
      <div data-live class="toast" role="alert">
        <span>{t("update.available")}</span>
        <button type="button" onClick={reload}>
          {t("update.reload")}
        </button>
      </div>
    </Show>
  );
}
