import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import type { StaffUser } from "./staff.repo.ts";

/**
 * The staff area's navigation. Sign-out is always there, even when the user is unknown
 * (no network and no owner on record), so that a device can always wipe its staff data.
 */
export function StaffNav(props: { user: StaffUser | null; onSignOut: () => void }) {
  const { t } = useI18n();
  return (
    <nav class="staff-nav" aria-label={t("staff.nav")}>
      <Show when={props.user}>
        {(user) => (
          <>
            <A href="/staff" end>
              {t("staff.events")}
            </A>
            <Show when={user().role !== "trainer"}>
              <A href="/staff/new">{t("staff.newEvent")}</A>
            </Show>
            <span class="staff-nav__user">{user().username}</span>
            <A href="/staff/password">{t("password.title")}</A>
          </>
        )}
      </Show>
      <button type="button" class="button--quiet" onClick={() => props.onSignOut()}>
        {t("staff.logout")}
      </button>
    </nav>
  );
}
