import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChromium } from "../harness/chromium.ts";
import { DATA_TEMPLATE_ENV, repoRoot, startServer } from "../harness/server.ts";

/** What the build reads: the newest of these decides whether dist/ is stale. */
const BUILD_INPUTS = [
  "src/app",
  "src/sw",
  "src/shared",
  "public",
  "index.html",
  "vite.config.ts",
  "package-lock.json",
];

/** The newest modification time under a file or folder (tests excluded: not built). */
function newestInput(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestInput(join(path, entry)));
  return newest;
}

/**
 * Before any browser test: a Chromium to drive, a built app for the server to serve, and a
 * first-run data directory each test server starts from a copy of. Returns the teardown.
 */
export default async function setup() {
  const path = ensureChromium();
  console.log(`e2e: using Chromium at ${path}`);
  buildIfStale();
  const template = await makeDataTemplate();
  return () => rmSync(template, { recursive: true, force: true });
}

/**
 * One server started on an empty directory (initdb, migrations, demo seed, admin
 * password) and stopped cleanly; the test workers, started after this, inherit its path.
 */
async function makeDataTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "th-template-"));
  const server = await startServer({ dataDir: dir });
  const code = await server.stop();
  if (code !== 0) throw new Error(`the template server stopped with ${code}:\n${server.output()}`);
  process.env[DATA_TEMPLATE_ENV] = dir;
  console.log(`e2e: test servers start from a copy of ${dir}`);
  return dir;
}

/** The built app, rebuilt when missing or older than its sources (DIST_DIR is used as is). */
function buildIfStale(): void {
  if (process.env.DIST_DIR) {
    console.log(`e2e: serving DIST_DIR=${process.env.DIST_DIR} as given`);
    return;
  }
  const index = join(repoRoot, "dist", "index.html");
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(...BUILD_INPUTS.map((p) => newestInput(join(repoRoot, p))));
  if (built < sources) {
    console.log(`e2e: dist/ is ${built ? "older than its sources" : "missing"}: building`);
    const vite = join(repoRoot, "node_modules/vite/bin/vite.js");
    const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
      cwd: repoRoot,
      // As `npm run build`: under vitest NODE_ENV is "test", which would build without
      // the service worker's registration.
      env: { ...process.env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  }
  console.log(`e2e: serving dist/ built ${statSync(index).mtime.toISOString()}`);
}
