import { othersServed } from "../http/inFlight.ts";

/**
 * How long a read waits for more keys while requests stream in. Herds of 1,000 devices,
 * median p99 on PGlite (9 herds at 0 and 4 ms, 6 at 2 and 8) and on PostgreSQL (3 each),
 * 2 December: 0 ms 4.1 and 2.2 s; 2 ms 3.1 s; 4 ms 2.3 and 1.4 s; 8 ms 2.4 s.
 */
const LINGER_MS = 4;
/** Requests stream in when others are being served and a loader read less than this long ago. */
const STREAM_GAP_MS = 20;

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
 *
 * While requests stream in (other requests are being served, and this loader read less
 * than STREAM_GAP_MS ago), a read waits `lingerMs` for more keys instead of one turn.
 * Node's event loop accepts one connection a turn (libuv since 1.45: "don't accept()
 * connections in a loop"), so a herd on new connections — phones back on the hall's
 * Wi-Fi — is read one request a turn: read at the end of each turn, every key went alone,
 * and each read's time delayed the next accept.
 * A lone request waits for no one, nor does a lone device sending request after request
 * (its backlog, 500 ops a push): lingering, each of its pushes waited 4 ms more.
 */
export class BatchLoader<K, V> {
  #waiting = new Map<K, Deferred<V>>();
  #inFlight = new Map<K, Promise<V | undefined>>();
  #lastFlush = Number.NEGATIVE_INFINITY;

  readonly #maxKeys: number;
  readonly #lingerMs: number;
  readonly #othersServed: () => boolean;

  /**
   * `fetch` answers the rows it found, by key (a key it leaves out is "none").
   * `maxKeys`: most keys one query takes; more are split into several queries.
   * `lingerMs`: how long a read waits for more keys while requests stream in.
   * `othersServed`: whether requests besides the caller's are being served (by default
   * http/inFlight.ts's count of this process's API requests).
   */
  constructor(
    private readonly fetch: (keys: K[]) => Promise<Map<K, V>>,
    options: { maxKeys?: number; lingerMs?: number; othersServed?: () => boolean } = {},
  ) {
    this.#maxKeys = options.maxKeys ?? 1000;
    this.#lingerMs = options.lingerMs ?? LINGER_MS;
    this.#othersServed = options.othersServed ?? othersServed;
  }

  /** The row of `key`, or undefined when there is none. */
  load(key: K): Promise<V | undefined> {
    const shared = this.#waiting.get(key)?.promise ?? this.#inFlight.get(key);
    if (shared) return shared;
    const deferred = defer<V>();
    if (this.#waiting.size === 0) {
      if (this.#othersServed() && performance.now() - this.#lastFlush < STREAM_GAP_MS) {
        setTimeout(() => this.#flush(), this.#lingerMs);
      } else setImmediate(() => this.#flush());
    }
    this.#waiting.set(key, deferred);
    return deferred.promise;
  }

  #flush() {
    this.#lastFlush = performance.now();
    const batch = [...this.#waiting];
    this.#waiting.clear();
    for (let i = 0; i < batch.length; i += this.#maxKeys) {
      const part = batch.slice(i, i + this.#maxKeys);
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
