import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { seedDemo } from "../demo/seed.ts";
import type { Store } from "../store/db.ts";
import { attendees, files } from "../store/schema.ts";
import { sessionCookie, staffCookie } from "../testing/contentFixtures.ts";
import { openTestStore, testConfig } from "../testing/testStore.ts";
import { inlineScripts, shellPolicy } from "./contentSecurity.ts";

/** An app shell like the built one: a module script by URL, and one inline script. */
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-abc.js"></script></head>
<body><div id="snapshot"></div><script>
  const kept = JSON.parse(localStorage.getItem("k"));
  if (kept) document.getElementById("snapshot").innerHTML = kept.html;
</script></body></html>`;

/** Issue 12 item 7: the security headers of the shell, the API and stored files. */
describe("security headers", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let staff: string;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), "th-dist-"));
    writeFileSync(join(dist, "index.html"), INDEX);
    store = await openTestStore("pglite");
    await seedDemo(store.db);
    app = createApp(store, { ...testConfig, distDir: dist });
    staff = await staffCookie(store, "organiser", "demo");
  });
  afterAll(() => store.close());

  it("serves the shell with a CSP that hashes exactly its inline script, and no unsafe-inline script", async () => {
    const response = await app.request("/e/demo");
    const html = await response.text();
    const csp = response.headers.get("content-security-policy") ?? "";
    const directives = new Map(
      csp.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(1);
    for (const script of scripts) {
      const hash = createHash("sha256").update(script).digest("base64");
      expect(directives.get("script-src")).toContain(`'sha256-${hash}'`);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    // Built from the file itself: another script gets another hash.
    expect(shellPolicy(html)).toBe(csp);
    expect(shellPolicy(html.replace("kept.html", "kept.html "))).not.toBe(csp);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("permissions-policy")).toContain("camera=(self)");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("marks every API answer carrying personal data no-store, errors and sign-in included", async () => {
    const [person] = await store.db.select().from(attendees).limit(1);
    const attendee = await sessionCookie(store, "attendee", { attendeeId: person!.id });
    const cases: [string, RequestInit][] = [
      ["/api/me", { headers: { cookie: staff } }],
      ["/api/me", {}],
      ["/api/events", { headers: { cookie: staff } }],
      ["/api/events/demo/attendees", { headers: { cookie: staff } }],
      ["/api/events/demo/pack", { headers: { cookie: attendee } }],
      ["/api/events/demo/ticket", { headers: { cookie: attendee } }],
      [
        "/api/auth/login",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "khong-co", password: "sai-mat-khau" }),
        },
      ],
    ];
    for (const [path, init] of cases) {
      const response = await app.request(path, init);
      expect({ path, cache: response.headers.get("cache-control") }).toEqual({
        path,
        cache: "no-store",
      });
    }
  });

  it("serves stored files sandboxed, named with their checked type's extension", async () => {
    const [file] = await store.db.select().from(files).limit(1);
    await store.db.update(files).set({ name: "evil.html" });
    const response = await app.request(`/api/events/demo/files/${file!.id}`, {
      headers: { cookie: staff },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toBe("sandbox");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).not.toContain(".html");
    expect(disposition).toMatch(/filename="evil\.(pdf|png|jpg|webp)"/);
  });
});
