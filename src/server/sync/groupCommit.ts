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
 *
 * Pushes on their way (announced by `expect()`: signing in, reading the body, checking
 * the ops) are waited for, up to `maxWaitMs`, before a group that is not full starts. A
 * herd otherwise could fall into a trickle: each commit blocked PGlite's one thread, the
 * few requests read meanwhile made the next group, and 1,000 pushes took up to 538 small
 * transactions (13 in a herd that kept its groups large), doubling its time or more.
 */
export class GroupCommit<TItem, TResult> {
  #waiting: { item: TItem; size: number; resolve(r: TResult): void; reject(e: unknown): void }[] =
    [];
  #waitingSize = 0;
  #running = false;
  /** Pushes announced and neither submitted nor given up. */
  #expected = 0;
  /** Ends the wait of the group being gathered, when there is one. */
  #gathered: (() => void) | null = null;

  /**
   * `commit` writes a group and answers one result per item, in order (it throws for the
   * whole group: nothing of it was written). `maxSize`: a group stops growing at this
   * total size (ops), so one transaction stays short; a single larger item goes alone.
   * `maxWaitMs`: the longest a group waits for announced items.
   */
  constructor(
    private readonly commit: (items: TItem[]) => Promise<TResult[]>,
    private readonly maxSize: number,
    private readonly maxWaitMs = 0,
  ) {}

  /**
   * Announces an item on its way. Call the function returned once it was submitted or
   * will not be (more calls do nothing): until then, a group waits for it (≤ maxWaitMs).
   */
  expect(): () => void {
    this.#expected++;
    let settled = false;
    return () => {
      if (settled) return;
      settled = true;
      this.#expected--;
      this.#wake();
    };
  }

  submit(item: TItem, size: number): Promise<TResult> {
    return new Promise<TResult>((resolve, reject) => {
      this.#waiting.push({ item, size, resolve, reject });
      this.#waitingSize += size;
      this.#wake();
      if (!this.#running) {
        this.#running = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  /** Whether the group being gathered should stop waiting. */
  #ready() {
    return this.#expected === 0 || this.#waitingSize >= this.maxSize;
  }

  #wake() {
    if (this.#gathered && this.#ready()) this.#gathered();
  }

  /** Waits until no announced item is on its way, the group is full, or maxWaitMs. */
  #gather(): Promise<void> {
    if (this.maxWaitMs <= 0 || this.#ready()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#gathered = null;
        resolve();
      };
      const timer = setTimeout(done, this.maxWaitMs);
      this.#gathered = done;
    });
  }

  async #drain() {
    try {
      while (this.#waiting.length > 0) {
        await this.#gather();
        let size = this.#waiting[0]!.size;
        let n = 1;
        while (n < this.#waiting.length && size + this.#waiting[n]!.size <= this.maxSize) {
          size += this.#waiting[n]!.size;
          n++;
        }
        const group = this.#waiting.splice(0, n);
        this.#waitingSize -= size;
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
