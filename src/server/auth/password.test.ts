import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hashPassword, PRODUCTION_COST, verifyPassword } from "./password.ts";

describe("password hashing", () => {
  it("verifies the password it hashed, and nothing else", async () => {
    const stored = await hashPassword("Mật khẩu đủ dài 2026");
    expect(await verifyPassword("Mật khẩu đủ dài 2026", stored)).toBe(true);
    expect(await verifyPassword("Mật khẩu đủ dài 2025", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("hashes the same text in either Unicode form alike (NFC)", async () => {
    const composed = "Tập huấn";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it("gives the same password a new salt each time", async () => {
    const [a, b] = await Promise.all([
      hashPassword("cung-mat-khau"),
      hashPassword("cung-mat-khau"),
    ]);
    expect(a).not.toBe(b);
  });

  it("refuses stored text that is not one of its hashes", async () => {
    for (const stored of [
      "",
      "plain",
      "bcrypt$10$abc",
      "scrypt$1024$8$1$",
      "scrypt$$8$1$c2FsdA$aGFzaA",
    ]) {
      expect(await verifyPassword("x", stored)).toBe(false);
    }
  });

  it("verifies a hash at the cost it records: a production hash checks under test runs", async () => {
    const script = `import { hashPassword } from "./src/server/auth/password.ts";
      process.stdout.write(await hashPassword("mat-khau-that"));`;
    const env = { ...process.env };
    delete env.VITEST;
    const stored = execFileSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        cwd: new URL("../../..", import.meta.url).pathname,
        env,
        encoding: "utf8",
      },
    );
    // Outside Vitest (a real server, the benchmarks): OWASP's floor, r=8, p=1.
    expect(stored).toMatch(
      new RegExp(`^scrypt\\$${PRODUCTION_COST}\\$8\\$1\\$[\\w-]{22}\\$[\\w-]{43}$`),
    );
    expect(await verifyPassword("mat-khau-that", stored)).toBe(true);
    expect(await verifyPassword("mat-khau-khac", stored)).toBe(false);
    // Under Vitest, new hashes are cheaper, in the same format.
    expect(await hashPassword("x")).toMatch(/^scrypt\$1024\$8\$1\$/);
  });
});
