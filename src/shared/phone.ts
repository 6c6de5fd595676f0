/**
 * Vietnamese phone numbers as rosters write them. The national number (after the trunk 0
 * or the country code 84) of a mobile is 9 digits from 03x, 05x, 07x, 08x or 09x; of a
 * landline, 10 digits: the 02x area code then the subscriber (since the 2017 renumbering).
 * Rules this simple need no library (libphonenumber-js would add ~150 kB of metadata for
 * one country, and its exact ranges change from release to release).
 */
const MOBILE = /^[35789]\d{8}$/;
const LANDLINE = /^2\d{9}$/;

/** Between two numbers in one cell: "/", ",", ";" or a dash with spaces around it. */
const BETWEEN_NUMBERS = /[/,;]|\s[-–—]\s/;

/**
 * The national number a notation stands for, or null. Accepts the country code as +84,
 * 0084 or 84 (with the trunk "(0)" some write after it), the trunk 0, or neither (Excel
 * drops the leading 0 of a phone typed as a number); spaces, dots, dashes and brackets.
 */
function nationalNumber(notation: string): string | null {
  const text = notation
    .trim()
    // Excel's marker for "keep this as text", typed to stop it from dropping the 0.
    .replace(/^['’]/, "")
    .replace(/\(\s*0\s*\)/, "");
  const digits = text.replace(/[\s.\-–()\u00a0]/g, "");
  if (!/^\+?\d+$/.test(digits)) return null;
  const international = /^(?:\+|00)?84(0?)(\d+)$/.exec(digits);
  const candidates = [
    international?.[2],
    /^0([1-9]\d+)$/.exec(digits)?.[1],
    /^[1-9]\d+$/.test(digits) ? digits : undefined,
  ];
  return candidates.find((n) => n !== undefined && (MOBILE.test(n) || LANDLINE.test(n))) ?? null;
}

/**
 * Normalises a Vietnamese phone number written in any usual way (0912 345 678,
 * 0912.345.678, +84 (0) 912 345 678, 0084 912 345 678, '0912345678, 024 3825 1234) to
 * "+84…"; null when it is not one. A cell holding several numbers ("0912 345 678 /
 * 024 3825 1234") gives its first mobile, or failing one its first landline.
 */
export function normalizePhone(input: string): string | null {
  const numbers = input
    .split(BETWEEN_NUMBERS)
    .map(nationalNumber)
    .filter((n): n is string => n !== null);
  const chosen = numbers.find((n) => MOBILE.test(n)) ?? numbers[0];
  return chosen ? `+84${chosen}` : null;
}
