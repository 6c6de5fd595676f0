/**
 * Normalises a Vietnamese phone number written in any usual way (0912 345 678,
 * 0912.345.678, +84 912 345 678, 84912345678) to "+84912345678"; null when it is not one.
 */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, "");
  const match = /^(?:\+?84|0)([1-9]\d{8})$/.exec(digits);
  return match ? `+84${match[1]}` : null;
}
