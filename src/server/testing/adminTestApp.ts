import { afterAll, beforeAll } from "vitest";
import { runAdminCommand } from "../admin/commands.ts";
import { seedDemo } from "../demo/seed.ts";
import { type Engine, openTestApp, testConfig } from "./testStore.ts";

type TestApp = Awaited<ReturnType<typeof openTestApp>>;

/**
 * For a suite of admin command tests (call it inside the `describe`): the app over a fresh
 * store with the demo seeded, opened before the suite's tests and closed after them, and
 * `run` for a command against that store, argv as typed after `npm run admin --`. Hooks the
 * suite adds after this call see the app already open.
 */
export function useAdminTestApp(engine: Engine) {
  let opened: TestApp | undefined;
  beforeAll(async () => {
    opened = await openTestApp(engine);
    await seedDemo(opened.store.db);
  });
  afterAll(() => opened?.store.close());
  const current = (): TestApp => {
    if (!opened) throw new Error("the test app opens in beforeAll: use it in hooks and tests");
    return opened;
  };
  return {
    get app() {
      return current().app;
    },
    get store() {
      return current().store;
    },
    run: (...argv: string[]) =>
      runAdminCommand(argv, { store: current().store, publicUrl: testConfig.publicUrl }),
  };
}
