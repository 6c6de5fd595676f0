import { Route, Router } from "@solidjs/router";
import { lazy } from "solid-js";
import AgendaRoute from "./features/agenda/AgendaRoute.tsx";
import HomeRoute from "./features/home/HomeRoute.tsx";
import NotFoundRoute from "./features/home/NotFoundRoute.tsx";
import InviteRoute from "./features/invite/InviteRoute.tsx";
import { createI18n, I18nProvider } from "./i18n/i18n.tsx";
import { Layout } from "./ui/Layout.tsx";

// Staff screens are separate chunks: an attendee's phone never downloads them.
const StaffLogin = lazy(() => import("./features/staff/LoginRoute.tsx"));
const StaffArea = lazy(() => import("./features/staff/StaffArea.tsx"));
const StaffEvents = lazy(() => import("./features/staff/StaffEventsRoute.tsx"));

/** The app: attendee routes first, staff routes loaded lazily. */
export function App() {
  const i18n = createI18n();
  return (
    <I18nProvider value={i18n}>
      <Router root={Layout}>
        <Route path="/" component={HomeRoute} />
        <Route path="/i/:token" component={InviteRoute} />
        <Route path="/e/:slug" component={AgendaRoute} />
        <Route path="/staff/login" component={StaffLogin} />
        <Route path="/staff" component={StaffArea}>
          <Route path="/" component={StaffEvents} />
        </Route>
        <Route path="*" component={NotFoundRoute} />
      </Router>
    </I18nProvider>
  );
}
