import { type Accessor, createEffect, createSignal, on, onCleanup, untrack } from "solid-js";
import type { SearchSource } from "./search.repo.ts";
import { buildSearchIndex, type SearchIndex } from "./searchIndex.ts";

interface Built {
  eventId: string;
  version: number;
  index: SearchIndex;
}

/** The last index built, kept across visits of the screen while the event is unchanged. */
let lastBuilt: Built | null = null;

interface SearchIndexState {
  /** The index to search, possibly of an older version of the event while a newer builds. */
  index: Accessor<SearchIndex | null>;
  /** True while the event is on the device but no index of it is ready yet. */
  preparing: Accessor<boolean>;
}

/**
 * The search index of `source`, built off the critical path: a sync that changes the event
 * starts a new build, and the previous index keeps answering until the new one is ready.
 * A build overtaken by a newer version (or by leaving the screen) is dropped.
 */
export function createSearchIndex(source: Accessor<SearchSource | null | undefined>) {
  const [current, setCurrent] = createSignal<Built | null>(null);
  const key = () => {
    const s = source();
    return s ? `${s.event.id}@${s.version}` : null;
  };
  createEffect(
    on(key, (k) => {
      const s = untrack(source);
      if (!k || !s) return;
      if (lastBuilt && `${lastBuilt.eventId}@${lastBuilt.version}` === k) {
        setCurrent(lastBuilt);
        return;
      }
      let dropped = false;
      onCleanup(() => {
        dropped = true;
      });
      void buildSearchIndex(s.docs).then((index) => {
        if (dropped) return;
        lastBuilt = { eventId: s.event.id, version: s.version, index };
        setCurrent(lastBuilt);
      });
    }),
  );
  // Another event's index must never answer for this one.
  const index = () => {
    const built = current();
    return built && built.eventId === source()?.event.id ? built.index : null;
  };
  const preparing = () => Boolean(source()) && index() === null;
  return { index, preparing } satisfies SearchIndexState;
}

/** Forgets the index kept between visits (for tests). */
export function forgetSearchIndex(): void {
  lastBuilt = null;
}
