/** Characters an unquoted array element may not hold (nor may it hold a comma). */
const NEEDS_QUOTING = /["\\{}\s]/;

/**
 * An array parameter as PostgreSQL's array literal text, `{a,b,c}`, for elements that need
 * no quoting — UUIDs, hex, ISO 8601 times, integers — to be cast in SQL (`::uuid[]`).
 * Why not the driver's own array parameter: node-postgres quotes and escapes every
 * element (two regex replaces and a new string each), half a megabyte of garbage per
 * 500-op push for the ledger's columns alone, which the young-generation GC then copies.
 * Elements that would need quoting are a programming error here, and throw.
 */
export function plainArray(values: readonly (string | number)[]): string {
  const elements = values.join(",");
  if (NEEDS_QUOTING.test(elements)) {
    throw new Error("plainArray: an element needs quoting; use the driver's array parameter");
  }
  return `{${elements}}`;
}
