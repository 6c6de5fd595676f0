import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const inputs = [
  "index.html",
  "vite.config.ts",
  "package-lock.json",
  "public",
  "src/app",
  "src/sw",
  "src/shared",
];

/** Newest modification time of a file or of any file below a directory. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the PWA when dist/ is missing or older than any of its sources. */
export function buildIfStale() {
  const built = newest(join(root, "dist", "index.html"));
  const sources = Math.max(...inputs.map((p) => newest(join(root, p))));
  if (built > sources) return;
  console.log(
    built ? "Sources changed since the last build: rebuilding the app…" : "Building the app…",
  );
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules/vite/bin/vite.js"), "build"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
