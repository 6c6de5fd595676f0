import { loadStaffDictionary } from "../../i18n/i18n.tsx";

// Every staff screen imports this module for its side effect. The top-level await holds
// the screen's (lazy) module until the staff strings are loaded, so none renders a key.
await loadStaffDictionary();
