import MiniSearch, { type SearchResult } from "minisearch";
import { type FoldedText, foldVietnamese, foldWithSource } from "../../../shared/fold.ts";

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

/** A part of a title or snippet; `hit` parts are what matched the query. */
export interface Segment {
  text: string;
  hit: boolean;
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

/**
 * Builds the index; terms are folded (no case, no diacritics, đ → d) on both sides.
 * Indexing a large event takes about a second on a phone: it goes in small chunks with a
 * yield between them, so that typing and scrolling stay responsive meanwhile.
 */
export async function buildSearchIndex(docs: SearchDoc[]): Promise<SearchIndex> {
  const index = new MiniSearch<SearchDoc>({
    fields: ["title", "text"],
    storeFields: ["kind", "ref", "title", "text"],
    processTerm: (term) => foldVietnamese(term) || null,
  });
  await index.addAllAsync(docs, { chunkSize: BUILD_CHUNK });
  return index;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where the whole-word occurrences of folded `terms` are in the original `original`;
 * neighbouring words ("Nghị quyết") become one range.
 */
function findTerms(original: string, folded: FoldedText, terms: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  const text = folded.folded;
  for (const term of terms) {
    if (!term) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (at > 0 && WORD_CHAR.test(text[at - 1]!)) continue;
      if (end < text.length && WORD_CHAR.test(text[end]!)) continue;
      ranges.push([folded.source[at]!, folded.source[end]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    const adjacent = last && (r[0] <= last[1] || !original.slice(last[1], r[0]).trim());
    if (last && adjacent) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** Splits `text[from, to)` into plain and highlighted segments. */
function segments(text: string, ranges: [number, number][], from = 0, to = text.length) {
  const out: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(Math.max(start, at), Math.min(end, to)), hit: true });
    at = Math.min(end, to);
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** `text` with the matched terms marked. */
export function highlight(text: string, terms: string[]): Segment[] {
  return segments(text, findTerms(text, foldWithSource(text), terms));
}

/** Whitespace-collapsed text and its folding, kept per document between keystrokes. */
type Prepared = { flat: string; folded: FoldedText };
const prepared = new WeakMap<SearchIndex, Map<string, Prepared>>();

function prepare(text: string): Prepared {
  const flat = text.replace(/\s+/g, " ").trim();
  return { flat, folded: foldWithSource(flat) };
}

/**
 * About `length` characters of `text` around the first match, cut at word boundaries, with
 * "…" where it was cut and the matched terms marked.
 */
export function snippet(text: string | Prepared, terms: string[], length = 160): Segment[] {
  const { flat, folded } = typeof text === "string" ? prepare(text) : text;
  const ranges = findTerms(flat, folded, terms);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(length / 3));
  let to = Math.min(flat.length, from + length);
  if (from > 0) from = flat.indexOf(" ", from) + 1 || from;
  if (to < flat.length) to = flat.lastIndexOf(" ", to) > from ? flat.lastIndexOf(" ", to) : to;
  const parts = segments(flat, ranges, from, to);
  if (from > 0) parts.unshift({ text: "…", hit: false });
  if (to < flat.length) parts.push({ text: "…", hit: false });
  return parts;
}

function cached(cache: Map<string, Prepared>, doc: SearchDoc): Prepared {
  let entry = cache.get(doc.id);
  if (!entry) {
    entry = prepare(doc.text);
    cache.set(doc.id, entry);
  }
  return entry;
}

/**
 * Searches with every query word required (the last one may be a prefix, as people type);
 * when that finds nothing, any word will do. Titles weigh three times the rest.
 */
export function runSearch(index: SearchIndex, query: string, limit = 30): SearchResults {
  // One letter matches nearly everything: wait for the second.
  if (query.replace(/\s/g, "").length < 2) return { hits: [], total: 0 };
  // Folding a 5 KB text for its snippet costs more than the search: do it once per item.
  const cache = prepared.get(index) ?? new Map<string, Prepared>();
  prepared.set(index, cache);
  const options = {
    boost: { title: 3 },
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    fuzzy: false,
  } as const;
  let results: SearchResult[] = index.search(query, { ...options, combineWith: "AND" });
  if (results.length === 0) results = index.search(query, { ...options, combineWith: "OR" });
  const hits = results.slice(0, limit).map((result) => {
    const doc = result as unknown as SearchDoc & SearchResult;
    return {
      doc: { id: doc.id, kind: doc.kind, ref: doc.ref, title: doc.title, text: doc.text },
      score: result.score,
      title: highlight(doc.title, result.terms),
      snippet: snippet(cached(cache, doc), result.terms),
    };
  });
  return { hits, total: results.length };
}
