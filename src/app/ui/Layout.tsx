import { type Component, createSignal, type JSX, onMount, Show } from "solid-js";
import { useI18n } from "../i18n/i18n.tsx";
import { AttendeeNav } from "./AttendeeNav.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { OnlineStatus } from "./OnlineStatus.tsx";
import { UpdatePrompt } from "./UpdatePrompt.tsx";

/**
 * The frame of every screen: header with network state and language, then the page, and on
 * an event's attendee screens the bottom bar (AttendeeNav).
 */
export function Layout(props: { children?: JSX.Element }) {
  const { t } = useI18n();
  // Issue 9: the sync badge (and the push engine it starts) loads after the first screen,
  // so that the attendee's first load stays small (no lazy()/Suspense machinery either);
  // it shows only when something waits or failed.
  const [SyncBadge, setSyncBadge] = createSignal<Component>();
  onMount(() => {
    void import("../features/sync/syncUi.ts").then((m) => setSyncBadge(() => m.SyncBadge));
  });
  return (
    <>
      <a class="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header class="topbar">
        <a class="brand" href="/">
          {t("app.name")}
        </a>
        <OnlineStatus />
        <Show when={SyncBadge()}>{(Badge) => Badge()({})}</Show>
        <LanguageSwitch />
      </header>
      <main id="main" tabindex="-1">
        {props.children}
      </main>
      <AttendeeNav />
      <UpdatePrompt />
    </>
  );
}
