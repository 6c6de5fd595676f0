/**
 * Group commit: pushes that arrive while a push transaction is running wait, and are then
 * written together in one transaction (one ledger read, one ledger write, one insert per
 * kind, one change-log row per topic, one commit) instead of one transaction each. A herd
 * of devices reconnecting at once then costs a few large transactions, not a thousand
 * small ones queued behind each other (PGlite runs one transaction at a time; on
 * PostgreSQL one event's pushes serialise on its change-log lock anyway). A push that
 * finds nothing running starts at the end of this turn of the event loop (setImmediate):
 * a lone device waits for no one, and the requests whose bytes arrived in the same turn
 * join it — on PGlite, whose queries never leave the process, a push would otherwise be
 * committed alone before the next request is even read.
 */
export class GroupCommit<TItem, TResult> {
  #waiting: { item: TItem; size: number; resolve(r: TResult): void; reject(e: unknown): void }[] =
    [];
  #running = false;

  /**
   * `commit` writes a group and answers one result per item, in order (it throws for the
   * whole group: nothing of it was written). `maxSize`: a group stops growing at this
   * total size (ops), so one transaction stays short; a single larger item goes alone.
   */
  constructor(
    private readonly commit: (items: TItem[]) => Promise<TResult[]>,
    private readonly maxSize: number,
  ) {}

  submit(item: TItem, size: number): Promise<TResult> {
    return new Promise<TResult>((resolve, reject) => {
      this.#waiting.push({ item, size, resolve, reject });
      if (!this.#running) {
        this.#running = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain() {
    try {
      while (this.#waiting.length > 0) {
        let size = this.#waiting[0]!.size;
        let n = 1;
        while (n < this.#waiting.length && size + this.#waiting[n]!.size <= this.maxSize) {
          size += this.#waiting[n]!.size;
          n++;
        }
        const group = this.#waiting.splice(0, n);
        try {
          const results = await this.commit(group.map((g) => g.item));
          group.forEach((g, i) => {
            g.resolve(results[i]!);
          });
        } catch (error) {
          for (const g of group) g.reject(error);
        }
      }
    } finally {
      this.#running = false;
    }
  }
}
