import { randomBytes } from "node:crypto";
import pg from "pg";
import { createApp } from "../app.ts";
import type { AppConfig } from "../http/context.ts";
import { openStore, type Store } from "../store/db.ts";

export type Engine = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const engines: Engine[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

export const testConfig = { version: "test", publicUrl: "http://th.test" };

/**
 * A fresh, migrated store: in-memory PGlite, or a new database on the PostgreSQL server of
 * TEST_DATABASE_URL, dropped again on close.
 */
export async function openTestStore(engine: Engine): Promise<Store> {
  if (engine === "pglite") return openStore({});
  const base = process.env.TEST_DATABASE_URL!;
  const name = `th_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    ...store,
    async close() {
      await store.close();
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A store and the app over it, for `app.request()` tests; `config` overrides testConfig. */
export async function openTestApp(engine: Engine, config: Partial<AppConfig> = {}) {
  const store = await openTestStore(engine);
  const app = createApp(store, { ...testConfig, ...config });
  return { store, app };
}

/** Joins the Set-Cookie answers of a response into a Cookie request header. */
export function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Signs a staff account in through the real login route; the cookie of its session. */
export async function loginCookie(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  username: string,
  password: string,
): Promise<string> {
  return cookiesFrom(await app.request("/api/auth/login", jsonPost({ username, password })));
}

/** Options for a JSON POST through app.request(). */
export function jsonPost(body: unknown, cookie?: string): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  };
}
