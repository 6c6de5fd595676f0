import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { asc, eq } from "drizzle-orm";
import { findAttendee, inviteUrl } from "./admin/inviteLink.ts";
import { adminSocketPath, listenAdminSocket } from "./admin/socket.ts";
import { createStaffUser, hasAdmin } from "./admin/users.ts";
import { createApp } from "./app.ts";
import { purgeLoginAttempts } from "./auth/rateLimit.ts";
import { purgeExpiredSessions } from "./auth/session.ts";
import { newPassword } from "./auth/tokens.ts";
import { banner, lanUrls } from "./banner.ts";
import { seedDemo } from "./demo/seed.ts";
import { readEnv } from "./env.ts";
import { openStore, type Store } from "./store/db.ts";
import { attendees, events } from "./store/schema.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const version = (
  JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }
).version;

/** On a fresh install: an admin account with a random password, printed once. */
async function ensureAdmin(store: Store, passwordFile: string): Promise<string | null> {
  if (await hasAdmin(store.db)) return null;
  const password = newPassword();
  await createStaffUser(store.db, { username: "admin", password, role: "admin" });
  writeFileSync(passwordFile, `username: admin\npassword: ${password}\n`, { mode: 0o600 });
  return password;
}

/** The invite link of the demo event's first attendee, for trying the app at once. */
async function demoInvite(store: Store, publicUrl: string): Promise<string | null> {
  const [first] = await store.db
    .select({ id: attendees.id })
    .from(attendees)
    .innerJoin(events, eq(events.id, attendees.eventId))
    .where(eq(events.slug, "demo"))
    .orderBy(asc(attendees.createdAt), asc(attendees.id))
    .limit(1);
  const attendee = first && (await findAttendee(store.db, "demo", first.id));
  return attendee ? inviteUrl(store.db, publicUrl, attendee) : null;
}

const env = readEnv();
mkdirSync(env.dataDir, { recursive: true });
const store = await openStore({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
if (env.seedDemo) await seedDemo(store.db);
const passwordFile = join(env.dataDir, "admin-password.txt");
const adminPassword = await ensureAdmin(store, passwordFile);
await purgeExpiredSessions(store.db);
const purgeTimer = setInterval(() => {
  purgeExpiredSessions(store.db).catch(console.error);
  purgeLoginAttempts(store.db).catch(console.error);
}, 3600_000);
purgeTimer.unref();

const app = createApp(store, {
  version,
  publicUrl: env.publicUrl,
  distDir: env.distDir ?? join(root, "dist"),
});
const ctx = { store, publicUrl: env.publicUrl };
const adminSocket = env.databaseUrl
  ? null
  : await listenAdminSocket(adminSocketPath(env.dataDir), ctx);

const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  const localUrl = `http://localhost:${info.port}`;
  demoInvite(store, env.publicUrl).then((invite) => {
    const phoneUrl = process.env.PUBLIC_URL ? env.publicUrl : (lanUrls(info.port)[0] ?? localUrl);
    console.log(
      banner({
        localUrl,
        phoneUrl,
        engine: store.engine,
        adminPassword,
        passwordFile,
        demoInvite: invite,
      }),
    );
  });
});

let stopping = false;
/** Finishes in-flight requests, then closes the admin socket and the database. */
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests…`);
  adminSocket?.close();
  server.close(async () => {
    await store.close();
    console.log("stopped cleanly");
    process.exit(0);
  });
  // Keep-alive connections that stay idle would hold close() open.
  if ("closeIdleConnections" in server) server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
