import "./staffStrings.ts";
import "./staff.css";
import { Navigate, useLocation, useNavigate } from "@solidjs/router";
import { createResource, type JSX, Match, Show, Switch } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { StaffNav } from "./StaffNav.tsx";
import { getStaffSession, logout } from "./staff.repo.ts";
import { StaffContext } from "./useStaff.ts";

/**
 * Layout of every /staff page except the login: checks the staff session and sends to the
 * login when there is none. With no network it shows what the device holds (the staff
 * data's owner) and says so: the screens that need the server say that they cannot reach it.
 */
export default function StaffArea(props: { children?: JSX.Element }) {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [session] = createResource(getStaffSession);
  const signOut = async () => {
    // The login screen's code sits in the staff cache, which the sign-out deletes: load it
    // first, so that the login opens even with no network.
    await import("./LoginRoute.tsx").catch(() => {});
    await logout().catch(() => {});
    navigate("/staff/login", { replace: true });
  };
  return (
    <Switch>
      <Match when={session.error}>
        <StaffNav user={null} onSignOut={signOut} />
        <p role="alert" class="error-panel">
          {errorMessage(t, session.error)}
        </p>
      </Match>
      <Match when={session.state === "ready" && session() === null}>
        <Navigate href={`/staff/login?next=${encodeURIComponent(location.pathname)}`} />
      </Match>
      <Match when={session()}>
        {(current) => (
          <>
            <StaffNav user={current().user} onSignOut={signOut} />
            <Show when={current().offline}>
              <p role="status" class="notice staff-offline">
                {t("staff.offline")}
              </p>
            </Show>
            <Show when={current().user}>
              {(user) => (
                <StaffContext.Provider value={user()}>{props.children}</StaffContext.Provider>
              )}
            </Show>
          </>
        )}
      </Match>
    </Switch>
  );
}
