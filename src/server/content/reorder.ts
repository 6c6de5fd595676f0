/** A session's place in the day, as instants. */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Lays out a day's sessions in a new order: each keeps its duration, the first starts when
 * the day's first session started, and the gap after the k-th place stays what it was (so
 * a lunch gap after the third item stays after the third item). `current` is the day in
 * its present time order; `order` lists the same sessions in the wanted order.
 */
export function layoutDay<S extends Slot>(current: S[], order: S[]): Slot[] {
  const first = current[0];
  if (!first) return [];
  const gaps = current
    .slice(1)
    .map((next, i) => next.startsAt.getTime() - current[i]!.endsAt.getTime());
  let start = first.startsAt.getTime();
  return order.map((session, k) => {
    const duration = session.endsAt.getTime() - session.startsAt.getTime();
    const slot = { startsAt: new Date(start), endsAt: new Date(start + duration) };
    start = slot.endsAt.getTime() + Math.max(0, gaps[k] ?? 0);
    return slot;
  });
}
