import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { Health } from "../../shared/api.ts";
import type { AppEnv } from "../http/context.ts";

/** GET /api/health: 200 when the database answers. */
export const healthRoutes = new Hono<AppEnv>().get("/", async (c) => {
  await c.var.store.db.execute(sql`SELECT 1`);
  const body: Health = { ok: true, db: c.var.store.engine, version: c.var.config.version };
  return c.json(body);
});
