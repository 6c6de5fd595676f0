import { readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAdaptorServer } from "@hono/node-server";
import { asc, eq } from "drizzle-orm";
import { findAttendee, inviteUrl } from "./admin/inviteLink.ts";
import { adminSocketAnswers, adminSocketPath, listenAdminSocket } from "./admin/socket.ts";
import { createApp } from "./app.ts";
import { purgeLoginAttempts } from "./auth/rateLimit.ts";
import { purgeExpiredSessions } from "./auth/session.ts";
import { banner, reachableLanUrl } from "./banner.ts";
import { readEnv } from "./env.ts";
import { fillFreshDatabase } from "./firstRun.ts";
import { DataDirBusyError, lockDataDir, makeDataDir } from "./store/dataDir.ts";
import { openStore, type Store } from "./store/db.ts";
import { attendees, events } from "./store/schema.ts";
import { ChangeHub } from "./sync/changeHub.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const version = (
  JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }
).version;

/**
 * PGlite corrupts a data directory that two processes open: refuses to start beside a
 * running server, or beside any process holding DATA_DIR (a server still starting, an
 * admin command), before opening anything.
 */
async function claimDataDir(dataDir: string) {
  if (await adminSocketAnswers(adminSocketPath(dataDir))) {
    console.error(`A server is already running on ${dataDir}: stop it first, or set DATA_DIR.`);
    process.exit(1);
  }
  try {
    return lockDataDir(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirBusyError)) throw error;
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
}

/** `/i/<token>` of the demo event's first attendee, for trying the app at once. */
async function demoInvitePath(store: Store): Promise<string | null> {
  const [first] = await store.db
    .select({ id: attendees.id })
    .from(attendees)
    .innerJoin(events, eq(events.id, attendees.eventId))
    .where(eq(events.slug, "demo"))
    .orderBy(asc(attendees.createdAt), asc(attendees.id))
    .limit(1);
  const attendee = first && (await findAttendee(store.db, "demo", first.id));
  return attendee ? inviteUrl(store.db, "", attendee) : null;
}

const env = readEnv();
const dataDirWarning = makeDataDir(env.dataDir);
if (dataDirWarning) console.warn(dataDirWarning);
const dataDirLock = env.databaseUrl ? null : await claimDataDir(env.dataDir);
const store = await openStore({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
const passwordFile = join(env.dataDir, "admin-password.txt");
// On a fresh install: an admin account with a random password, printed once.
const adminPassword = await fillFreshDatabase(store, { seedDemo: env.seedDemo });
if (adminPassword) {
  writeFileSync(passwordFile, `username: admin\npassword: ${adminPassword}\n`, { mode: 0o600 });
}
await purgeExpiredSessions(store.db);
const purgeTimer = setInterval(() => {
  purgeExpiredSessions(store.db).catch(console.error);
  purgeLoginAttempts(store.db).catch(console.error);
}, 3600_000);
purgeTimer.unref();

// The live change feeds: ended at shutdown, or server.close() would wait for them forever.
const changes = new ChangeHub(store);
const app = createApp(
  store,
  {
    version,
    publicUrl: env.publicUrl,
    lanUrl: env.publicUrlGiven ? null : reachableLanUrl(env.host, env.port),
    distDir: env.distDir ?? join(root, "dist"),
    rosterMaxRows: env.rosterMaxRows,
  },
  { changes },
);
const ctx = { store, publicUrl: env.publicUrl, rosterMaxRows: env.rosterMaxRows };
const adminSocket = env.databaseUrl
  ? null
  : await listenAdminSocket(adminSocketPath(env.dataDir), ctx);

/**
 * Connections the kernel queues before the server accepts them. Node's default of 511 is
 * less than a hall's devices reconnecting at once: beyond it the kernel drops the
 * connection request, and the device's TCP stack tries again only a second later, then
 * three (issue 9's herd). Linux caps it at net.core.somaxconn (4096 by default).
 */
const LISTEN_BACKLOG = 4096;
let stopping = false;
/**
 * A request that arrives during shutdown, on a connection kept alive from before (a live
 * feed's EventSource reconnecting the moment its stream ended, a poll): 503, and the
 * connection closed after it — served, it would hold server.close() open.
 */
const refuseWhileStopping = () =>
  Response.json(
    { error: { code: "unavailable", message: "the server is stopping; try again shortly" } },
    { status: 503, headers: { "retry-after": "5", connection: "close" } },
  );
const server = createAdaptorServer({
  fetch: (request: Request, bindings: unknown) =>
    stopping ? refuseWhileStopping() : app.fetch(request, bindings),
  hostname: env.host,
});
server.listen({ port: env.port, host: env.host, backlog: LISTEN_BACKLOG }, () => {
  const info = server.address() as AddressInfo;
  demoInvitePath(store).then((path) => {
    console.log(
      banner({
        engine: store.engine,
        localUrl: `http://localhost:${info.port}`,
        publicUrl: env.publicUrlGiven ? env.publicUrl : null,
        lanUrl: reachableLanUrl(env.host, info.port),
        adminPassword,
        passwordFile,
        demoInvitePath: path,
      }),
    );
  });
});

/** Finishes in-flight requests, then closes the admin socket and the database. */
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests…`);
  adminSocket?.close();
  const feedsClosed = changes.close();
  server.close(async () => {
    await feedsClosed;
    await store.close();
    dataDirLock?.release();
    console.log("stopped cleanly");
    process.exit(0);
  });
  // Keep-alive connections would hold close() open: those idle now, and those that go
  // idle as their last request (or live feed) ends.
  if ("closeIdleConnections" in server) {
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 100).unref();
  }
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
