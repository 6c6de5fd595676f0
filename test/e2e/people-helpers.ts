import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import type { DoorPack } from "../../src/shared/api.ts";
import type { RunningServer } from "../harness/server.ts";

const require = createRequire(import.meta.url);
const zxingWasm = readFileSync(require.resolve("zxing-wasm/reader/zxing_reader.wasm"));
/**
 * ZXing-C++ compiled to WebAssembly (zxing-wasm), the decoder chosen for the door scanner
 * (DESIGN §9 asks for one well ahead of jsQR). Its wasm comes from node_modules: by default
 * the library would fetch it from a CDN, which neither the tests nor a phone in a hall reach.
 */
const zxingReady = prepareZXingModule({
  overrides: {
    wasmBinary: zxingWasm.buffer.slice(
      zxingWasm.byteOffset,
      zxingWasm.byteOffset + zxingWasm.byteLength,
    ),
  },
  fireImmediately: true,
});

/**
 * The text of the QR code in an element's screenshot (real pixels, as a camera frame
 * would give them), or null when none is found; more than one code is an error.
 */
export async function decodeQr(element: Locator): Promise<string | null> {
  const png = await element.screenshot({ type: "png" });
  await zxingReady;
  const found = await readBarcodes(new Uint8Array(png), { formats: ["QRCode"] });
  const valid = found.filter((result) => result.isValid);
  if (valid.length > 1) throw new Error(`${valid.length} QR codes where one was expected`);
  return valid[0]?.text ?? null;
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

/** Runs axe-core in the page; returns its serious and critical violations, summarised. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  // Evaluated over DevTools, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(axeSource);
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
