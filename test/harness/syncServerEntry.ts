// TEST ONLY: the real server (src/server/main.ts) with the test op kinds added to the
// registry of this process — "test.note" and "test.staffNote" (src/server/testing/testOpKinds.ts).
// The shipped registry has no test kind; only a process started from this file has them.
// Started by startSyncServer() in test/harness/syncServer.ts.

import { opKinds } from "../../src/server/sync/opKinds.ts";
import { makeTestOpKinds } from "../../src/server/testing/testOpKinds.ts";

Object.assign(opKinds, makeTestOpKinds({ ensureTable: true }));
await import("../../src/server/main.ts");
