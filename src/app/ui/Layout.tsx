import { type Component, createEffect, createSignal, type JSX, Show } from "solid-js";
import { db } from "../db/db.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { outboxSize } from "../sync/outbox/outboxSize.ts";
import { AttendeeNav } from "./AttendeeNav.tsx";
import { createLiveQuery } from "./createLiveQuery.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { OnlineStatus } from "./OnlineStatus.tsx";
import { UpdatePrompt } from "./UpdatePrompt.tsx";

/**
 * The frame of every screen: header with network state and language, then the page, and on
 * an event's attendee screens the bottom bar (AttendeeNav).
 */
export function Layout(props: { children?: JSX.Element }) {
  const { t } = useI18n();
  // Issue 9: the sync badge and the push engine it starts load once the outbox holds an
  // entry (written by this tab or another, or left from an earlier visit): a phone with
  // nothing to send never downloads them, and the first screen stays small.
  const [SyncBadge, setSyncBadge] = createSignal<Component>();
  const outbox = createLiveQuery(
    () => db,
    (database) => outboxSize(database),
  );
  let loading = false;
  createEffect(() => {
    if (loading || (outbox.value() ?? 0) === 0) return;
    loading = true;
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
