/**
 * Reads by key, many keys in one query: the keys asked for during one turn of the event
 * loop are fetched together once the turn ends (setImmediate), and a key asked for again
 * while its read is in flight shares it. Nothing is kept once a read has answered, so
 * the next request sees any change.
 *
 * Why: a herd of devices reconnecting at once sends a thousand requests that each read
 * their session and their event. One query per request queues a thousand queries (on
 * PGlite, one at a time; on PostgreSQL, in the pool), and on PGlite, whose queries never
 * leave the process, each request would even run start to finish before the next one is
 * read off its socket. Batched, the herd costs a few queries (issue 9).
 */
export class BatchLoader<K, V> {
  #waiting = new Map<K, Deferred<V>>();
  #inFlight = new Map<K, Promise<V | undefined>>();

  /**
   * `fetch` answers the rows it found, by key (a key it leaves out is "none").
   * `maxKeys`: most keys one query takes; more are split into several queries.
   */
  constructor(
    private readonly fetch: (keys: K[]) => Promise<Map<K, V>>,
    private readonly maxKeys = 1000,
  ) {}

  /** The row of `key`, or undefined when there is none. */
  load(key: K): Promise<V | undefined> {
    const shared = this.#waiting.get(key)?.promise ?? this.#inFlight.get(key);
    if (shared) return shared;
    const deferred = defer<V>();
    if (this.#waiting.size === 0) setImmediate(() => this.#flush());
    this.#waiting.set(key, deferred);
    return deferred.promise;
  }

  #flush() {
    const batch = [...this.#waiting];
    this.#waiting.clear();
    for (let i = 0; i < batch.length; i += this.maxKeys) {
      const part = batch.slice(i, i + this.maxKeys);
      for (const [key, d] of part) this.#inFlight.set(key, d.promise);
      this.fetch(part.map(([key]) => key)).then(
        (found) => {
          for (const [key, d] of part) {
            this.#inFlight.delete(key);
            d.resolve(found.get(key));
          }
        },
        (error: unknown) => {
          for (const [key, d] of part) {
            this.#inFlight.delete(key);
            d.reject(error);
          }
        },
      );
    }
  }
}

interface Deferred<V> {
  promise: Promise<V | undefined>;
  resolve(value: V | undefined): void;
  reject(error: unknown): void;
}

function defer<V>(): Deferred<V> {
  let resolve!: Deferred<V>["resolve"];
  let reject!: Deferred<V>["reject"];
  const promise = new Promise<V | undefined>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
