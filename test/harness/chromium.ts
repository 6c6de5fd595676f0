import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { removeDirectory, trackDirectory } from "./cleanup.ts";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The system Chromium: $CHROME_PATH, then the usual Debian paths. When there is none and
 * we run as root, installs Debian's `chromium` package and says so; otherwise stops with
 * the command to run. Never downloads a browser through npm.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "No Chromium found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu) " +
        "or set CHROME_PATH to a Chromium or Chrome binary, then run the tests again.",
    );
  }
  log("Chromium not found: installing Debian's `chromium` package with apt-get (running as root)…");
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  const install = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (install.status !== 0 || !existsSync("/usr/bin/chromium")) {
    throw new Error("apt-get install chromium failed; install it by hand or set CHROME_PATH");
  }
  log("Installed /usr/bin/chromium.");
  return "/usr/bin/chromium";
}

/** Flags that keep headless Chromium off the (closed) network and quiet on this machine. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchOptions {
  args?: string[];
  viewport?: { width: number; height: number };
  /** An existing profile to open (kept on close); by default a fresh one, removed on close. */
  userDataDir?: string;
  /** "block" keeps service workers from registering (Playwright's option). */
  serviceWorkers?: "allow" | "block";
}

/** A new, empty Chromium profile directory, removed when this process exits at the latest. */
export function newProfileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "th-chromium-"));
  trackDirectory(dir);
  return dir;
}

/**
 * A headless Chromium with a fresh user-data dir (so no service worker or IndexedDB
 * survives from another test), as one persistent context. `close()` ends the browser
 * (Playwright closes it through its DevTools pipe and waits for the process) and then
 * removes the profile it created, pass or fail; removal errors are not fatal.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserContext> {
  const own = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? newProfileDir();
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: ensureChromium(),
      headless: true,
      args: [...chromiumArgs, ...(options.args ?? [])],
      viewport: options.viewport ?? { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: false,
      locale: "vi-VN",
      timezoneId: "Europe/Paris",
      serviceWorkers: options.serviceWorkers ?? "allow",
    });
  } catch (error) {
    if (own) removeDirectory(userDataDir);
    throw error;
  }
  if (own) {
    const close = context.close.bind(context);
    context.close = async (...args) => {
      try {
        await close(...args);
      } finally {
        removeDirectory(userDataDir);
      }
    };
  }
  return context;
}
