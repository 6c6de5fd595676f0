import { Route, Router } from "@solidjs/router";
import AgendaRoute from "./features/agenda/AgendaRoute.tsx";
import HomeRoute from "./features/home/HomeRoute.tsx";
import NotFoundRoute from "./features/home/NotFoundRoute.tsx";
import InviteRoute from "./features/invite/InviteRoute.tsx";
import { createI18n, I18nProvider } from "./i18n/i18n.tsx";
import { Layout } from "./ui/Layout.tsx";

/** The attendee app. Staff screens are loaded lazily by their own routes. */
export function App() {
  const i18n = createI18n();
  return (
    <I18nProvider value={i18n}>
      <Router root={Layout}>
        <Route path="/" component={HomeRoute} />
        <Route path="/i/:token" component={InviteRoute} />
        <Route path="/e/:slug" component={AgendaRoute} />
        <Route path="*" component={NotFoundRoute} />
      </Router>
    </I18nProvider>
  );
}
