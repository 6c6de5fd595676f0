import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import type { DoorPack } from "../../src/shared/api.ts";
import type { RunningServer } from "../harness/server.ts";

const require = createRequire(import.meta.url);
/** jsQR's browser build, injected into a blank page: the decoder runs on real pixels. */
const jsQrSource = readFileSync(require.resolve("jsqr/dist/jsQR.js"), "utf8");

/**
 * A blank page that decodes QR codes from PNG screenshots with jsQR on canvas pixels, as a
 * scanner does with camera frames. Kept apart from the app's pages (and their CSP).
 */
export async function makeQrDecoder(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("about:blank");
  await page.addScriptTag({ content: jsQrSource });
  return {
    /** The text of the QR code in an element's screenshot, or null when none is found. */
    async decode(element: Locator): Promise<string | null> {
      const png = await element.screenshot({ type: "png" });
      return page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context2d = canvas.getContext("2d")!;
        context2d.drawImage(bitmap, 0, 0);
        const image = context2d.getImageData(0, 0, bitmap.width, bitmap.height);
        type JsQr = (
          data: Uint8ClampedArray,
          width: number,
          height: number,
        ) => { data: string } | null;
        const jsQR = (window as unknown as { jsQR: JsQr }).jsQR;
        return jsQR(image.data, image.width, image.height)?.data ?? null;
      }, png.toString("base64"));
    },
    close: () => page.close(),
  };
}

/** Creates a staff account with the admin CLI and grants it a role on an event. */
export async function createStaff(
  server: RunningServer,
  username: string,
  event: string,
  role: "organiser" | "trainer",
) {
  const password = `mat-khau-${username}`;
  const created = await server.admin(
    "create-user",
    "--username",
    username,
    "--password",
    password,
    "--role",
    role,
  );
  expect(created.code, created.stderr).toBe(0);
  const granted = await server.admin(
    "grant",
    "--username",
    username,
    "--event",
    event,
    "--role",
    role,
  );
  expect(granted.code, granted.stderr).toBe(0);
  return { username, password };
}

/** An event's door pack, fetched from inside a page signed in as its organiser. */
export async function fetchDoorPack(page: Page, slug: string): Promise<DoorPack> {
  return page.evaluate(async (s) => {
    const response = await fetch(`/api/events/${s}/door-pack`);
    if (!response.ok) throw new Error(`door-pack: HTTP ${response.status}`);
    return (await response.json()) as DoorPack;
  }, slug);
}

/** Counts the pages of a PDF (each page object has "/Type /Page"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Fills `{name}` placeholders of a dictionary sentence, as the app's i18n does. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Runs axe-core in the page; returns its serious and critical violations, summarised. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}
