import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { repoRoot } from "../harness/server.ts";

/** The two sizes every staff screen is tried at (issue 13). */
export const SIZES = {
  phone: { width: 360, height: 740 },
  desk: { width: 1280, height: 800 },
} as const;
export type SizeName = keyof typeof SIZES;

/** Where the screenshots of the staff screens go (git-ignored test artefacts). */
export const SCREENSHOTS = join(repoRoot, "test-results/screenshots");

/** Saves a full-page screenshot of a staff screen as a test artefact. */
export async function saveScreenshot(page: Page, name: string, size: SizeName): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
}

/** How much wider than the viewport the document is (0 when nothing overflows sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * The visible interactive elements whose touch target is smaller than 44×44 CSS px. A
 * control inside a <label> counts with its label (a tap on the label works the control).
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]";
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (element.closest(".visually-hidden, .skip-link")) continue;
      const label = element.closest("label")?.getBoundingClientRect();
      const width = Math.max(box.width, label?.width ?? 0);
      const height = Math.max(box.height, label?.height ?? 0);
      // Half a pixel of rounding is not a smaller target.
      if (width < 43.5 || height < 43.5) {
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim();
        small.push(
          `${element.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(width)}×${Math.round(height)}`,
        );
      }
    }
    return small;
  });
}
