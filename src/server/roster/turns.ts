/**
 * Issue 12: a roster of 20,000 rows takes the CPU for a noticeable time; reading and planning
 * it in turns of this many rows lets the server answer other requests (/api/health, check-ins)
 * in between.
 */
export const ROWS_PER_TURN = 500;

/** Resolves on the event loop's next turn, after pending I/O callbacks have run. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `items.map(fn)`, in order, giving the event loop a turn every `perTurn` items. `fn` may
 * rely on the items before it having been mapped (the planner remembers earlier rows).
 */
export async function mapInTurns<T, U>(
  items: readonly T[],
  fn: (item: T) => U,
  perTurn = ROWS_PER_TURN,
): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % perTurn === 0) await nextTurn();
    out.push(fn(items[i]!));
  }
  return out;
}
