import axe from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../../src/app/i18n/en.ts";
import { vi } from "../../src/app/i18n/vi.ts";
import { signInWithInvite, waitForAgenda, withServerAndBrowser } from "./helpers.ts";

interface ManifestIcon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated over DevTools, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

function describeViolations(page: string, violations: Violation[]): string {
  return `${page}: ${violations.length} serious/critical axe violation(s)\n${JSON.stringify(violations, null, 2)}`;
}

describe("installability and accessibility", () => {
  const app = withServerAndBrowser();

  it("links a complete web app manifest whose icons exist", async () => {
    await app.page.goto(`${app.server.url}/`);
    expect(await app.page.locator('link[rel="manifest"]').count()).toBe(1);
    const href = await app.page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe("/manifest.webmanifest");

    const response = await app.page.evaluate(async () => {
      const r = await fetch("/manifest.webmanifest");
      return { status: r.status, text: await r.text() };
    });
    expect(response.status).toBe(200);
    const manifest = JSON.parse(response.text) as Record<string, unknown> & {
      icons: ManifestIcon[];
    };

    expect(manifest.name).toEqual(expect.stringContaining("Tập huấn"));
    expect(manifest.short_name).toBe("Tập huấn");
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.start_url).toBe("/");
    expect(manifest.display).toBe("standalone");
    expect(manifest.lang).toBe("vi");

    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toContain("192x192");
    expect(sizes).toContain("512x512");
    expect(manifest.icons.some((icon) => icon.purpose?.split(" ").includes("maskable"))).toBe(true);

    for (const icon of manifest.icons) {
      const fetched = await app.page.evaluate(async (src) => {
        const r = await fetch(src);
        const bytes = new Uint8Array(await r.arrayBuffer());
        return {
          src,
          status: r.status,
          type: r.headers.get("content-type"),
          // A PNG starts with \x89PNG.
          magic: Array.from(bytes.subarray(0, 4)),
        };
      }, icon.src);
      expect(fetched).toEqual({
        src: icon.src,
        status: 200,
        type: "image/png",
        magic: [0x89, 0x50, 0x4e, 0x47],
      });
    }
  });

  it("has no serious accessibility problem on the home page", async () => {
    // Before any invite, "/" is the empty home page (with one event it opens the agenda).
    await app.page.goto(`${app.server.url}/`);
    await app.page.getByRole("heading", { level: 1, name: vi["home.title"] }).waitFor();
    const violations = await seriousViolations(app.page);
    expect(violations, describeViolations("/", violations)).toEqual([]);
  });

  it("has no serious accessibility problem on the agenda", async () => {
    await signInWithInvite(app.page, app.server);
    const violations = await seriousViolations(app.page);
    expect(violations, describeViolations("/e/demo", violations)).toEqual([]);
  });

  it("switches the interface to English", async () => {
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe("vi");
    expect(await app.page.locator("output.status").textContent()).toBe(vi["status.online"]);

    await app.page.getByLabel(vi["app.language"]).selectOption("en");

    await expect
      .poll(() => app.page.locator("output.status").textContent())
      .toBe(en["status.online"]);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await app.page.getByLabel(en["app.language"]).inputValue()).toBe("en");
    // The choice is kept on the device.
    await app.page.reload();
    await waitForAgenda(app.page);
    expect(await app.page.locator("output.status").textContent()).toBe(en["status.online"]);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe("en");
  });
});
