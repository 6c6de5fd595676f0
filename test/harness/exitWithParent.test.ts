import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const preload = join(import.meta.dirname, "exitWithParent.mjs");

/** Whether a process id is alive (signal 0 checks without signalling). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A "test process" that starts a long-running child the way test/harness/server.ts does
// (stdin a pipe, the preload watching it), prints the child's pid, then waits forever.
const PARENT = `
const { spawn } = require("node:child_process");
const child = spawn(process.execPath, ["--import", ${JSON.stringify(preload)}, "-e",
  "setInterval(() => {}, 1000); process.on('SIGTERM', () => process.exit(0));"],
  { env: { ...process.env, TH_EXIT_WITH_PARENT: "1" }, stdio: ["pipe", "ignore", "ignore"], detached: true });
console.log(child.pid);
setInterval(() => {}, 1000);
`;

describe("a process started by the harness", () => {
  const started: number[] = [];
  afterEach(() => {
    for (const pid of started.splice(0)) if (alive(pid)) process.kill(pid, "SIGKILL");
  });

  it("stops when the test process that started it is killed outright", {
    timeout: 60_000,
  }, async () => {
    const parent = spawn(process.execPath, ["-e", PARENT], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    started.push(parent.pid!);
    const childPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.once("data", (d) => resolve(Number(String(d).trim())));
      parent.once("exit", () => reject(new Error("the parent exited before starting its child")));
    });
    started.push(childPid);
    expect(alive(childPid)).toBe(true);
    // SIGKILL: no handler of the parent runs; only the closed pipe tells the child.
    parent.kill("SIGKILL");
    await vi.waitFor(() => expect(alive(childPid)).toBe(false), { timeout: 30_000, interval: 50 });
  });
});
