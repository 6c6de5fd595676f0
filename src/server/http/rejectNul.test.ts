import { describe, expect, it } from "vitest";
import { assertNoNulInJson } from "./rejectNul.ts";

const check = (value: unknown) => {
  const json = JSON.stringify(value);
  return () => assertNoNulInJson(json, JSON.parse(json));
};

describe("assertNoNulInJson", () => {
  it("refuses a NUL in any string or key, however deep", () => {
    for (const value of [
      { ops: [{ payload: { text: "a\u0000b" } }] },
      { "k\u0000": 1 },
      ["\u0000"],
    ]) {
      expect(check(value)).toThrow(expect.objectContaining({ code: "invalid_characters" }));
    }
  });

  it("passes text without one, and an escaped backslash before u0000, which is no NUL", () => {
    expect(check({ ops: [{ payload: { text: "ghi chú số 1" } }] })).not.toThrow();
    const literal = { text: "C:\\u0000" };
    expect(JSON.stringify(literal)).toContain("\\\\u0000");
    expect(check(literal)).not.toThrow();
  });
});
