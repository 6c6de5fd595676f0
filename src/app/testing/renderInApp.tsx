import { createMemoryHistory, MemoryRouter, Route } from "@solidjs/router";
import { render } from "@solidjs/testing-library";
import type { JSX } from "solid-js";
import { createI18n, I18nProvider } from "../i18n/i18n.tsx";

/**
 * Renders a component as the app would: inside the i18n provider (Vietnamese) and a
 * router at `path`, matched by the route `pattern` (e.g. "/e/:slug", for useParams), into
 * `container` when given (e.g. a #root as index.html has).
 */
export function renderInApp(
  ui: () => JSX.Element,
  path = "/",
  pattern = "*",
  container?: HTMLElement,
) {
  localStorage.setItem("th.locale", "vi");
  const history = createMemoryHistory();
  history.set({ value: path, scroll: false, replace: true });
  return render(
    () => (
      <I18nProvider value={createI18n()}>
        <MemoryRouter history={history}>
          <Route path={pattern} component={ui} />
        </MemoryRouter>
      </I18nProvider>
    ),
    container ? { container } : {},
  );
}
