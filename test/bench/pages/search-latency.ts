// The search bench page: the app's own search path — the pack stored by applyPack, read
// back by getSearchSource, indexed by buildSearchIndex, queried by runSearch — bundled by
// Vite like the app, driven from test/bench/benchmarks/search-latency.ts.
import { AppDb } from "../../../src/app/db/db.ts";
import { getSearchSource } from "../../../src/app/features/search/search.repo.ts";
import {
  buildSearchIndex,
  runSearch,
  type SearchIndex,
} from "../../../src/app/features/search/searchIndex.ts";
import { applyPack } from "../../../src/app/sync/applyPack.ts";
import type { EventPack } from "../../../src/shared/pack.ts";

let index: SearchIndex | null = null;

const searchBench = {
  /** Stores the pack and builds the index as the search screen does; returns ms and size. */
  async prepare(packText: string): Promise<{ buildMs: number; docs: number; terms: number }> {
    const db = new AppDb("search-bench");
    await db.delete();
    await db.open();
    const pack = JSON.parse(packText) as EventPack;
    await applyPack(db, pack);
    const source = await getSearchSource(pack.event.slug, db);
    if (!source) throw new Error("the stored event was not found");
    const start = performance.now();
    index = await buildSearchIndex(source.docs);
    const buildMs = performance.now() - start;
    db.close();
    return { buildMs, docs: source.docs.length, terms: index.termCount };
  },
  /** Times one keystroke's search (what the screen runs on input); returns ms and hits. */
  type(query: string): { ms: number; total: number } {
    if (!index) throw new Error("prepare() first");
    const start = performance.now();
    const { total } = runSearch(index, query);
    return { ms: performance.now() - start, total };
  },
};

declare global {
  interface Window {
    searchBench: typeof searchBench;
  }
}
window.searchBench = searchBench;
