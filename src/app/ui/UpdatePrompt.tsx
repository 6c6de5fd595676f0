import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { useI18n } from "../i18n/i18n.tsx";
import { activateWaiting, registerServiceWorker } from "./registerServiceWorker.ts";

/** How often a page left open and visible asks whether a new version was deployed. */
const CHECK_EVERY_MS = 30 * 60_000;

/**
 * Asks the server for a new service worker when the page comes back into view, when the
 * device comes back online, and every `everyMs` while the page is visible. The browser
 * checks only on navigations, which a single-page app left open on a phone all day
 * never makes. Returns the function that stops it.
 */
export function checkForUpdates(
  wb: { update: () => Promise<unknown> },
  everyMs: number = CHECK_EVERY_MS,
): () => void {
  // A failed check (offline, server down) changes nothing: the next trigger tries again.
  const check = () => void wb.update().catch(() => {});
  const whenVisible = () => {
    if (document.visibilityState === "visible") check();
  };
  document.addEventListener("visibilitychange", whenVisible);
  window.addEventListener("online", check);
  const timer = setInterval(whenVisible, everyMs);
  return () => {
    document.removeEventListener("visibilitychange", whenVisible);
    window.removeEventListener("online", check);
    clearInterval(timer);
  };
}

/**
 * Registers the service worker and, when a new version is waiting, offers to reload into
 * it instead of leaving the user on the old one. Only in production builds.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [waiting, setWaiting] = createSignal<ServiceWorkerRegistration>();
  let stopChecking = () => {};
  onCleanup(() => stopChecking());
  onMount(async () => {
    if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
    const registration = await registerServiceWorker("/sw.js", setWaiting);
    stopChecking = checkForUpdates(registration);
  });
  const reload = () => {
    const registration = waiting();
    if (registration) activateWaiting(registration);
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
