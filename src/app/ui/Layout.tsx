import { type JSX, lazy, Suspense } from "solid-js";
import { useI18n } from "../i18n/i18n.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { OnlineStatus } from "./OnlineStatus.tsx";
import { UpdatePrompt } from "./UpdatePrompt.tsx";

// Issue 9: the sync badge (and the push engine it starts) loads after the first screen, so
// that the attendee's first load stays small; it shows only when something waits or failed.
const SyncBadge = lazy(() => import("../features/sync/SyncBadge.tsx"));

/** The frame of every screen: header with network state and language, then the page. */
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
        <Suspense>
          <SyncBadge />
        </Suspense>
        <LanguageSwitch />
      </header>
      <main id="main" tabindex="-1">
        {props.children}
      </main>
      <UpdatePrompt />
    </>
  );
}
