import { beforeAll, describe, expect, it } from "vitest";
import { vi } from "../../src/app/i18n/vi.ts";
import type { StaffMaterial } from "../../src/shared/api.ts";
import { namedFileUrl } from "../../src/shared/files.ts";
import payloads from "../fixtures/xss-payloads.json";
import { axeProblems, createOrganiser, demoContent, staffCookie } from "./content-helpers.ts";
import { signInWithInvite, waitForServiceWorkerControl, withServerAndBrowser } from "./helpers.ts";

const HOSTILE_TITLE = '<img src=x onerror=alert("title")>Tài liệu thử';

/**
 * The attendee's offline day: download everything in the hotel, then in a hall with no
 * network open a PDF, read a markdown material and search without diacritics.
 */
describe("materials and search, offline", () => {
  const app = withServerAndBrowser();
  let pdfMaterial: StaffMaterial;
  let imageMaterial: StaffMaterial;
  let fileCount: number;
  let textMaterial: StaffMaterial;
  let hostile: StaffMaterial;
  const dialogs: string[] = [];
  const remote: string[] = [];

  beforeAll(async () => {
    const server = app.server;
    const cookie = await staffCookie(server, await createOrganiser(server));
    const { materials } = await demoContent(server, cookie);
    // The demo's own handout and programme card, as the README's walkthrough uses them.
    pdfMaterial = materials.find((m) => m.file?.mime === "application/pdf")!;
    imageMaterial = materials.find((m) => m.file?.mime.startsWith("image/"))!;
    expect(pdfMaterial).toBeDefined();
    expect(imageMaterial).toBeDefined();
    fileCount = materials.filter((m) => m.file).length;
    textMaterial = materials.find((m) => !m.file && m.body.includes("## "))!;
    const created = await fetch(`${server.url}/api/events/demo/materials`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({
        title: HOSTILE_TITLE,
        body: (payloads as string[]).join("\n\n"),
        published: true,
      }),
    });
    expect(created.status).toBe(201);
    hostile = ((await created.json()) as { material: StaffMaterial }).material;
    app.page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    app.page.on("request", (r) => {
      if (!r.url().startsWith(server.url)) remote.push(r.url());
    });
  });

  it("downloads every file of the event for offline reading", async () => {
    await signInWithInvite(app.page, app.server);
    await waitForServiceWorkerControl(app.page);
    // "Tài liệu" in the bottom bar (issue 13) is the offline files screen.
    await app.page
      .getByRole("navigation", { name: vi["nav.label"] })
      .getByRole("link", { name: vi["nav.materials"] })
      .click();
    // The screen's words (features/offline/messages.ts; the test's tsconfig does not compile
    // that module's Solid imports).
    await app.page.getByRole("heading", { level: 1, name: "Tài liệu" }).waitFor();
    const state = (have: number) => `Tệp đã có trên máy: ${have}/${fileCount}`;
    expect(await app.page.locator(".offline__event-state").textContent()).toContain(state(0));
    await app.page.getByRole("button", { name: /Tải tất cả về máy/ }).click();
    await app.page.getByText("Đã tải xong.").waitFor();
    expect(await app.page.locator(".offline__event-state").textContent()).toContain(
      state(fileCount),
    );
    // One message after "Tải tất cả": the result, not also "everything is on the device".
    expect(await app.page.getByText(/Mọi tài liệu của hội nghị đã có trên máy/).count()).toBe(0);
    const row = app.page.locator(".offline-list li", { hasText: pdfMaterial.title });
    expect(await row.textContent()).toContain("✓ Đã có trên máy");
    expect(await row.textContent()).toContain(pdfMaterial.file!.name);
    expect(await axeProblems(app.page)).toEqual([]);
    // The storage section says what the browser granted, in words.
    expect(await app.page.getByText(/lưu lâu dài/).count()).toBeGreaterThan(0);
  });

  it("shows a material full of XSS payloads as inert text in Chromium", async () => {
    await app.page.goto(`${app.server.url}/e/demo/m/${hostile.id}`);
    await app.page.getByRole("heading", { level: 1, name: HOSTILE_TITLE }).waitFor();
    await app.page.locator(".markdown").waitFor();
    // Every handler that could fire has had its event first: the page has loaded (onload),
    // every image has settled (complete: its load or error event is queued by then, for
    // onerror/onload), and one task later those queued events have been dispatched.
    await app.page.waitForLoadState("load");
    await app.page.waitForFunction(() => [...document.images].every((img) => img.complete));
    await app.page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    expect(dialogs).toEqual([]);
    expect(remote).toEqual([]);
    const active = await app.page
      .locator(".markdown")
      .evaluate((root) =>
        [...root.querySelectorAll("*")].flatMap((el) => [
          ...(["SCRIPT", "IFRAME", "OBJECT", "EMBED", "STYLE", "FORM", "SVG"].includes(el.tagName)
            ? [el.tagName]
            : []),
          ...el.getAttributeNames().filter((a) => a.startsWith("on") || a === "style"),
        ]),
      );
    expect(active).toEqual([]);
  });

  it("opens a PDF and a markdown material with the server stopped and no network", async () => {
    expect(await app.server.stop()).toBe(0);
    await app.context.setOffline(true);
    await expect(fetch(`${app.server.url}/api/health`)).rejects.toThrow();

    // Opened the way a tap on "Mở tệp PDF" does: a navigation to the file's URL, with its
    // name after it (issue 13: the tab's title). The service worker answers it from the
    // downloaded copy, kept under the plain URL, and Chromium's viewer shows it.
    const pdfUrl = `${app.server.url}${namedFileUrl(pdfMaterial.file!.url, pdfMaterial.file!.name)}`;
    const pdf = await app.page.goto(pdfUrl);
    expect(pdf?.status()).toBe(200);
    expect(await pdf?.headerValue("content-type")).toBe("application/pdf");
    // Chromium made a PDF document of it (its viewer), not an error page.
    expect(await app.page.evaluate(() => document.contentType)).toBe("application/pdf");
    const head = await app.page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      return String.fromCharCode(...bytes.subarray(0, 8));
    }, pdfUrl);
    expect(head).toBe("%PDF-1.4");

    const image = await app.page.goto(`${app.server.url}${imageMaterial.file!.url}`);
    expect(image?.status()).toBe(200);
    expect(await image?.headerValue("content-type")).toBe(imageMaterial.file!.mime);

    await app.page.goto(`${app.server.url}/e/demo/m/${textMaterial.id}`);
    await app.page.getByRole("heading", { level: 1, name: textMaterial.title }).waitFor();
    const firstHeading = textMaterial.body.match(/^## (.+)$/m)![1]!;
    await app.page.getByRole("heading", { level: 2, name: firstHeading }).waitFor();
    expect(await app.page.locator(".markdown script").count()).toBe(0);
    expect(await axeProblems(app.page)).toEqual([]);

    await app.page.goto(`${app.server.url}/e/demo/m/${pdfMaterial.id}`);
    await app.page.getByText("✓ Đã có trên máy").waitFor();
  });

  it("finds “Nghị quyết” from “nghi quyet” offline and opens the hit", async () => {
    await app.page.goto(`${app.server.url}/e/demo/search`);
    await app.page
      .getByRole("searchbox", { name: "Tìm trong chương trình và tài liệu" })
      .fill("nghi quyet");
    const hits = app.page.locator(".search__hit");
    await hits.first().waitFor();
    expect(await hits.first().locator("mark").first().textContent()).toMatch(/^Nghị quyết$/i);
    const link = hits.first().locator("a.search__hit-title");
    const title = (await link.textContent()) ?? "";
    expect(await axeProblems(app.page)).toEqual([]);
    expect(title).toMatch(/Nghị quyết/);
    await link.click();
    await app.page.waitForURL(/\/e\/demo(\/m\/[0-9a-f-]+|#session-[0-9a-f-]+)$/);
    await app.page.getByRole("heading", { name: title }).first().waitFor();
  });
});
