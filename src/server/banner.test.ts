import { renderUnicodeCompact } from "uqr";
import { describe, expect, it } from "vitest";
import { banner, lanUrls, reachableLanUrl } from "./banner.ts";

const base = {
  engine: "pglite",
  localUrl: "http://localhost:8080",
  adminPassword: null,
  passwordFile: "/data/admin-password.txt",
};
const qr = (url: string) => renderUnicodeCompact(url, { border: 1 });
const path = "/i/TOKEN";

describe("start-up banner", () => {
  it("without PUBLIC_URL, gives the demo invite on the LAN address too and puts it in the QR", () => {
    const out = banner({
      ...base,
      publicUrl: null,
      lanUrl: "http://192.168.1.20:8080",
      demoInvitePath: path,
    });
    expect(out).toContain("  http://localhost:8080/i/TOKEN   (this computer)");
    expect(out).toContain("  http://192.168.1.20:8080/i/TOKEN   (a phone on the same network)");
    expect(out).toContain(qr("http://192.168.1.20:8080/i/TOKEN"));
    expect(out).not.toContain(qr("http://192.168.1.20:8080"));
    expect(out).toContain("Open on a phone on the same network: http://192.168.1.20:8080");
  });

  it("with PUBLIC_URL, prints and encodes the invite on it alone", () => {
    const out = banner({
      ...base,
      publicUrl: "https://taphuan.example.vn",
      lanUrl: "http://192.168.1.20:8080",
      demoInvitePath: path,
    });
    expect(out).toContain("  https://taphuan.example.vn/i/TOKEN\n");
    expect(out).not.toContain("http://localhost:8080/i/");
    expect(out).not.toContain("http://192.168.1.20:8080/i/");
    expect(out).toContain(qr("https://taphuan.example.vn/i/TOKEN"));
  });

  it("without a LAN address, keeps localhost and shows no link or QR a phone cannot open", () => {
    const out = banner({ ...base, publicUrl: null, lanUrl: null, demoInvitePath: path });
    expect(out).toContain("  http://localhost:8080/i/TOKEN   (this computer)");
    expect(out).not.toContain("(a phone on the same network)");
    expect(out).not.toContain("Open on a phone");
    expect(out).not.toContain(qr("http://localhost:8080/i/TOKEN"));
    // Issue 13: and says why printed invitations would not work, and what to set.
    expect(out).toContain("printed invitations link to http://localhost:8080");
    expect(out).toMatch(/HOST=0\.0\.0\.0 and PUBLIC_URL/);
  });

  it("without PUBLIC_URL, warns that invitations would point at localhost and names the LAN address", () => {
    const out = banner({
      ...base,
      publicUrl: null,
      lanUrl: "http://192.168.1.20:8080",
      demoInvitePath: null,
    });
    expect(out).toContain("printed invitations link to http://localhost:8080");
    expect(out).toContain("PUBLIC_URL=http://192.168.1.20:8080");
    const given = banner({
      ...base,
      publicUrl: "https://th.example.vn",
      lanUrl: null,
      demoInvitePath: null,
    });
    expect(given).not.toContain("PUBLIC_URL");
  });

  it("gives a LAN address only when the server listens on the network", () => {
    expect(reachableLanUrl("127.0.0.1", 8080)).toBeNull();
    expect(reachableLanUrl("localhost", 8080)).toBeNull();
    expect(reachableLanUrl("::1", 8080)).toBeNull();
    expect(reachableLanUrl("0.0.0.0", 8080)).toBe(lanUrls(8080)[0] ?? null);
    const first = lanUrls(8080)[0];
    if (first) expect(reachableLanUrl(new URL(first).hostname, 8080)).toBe(first);
  });

  it("without a demo, encodes the home page and shows a new admin password", () => {
    const out = banner({
      ...base,
      adminPassword: "S3cretS3cretS3cretS3",
      publicUrl: null,
      lanUrl: "http://192.168.1.20:8080",
      demoInvitePath: null,
    });
    expect(out).toContain(qr("http://192.168.1.20:8080"));
    expect(out).toContain("  password: S3cretS3cretS3cretS3");
    expect(out).not.toContain("invite");
  });
});
