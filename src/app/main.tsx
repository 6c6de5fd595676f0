// First: IndexedDB starts opening before the other modules evaluate (see openEarly.ts). No
// JSX in this file: the JSX transform would put solid-js's import above this one.
import "./db/openEarly.ts";
import { createComponent, render } from "solid-js/web";
import { App } from "./App.tsx";
import { initialLocale, loadDictionary } from "./i18n/i18n.tsx";
import "./styles.css";

// English is loaded before the first render on devices that use it, so nothing flashes.
await loadDictionary(initialLocale());
render(() => createComponent(App, {}), document.getElementById("root")!);
