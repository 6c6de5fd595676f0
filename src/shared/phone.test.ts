import { describe, expect, it } from "vitest";
import { normalizePhone } from "./phone.ts";

describe("normalizePhone", () => {
  it.each([
    ["0912 345 678", "+84912345678"],
    ["0912.345.678", "+84912345678"],
    ["0912-345-678", "+84912345678"],
    ["+84 912 345 678", "+84912345678"],
    ["84912345678", "+84912345678"],
    ["(091) 234 5678", "+84912345678"],
    ["0941777631", "+84941777631"],
    // The trunk 0 some write after the country code.
    ["+84 (0) 912 345 678", "+84912345678"],
    ["+84 (0)912345678", "+84912345678"],
    ["+840912345678", "+84912345678"],
    // The international call prefix instead of "+".
    ["0084 912 345 678", "+84912345678"],
    // Excel's text marker, typed so that Excel keeps the leading 0.
    ["'0912345678", "+84912345678"],
    ["’0912 345 678", "+84912345678"],
    // Excel dropped the leading 0 of a phone typed as a number.
    ["912345678", "+84912345678"],
    ["0386 123 456", "+84386123456"],
    ["0707.123.456", "+84707123456"],
    // Landlines: 02x area code and subscriber.
    ["024 3825 1234", "+842438251234"],
    ["(024) 3825 1234", "+842438251234"],
    ["0255 3822 123", "+842553822123"],
    ["+84 24 3825 1234", "+842438251234"],
    // Several numbers in one cell: the first mobile, or failing one the first landline.
    ["0912 345 678 / 0913 222 333", "+84912345678"],
    ["024 3825 1234 / 0912 345 678", "+84912345678"],
    ["024 3825 1234; 0912.345.678", "+84912345678"],
    ["0255 3822 123, 0912345678", "+84912345678"],
    ["0255 3822 123 - 0912345678", "+84912345678"],
    ["12345 / 0912-345-678", "+84912345678"],
    ["024 3825 1234 / 028 3822 4567", "+842438251234"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    "",
    "12345",
    "0012345678",
    "091234567",
    "09123456789",
    "abc",
    "không có",
    "+1 415 555 0100",
    "0084 12 345 678",
    // Not a Vietnamese range: 04x, 06x and 01x are not mobile prefixes (any more).
    "0412345678",
    "0612345678",
    "01612345678",
    // A landline needs its full 10-digit national number.
    "024 3825 123",
    "12345 / 67890",
    "'",
  ])("refuses %j", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
