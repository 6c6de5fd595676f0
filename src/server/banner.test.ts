import { renderUnicodeCompact } from "uqr";
import { describe, expect, it } from "vitest";
import { banner } from "./banner.ts";

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

  it("without a LAN address, keeps localhost", () => {
    const out = banner({ ...base, publicUrl: null, lanUrl: null, demoInvitePath: path });
    expect(out).toContain("  http://localhost:8080/i/TOKEN   (this computer)");
    expect(out).not.toContain("(a phone on the same network)");
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
