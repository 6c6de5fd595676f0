import { render } from "solid-js/web";
import { App } from "./App.tsx";
import { initialLocale, loadDictionary } from "./i18n/i18n.tsx";
import "./styles.css";

// English is loaded before the first render on devices that use it, so nothing flashes.
await loadDictionary(initialLocale());
render(() => <App />, document.getElementById("root")!);
