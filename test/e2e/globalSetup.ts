import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { ensureChromium } from "../harness/chromium.ts";
import { repoRoot } from "../harness/server.ts";

/** Before any browser test: a Chromium to drive, and a built app for the server to serve. */
export default function setup() {
  const path = ensureChromium();
  console.log(`e2e: using Chromium at ${path}`);
  const index = join(repoRoot, "dist", "index.html");
  if (!existsSync(index))
    throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  console.log(`e2e: serving dist/ built ${statSync(index).mtime.toISOString()}`);
}
