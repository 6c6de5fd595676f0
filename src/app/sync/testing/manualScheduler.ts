/**
 * A scheduler for the push engine's timers that never waits: tests see each requested
 * delay and fire the timers themselves (no wall clock, no fake timers needed).
 */
export function manualScheduler() {
  let seq = 0;
  const tasks = new Map<number, { run: () => void; ms: number }>();
  return {
    schedule: (run: () => void, ms: number) => {
      const id = ++seq;
      tasks.set(id, { run, ms });
      return () => {
        tasks.delete(id);
      };
    },
    /** Delays currently waiting, in the order they were asked for. */
    waiting: () => [...tasks.values()].map((task) => task.ms),
    /** Fires every waiting timer whose delay is `ms` (or matches `which`). */
    fire(which: (ms: number) => boolean) {
      for (const [id, task] of [...tasks]) {
        if (!which(task.ms)) continue;
        tasks.delete(id);
        task.run();
      }
    },
  };
}
