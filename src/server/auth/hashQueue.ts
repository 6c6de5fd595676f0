/** Thrown when the hashing queue is full: the caller answers 429 with Retry-After. */
export class HashQueueFullError extends Error {
  override name = "HashQueueFullError";
}

/**
 * A bound on concurrent password hashing. scrypt at OWASP's cost takes 128 MiB and a libuv
 * worker thread for ~100 ms per hash; 30 parallel sign-ins would take every worker thread
 * (gzip and file reads queue behind them) and a gigabyte of memory. At most `running`
 * hashes run at once, at most `waiting` more wait their turn, and any beyond are refused
 * at once rather than queued without end.
 */
export function makeHashQueue(limits: { running: number; waiting: number }) {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return {
    /** Runs `work` when a slot is free; throws HashQueueFullError when the queue is full. */
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (active < limits.running) active++;
      else if (queue.length < limits.waiting) await new Promise<void>((go) => queue.push(go));
      else throw new HashQueueFullError("too many sign-ins are being checked at once");
      try {
        return await work();
      } finally {
        release();
      }
    },
    /** Hashes running and waiting, for tests and the benchmark. */
    get load() {
      return { running: active, waiting: queue.length };
    },
  };
}

/**
 * The server's queue: one hash at a time leaves the other core and libuv's other worker
 * threads to everything else (measured: two at a time on two cores tripled the pack's
 * p99, `npm run bench -- login-burst`); eight waiting is about a second of sign-ins.
 */
export const hashQueue = makeHashQueue({ running: 1, waiting: 8 });
