// `npm test`: every suite, in order, stopping at the first that fails.
import { spawnSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const bin = (name) => `node_modules/.bin/${name}`;
const postgres = process.env.TEST_DATABASE_URL
  ? "PGlite and PostgreSQL (TEST_DATABASE_URL)"
  : "PGlite only (set TEST_DATABASE_URL to run them on PostgreSQL too)";

const steps = [
  ["typecheck", "npm", ["run", "-s", "typecheck"]],
  ["lint", bin("biome"), ["check", "."]],
  ["unit tests", bin("vitest"), ["run", "--project", "unit"]],
  [`server tests on ${postgres}`, bin("vitest"), ["run", "--project", "server"]],
  ["build", bin("vite"), ["build", "--logLevel", "warn"]],
  ["browser tests (Chromium)", bin("vitest"), ["run", "--project", "e2e"]],
];

const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  results.push(
    `${status === 0 ? "✔" : "✘"} ${name} (${Math.round((Date.now() - started) / 1000)} s)`,
  );
  if (status !== 0) {
    console.log(`\n${results.join("\n")}\n\nnpm test: ${name} failed.`);
    process.exit(status ?? 1);
  }
}
console.log(`\n${results.join("\n")}\n\nnpm test: all suites passed.`);
