import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

describe("environment", () => {
  it("tells a PUBLIC_URL given from the localhost default", () => {
    expect(readEnv({ PORT: "9000" })).toMatchObject({
      publicUrl: "http://localhost:9000",
      publicUrlGiven: false,
    });
    expect(readEnv({ PUBLIC_URL: "" })).toMatchObject({ publicUrlGiven: false });
    expect(readEnv({ PUBLIC_URL: "https://taphuan.example.vn/" })).toMatchObject({
      publicUrl: "https://taphuan.example.vn",
      publicUrlGiven: true,
    });
  });

  it("reads the roster row cap once, 20,000 unless ROSTER_MAX_ROWS says otherwise", () => {
    expect(readEnv({}).rosterMaxRows).toBe(20_000);
    expect(readEnv({ ROSTER_MAX_ROWS: "50000" }).rosterMaxRows).toBe(50_000);
  });
});
