/** A session's place in the day, as instants. */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

const at = (ms: number) => new Date(ms);

/**
 * The times of two sessions after `later` is moved before `earlier` (its neighbour in the
 * day's time order). Both keep their durations, and nothing but the two changes, so that a
 * click on ↑/↓ never shifts the rest of the day, nor sessions running in other rooms:
 * - `later` starts when `earlier` started;
 * - if they followed one another, `earlier` ends when `later` ended: the pair keeps the
 *   stretch of time it covered and the gap between the two (a break stays a break);
 * - if they overlapped (parallel sessions in other rooms), `earlier` starts when `later`
 *   started: they swap start times.
 * Two sessions starting together stay as they are: there is no earlier place to give.
 */
function swapSlots(earlier: Slot, later: Slot): [earlier: Slot, later: Slot] {
  const start = earlier.startsAt.getTime();
  const earlierLength = earlier.endsAt.getTime() - start;
  const laterStart = later.startsAt.getTime();
  const laterLength = later.endsAt.getTime() - laterStart;
  const followed = earlier.endsAt.getTime() <= laterStart;
  const earlierStart = followed ? later.endsAt.getTime() - earlierLength : laterStart;
  return [
    { startsAt: at(earlierStart), endsAt: at(earlierStart + earlierLength) },
    { startsAt: at(start), endsAt: at(start + laterLength) },
  ];
}

/**
 * Lays out a day's sessions in a new order. `current` is the day in its present time order;
 * `order` lists the same sessions in the wanted order. The editor only ever moves one
 * session past its neighbour, which swapSlots() does; any other order is reached as a
 * sequence of such moves (each session in turn moved up to its wanted place), so every
 * session keeps its duration and a session that keeps its place keeps its times.
 */
export function layoutDay<S extends Slot>(current: S[], order: S[]): Slot[] {
  const places: { session: S; slot: Slot }[] = current.map((session) => ({
    session,
    slot: { startsAt: session.startsAt, endsAt: session.endsAt },
  }));
  order.forEach((wanted, k) => {
    for (let j = places.findIndex((p) => p.session === wanted); j > k; j--) {
      const [earlier, later] = [places[j - 1]!, places[j]!];
      [earlier.slot, later.slot] = swapSlots(earlier.slot, later.slot);
      [places[j - 1], places[j]] = [later, earlier];
    }
  });
  const slotOf = new Map(places.map((p) => [p.session, p.slot]));
  return order.map((session) => slotOf.get(session)!);
}
