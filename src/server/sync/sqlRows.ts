/** The rows of a raw `db.execute()` result (both drivers answer `{ rows }`). */
export function sqlRows<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
