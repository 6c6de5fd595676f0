import { resolve } from "node:path";
import * as v from "valibot";

const EnvSchema = v.object({
  PORT: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,5}$/, "PORT must be a number"), v.transform(Number)),
    "8080",
  ),
  HOST: v.optional(v.string(), "0.0.0.0"),
  DATA_DIR: v.optional(v.pipe(v.string(), v.minLength(1)), "./data"),
  DATABASE_URL: v.optional(
    v.pipe(v.string(), v.regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")),
  ),
  PUBLIC_URL: v.optional(v.pipe(v.string(), v.url("PUBLIC_URL must be a URL"))),
  DIST_DIR: v.optional(v.pipe(v.string(), v.minLength(1))),
  SEED_DEMO: v.optional(v.picklist(["0", "1"], "SEED_DEMO must be 0 or 1"), "1"),
  ROSTER_MAX_ROWS: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[1-9]\d{0,6}$/, "ROSTER_MAX_ROWS must be a whole number from 1 to 9999999"),
      v.transform(Number),
    ),
    "20000",
  ),
});

export interface Env {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /** False when publicUrl is the localhost default, which a phone cannot open. */
  publicUrlGiven: boolean;
  seedDemo: boolean;
  /** The built PWA to serve; default `dist/` of the repo. */
  distDir: string | undefined;
  /** Most rows one roster file may hold (ROSTER_MAX_ROWS, default 20,000). */
  rosterMaxRows: number;
}

/** Reads and validates the environment once; exits with a clear message when it is wrong. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = v.safeParse(
    EnvSchema,
    Object.fromEntries(Object.entries(source).filter(([, x]) => x !== "")),
  );
  if (!result.success) {
    const problems = result.issues.map((i) => `  ${v.getDotPath(i)}: ${i.message}`).join("\n");
    console.error(`Invalid environment:\n${problems}`);
    process.exit(2);
  }
  const e = result.output;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    publicUrlGiven: e.PUBLIC_URL !== undefined,
    seedDemo: e.SEED_DEMO === "1",
    distDir: e.DIST_DIR ? resolve(e.DIST_DIR) : undefined,
    rosterMaxRows: e.ROSTER_MAX_ROWS,
  };
}
