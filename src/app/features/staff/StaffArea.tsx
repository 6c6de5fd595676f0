import "./staffStrings.ts";
import { A, Navigate, useLocation } from "@solidjs/router";
import { createResource, type JSX, Match, Show, Switch } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { getStaffUser, logout } from "./staff.repo.ts";
import { StaffContext } from "./useStaff.ts";

/**
 * Layout of every /staff page except the login: checks the staff session (staff screens
 * are online-only) and sends to the login when there is none.
 */
export default function StaffArea(props: { children?: JSX.Element }) {
  const { t } = useI18n();
  const location = useLocation();
  const [user] = createResource(getStaffUser);
  const signOut = async () => {
    await logout().catch(() => {});
    window.location.assign("/staff/login");
  };
  return (
    <Switch>
      <Match when={user.error}>
        <p role="alert" class="error-panel">
          {errorMessage(t, user.error)}
        </p>
      </Match>
      <Match when={user.state === "ready" && user() === null}>
        <Navigate href={`/staff/login?next=${encodeURIComponent(location.pathname)}`} />
      </Match>
      <Match when={user()}>
        {(staff) => (
          <StaffContext.Provider value={staff()}>
            <nav class="staff-nav" aria-label={t("staff.nav")}>
              <A href="/staff" end>
                {t("staff.events")}
              </A>
              <Show when={staff().role !== "trainer"}>
                <A href="/staff/new">{t("staff.newEvent")}</A>
              </Show>
              <span class="staff-nav__user">{staff().username}</span>
              <A href="/staff/password">{t("password.title")}</A>
              <button type="button" class="button--quiet" onClick={signOut}>
                {t("staff.logout")}
              </button>
            </nav>
            {props.children}
          </StaffContext.Provider>
        )}
      </Match>
    </Switch>
  );
}
