import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, payloadHash } from "./payloadHash.ts";

/** The same value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined members, as a device's JSON would", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: "x" }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[3,{"e":2,"f":1}]},"b":1}',
    );
    expect(canonicalJson([undefined, null, "ồ"])).toBe('[null,null,"ồ"]');
    expect(canonicalJson({})).toBe("{}");
    expect(canonicalJson([])).toBe("[]");
  });

  it("is valid JSON of the same value, whatever the key order (fast-check)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reversedKeys(value))).toBe(text);
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });
});

describe("payloadHash", () => {
  it("depends on kind, event and payload, not on key order or the event id's case", () => {
    const event = "0190A8F0-0000-7000-8000-000000000001";
    const base = payloadHash("test.note", event, { a: 1, b: 2 });
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(payloadHash("test.note", event.toLowerCase(), { b: 2, a: 1 })).toBe(base);
    expect(payloadHash("test.staffNote", event, { a: 1, b: 2 })).not.toBe(base);
    expect(payloadHash("test.note", event, { a: 1, b: 3 })).not.toBe(base);
  });
});
