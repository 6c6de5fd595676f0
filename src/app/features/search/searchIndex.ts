import MiniSearch, { type SearchResult } from "minisearch";
import { foldVietnamese } from "../../../shared/fold.ts";
import { highlight, type Segment, snippet, snippetWords, type Words } from "./highlight.ts";

export type { Segment } from "./highlight.ts";

/** One searchable item of an event: a session or a material. */
export interface SearchDoc {
  /** "s:<id>" or "m:<id>": sessions and materials share one index. */
  id: string;
  kind: "session" | "material";
  /** The session or material id. */
  ref: string;
  title: string;
  /** Everything else a person may look for: description, speakers, room, material text. */
  text: string;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  title: Segment[];
  snippet: Segment[];
}

interface SearchResults {
  /** The best `limit` matches, best first. */
  hits: SearchHit[];
  /** How many items matched in all, which may be more than are shown. */
  total: number;
}

export type SearchIndex = MiniSearch<SearchDoc>;

/** Documents indexed between two yields to the event loop while building. */
const BUILD_CHUNK = 8;

/** Per item of an index, the first letters of its (folded) words. */
const firstLetters = new WeakMap<SearchIndex, Map<string, Set<string>>>();

const foldTerm = (term: string) => foldVietnamese(term) || null;
const firstLetter = (word: string) => String.fromCodePoint(word.codePointAt(0)!);

/**
 * Builds the index; terms are folded (no case, no diacritics, đ → d) on both sides.
 * Indexing a large event takes about a second on a phone: it goes in small chunks with a
 * yield between them, so that typing and scrolling stay responsive meanwhile. Each item's
 * set of word-initial letters is noted on the way (see `runSearch`).
 */
export async function buildSearchIndex(docs: SearchDoc[]): Promise<SearchIndex> {
  let letters = new Set<string>();
  const index = new MiniSearch<SearchDoc>({
    fields: ["title", "text"],
    storeFields: ["kind", "ref", "title", "text"],
    processTerm: (term) => {
      const folded = foldTerm(term);
      if (folded) letters.add(firstLetter(folded));
      return folded;
    },
    searchOptions: { processTerm: foldTerm },
  });
  const byDoc = new Map<string, Set<string>>();
  firstLetters.set(index, byDoc);
  for (let at = 0; at < docs.length; at += BUILD_CHUNK) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const doc of docs.slice(at, at + BUILD_CHUNK)) {
      letters = new Set();
      byDoc.set(doc.id, letters);
      index.add(doc);
    }
  }
  return index;
}

/** The query's words as the index folds them. */
function queryWords(query: string): string[] {
  return query
    .split(/[\n\r\p{Z}\p{P}]+/u)
    .map((word) => foldVietnamese(word))
    .filter(Boolean);
}

/** The words of each item's text as snippets cut it, read once and kept between keystrokes. */
const textWords = new WeakMap<SearchIndex, Map<string, Words>>();

function wordsOfText(index: SearchIndex, doc: SearchDoc): Words {
  let cache = textWords.get(index);
  if (!cache) {
    cache = new Map();
    textWords.set(index, cache);
  }
  let entry = cache.get(doc.id);
  if (!entry) {
    entry = snippetWords(doc.text);
    cache.set(doc.id, entry);
  }
  return entry;
}

/**
 * Searches with every query word required; when that finds nothing, any word will do.
 * Titles weigh three times the rest. The word being typed (the last, with no space after
 * it) is a prefix from its second letter on ("nghi quy" finds "quyết"). A single letter
 * after other words ("thong tin d") would be a prefix of hundreds of terms, each scored in
 * every item — the slowest keystrokes by far — so it only filters: an item must have a
 * word that starts with it, the same items a prefix finds, ranked by the other words until
 * the next letter is typed. A finished word (a space after it) matches whole words only.
 */
export function runSearch(index: SearchIndex, query: string, limit = 30): SearchResults {
  // One letter matches nearly everything: wait for the second.
  if (query.replace(/\s/g, "").length < 2) return { hits: [], total: 0 };
  let words = queryWords(query);
  const typing = words.length > 0 && !/[\n\r\p{Z}\p{P}]$/u.test(query);
  let filter: ((result: SearchResult) => boolean) | undefined;
  const last = words.at(-1);
  if (typing && last && words.length > 1 && [...last].length === 1) {
    words = words.slice(0, -1);
    const letters = firstLetters.get(index);
    filter = (result) => letters?.get(result.id)?.has(last) ?? false;
  }
  const prefixed = typing && !filter;
  const options = {
    boost: { title: 3 },
    prefix: (_term: string, i: number, terms: string[]) => prefixed && i === terms.length - 1,
    fuzzy: false,
    filter,
  } as const;
  const text = words.join(" ");
  let results: SearchResult[] = index.search(text, { ...options, combineWith: "AND" });
  if (results.length === 0) results = index.search(text, { ...options, combineWith: "OR" });
  const hits = results.slice(0, limit).map((result) => {
    const doc = result as unknown as SearchDoc & SearchResult;
    return {
      doc: { id: doc.id, kind: doc.kind, ref: doc.ref, title: doc.title, text: doc.text },
      score: result.score,
      title: highlight(doc.title, result.terms),
      snippet: snippet(wordsOfText(index, doc), result.terms),
    };
  });
  return { hits, total: results.length };
}
