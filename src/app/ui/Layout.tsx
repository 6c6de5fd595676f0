import type { JSX } from "solid-js";
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
