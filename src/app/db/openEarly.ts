import { db } from "./db.ts";

// Imported first by main.tsx, so that IndexedDB starts opening while the rest of the app's
// modules are still evaluating: on an offline cold start the live agenda waits for that
// open, then for its reads. A failure here is the first query's to report (Dexie opens on
// demand, and tells each query why it could not).
db.open().catch(() => undefined);
