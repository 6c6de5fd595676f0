import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RosterPreview, StaffAttendeeList, StaffEventContent } from "../../src/shared/api.ts";
import { withServerAndBrowser } from "./helpers.ts";
import { createStaff } from "./people-helpers.ts";

/** A page of another site on another port of the same host (same site: SameSite=Strict sends the cookie). */
const ATTACKER_PAGE = "<!doctype html><title>ưu đãi</title><p>Trang khác</p>";

/**
 * Issue 12 item 1: a page served from another port of the app's host, opened in the browser
 * of a signed-in organiser, tries the three forgeries the review found — revoking a ticket
 * with a bodyless POST, importing a roster with a text/plain body, replacing a material's
 * file with a no-cors multipart fetch. Each is refused and nothing changes; the same
 * requests from the app's own pages still work.
 */
describe("requests forged by another site's page", () => {
  const app = withServerAndBrowser();
  let attacker: Server;
  let attackerUrl: string;

  beforeAll(async () => {
    attacker = createServer((_, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(ATTACKER_PAGE);
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
    const who = await createStaff(app.server, "btc-csrf", "demo", "organiser");
    await app.page.goto(`${app.server.url}/staff/login`);
    const status = await app.page.evaluate(async (body) => {
      const response = await fetch("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return response.status;
    }, who);
    expect(status).toBe(200);
  });

  afterAll(async () => {
    // The browser is still open (its own afterAll runs after this one) and keeps its
    // connections to this page alive: close() alone waited ~100 s for them to time out.
    attacker?.closeAllConnections();
    await new Promise((resolve) => attacker?.close(resolve));
  });

  /** A JSON API answer, fetched from the app's own origin with the organiser's cookie. */
  const own = <T>(path: string, method = "GET"): Promise<{ status: number; body: T }> =>
    app.page.evaluate(
      async ([p, m]) => {
        const response = await fetch(p!, { method: m });
        return { status: response.status, body: await response.json() };
      },
      [path, method],
    );

  it("refuses each forgery and changes nothing; the app's own requests still work", async () => {
    const server = app.server.url;
    // Someone holding a ticket, the roster as it stands, a material with a file.
    const people = (await own<StaffAttendeeList>("/api/events/demo/attendees")).body.attendees;
    const target = people[0]!;
    const reissued = await own(`/api/events/demo/attendees/${target.id}/ticket/reissue`, "POST");
    expect(reissued.status).toBe(200);
    const content = (await own<StaffEventContent>("/api/events/demo/content")).body;
    const material = content.materials.find((m) => m.file)!;
    expect(material).toBeDefined();
    const roster = "Họ và tên,Đơn vị\nKẻ Giả Mạo,Đơn vị lạ\n";
    const preview = await app.page.evaluate(async (text) => {
      const response = await fetch("/api/events/demo/roster/preview", {
        method: "POST",
        headers: { "content-type": "application/octet-stream" },
        body: text,
      });
      return (await response.json()) as RosterPreview;
    }, roster);
    expect(preview.counts.create).toBe(1);

    // The attacker's page: it even knows the plan hash and the ids.
    await app.page.goto(attackerUrl);
    const sent = await app.page.evaluate(
      async ({ server, attendeeId, planHash, roster, materialId, version }) => {
        const opts = { method: "POST", mode: "no-cors", credentials: "include" } as const;
        const form = new FormData();
        form.append("version", String(version));
        form.append(
          "file",
          new Blob(["%PDF-1.4\n% forged\n%%EOF\n"], { type: "application/pdf" }),
          "forged.pdf",
        );
        const results = await Promise.allSettled([
          fetch(`${server}/api/events/demo/attendees/${attendeeId}/ticket/revoke`, opts),
          fetch(`${server}/api/events/demo/roster/import?planHash=${planHash}`, {
            ...opts,
            headers: { "content-type": "text/plain" },
            body: roster,
          }),
          fetch(`${server}/api/events/demo/materials/${materialId}/file`, { ...opts, body: form }),
        ]);
        return results.length;
      },
      {
        server,
        attendeeId: target.id,
        planHash: preview.planHash,
        roster,
        materialId: material.id,
        version: material.version,
      },
    );
    // The browser sends all three (the answers are then hidden from the page by
    // Cross-Origin-Resource-Policy, so the fetches reject): only the server can refuse them.
    expect(sent).toBe(3);

    await app.page.goto(`${server}/staff/login`);
    const after = (await own<StaffAttendeeList>("/api/events/demo/attendees")).body.attendees;
    expect(after.find((a) => a.id === target.id)?.ticket).toBe("active");
    expect(after.map((a) => a.name)).not.toContain("Kẻ Giả Mạo");
    expect(after).toHaveLength(people.length);
    const contentAfter = (await own<StaffEventContent>("/api/events/demo/content")).body;
    const materialAfter = contentAfter.materials.find((m) => m.id === material.id)!;
    expect(materialAfter.file?.id).toBe(material.file!.id);
    expect(materialAfter.version).toBe(material.version);

    // The app's own page may do what the forgery could not.
    const revoked = await own(`/api/events/demo/attendees/${target.id}/ticket/revoke`, "POST");
    expect(revoked.status).toBe(200);
  });
});
