import { describe, expect, it } from "vitest";
import { localLinkWarning } from "./localLinkWarning.ts";

describe("the invitation page's warning about links phones cannot open", () => {
  it("warns when the links point at this computer, and suggests the LAN address", () => {
    for (const origin of ["http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080"]) {
      expect(localLinkWarning([`${origin}/i/abc`], "http://192.168.1.20:8080")).toEqual({
        origin,
        lanUrl: "http://192.168.1.20:8080",
      });
    }
  });

  it("still warns, with no suggestion, when the server listens on this computer only", () => {
    expect(localLinkWarning(["http://localhost:8080/i/abc"], null)).toEqual({
      origin: "http://localhost:8080",
      lanUrl: null,
    });
  });

  it("says nothing when the links use an address phones can open, or there are none", () => {
    expect(localLinkWarning(["http://192.168.1.20:8080/i/abc"], null)).toBeNull();
    expect(
      localLinkWarning(["https://taphuan.example.vn/i/abc"], "http://10.0.0.2:8080"),
    ).toBeNull();
    expect(localLinkWarning(["https://localhost.example.vn/i/abc"], null)).toBeNull();
    expect(localLinkWarning([], "http://10.0.0.2:8080")).toBeNull();
  });
});
