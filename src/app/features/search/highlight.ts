import { foldVietnamese } from "../../../shared/fold.ts";

/** A part of a title or snippet; `hit` parts are what matched the query. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * A word as the index sees one: what MiniSearch's default tokenizer leaves between spaces
 * and punctuation. Highlighting compares whole words of this kind with the matched terms,
 * so a mark is exactly where the index found the word ("đang" in "dangky" is not one).
 */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Folded words, kept between keystrokes: an event has a few thousand distinct words. */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_KEPT = 50_000;

function fold(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= FOLDED_WORDS_KEPT) foldedWords.clear();
    folded = foldVietnamese(word);
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * The ranges of `text[from, to)` whose words fold to one of `terms`, as [start, end) in
 * `text`; neighbouring words ("Nghị quyết") become one range. With `first`, stops at the
 * first word found.
 */
function findWords(
  text: string,
  terms: ReadonlySet<string>,
  from = 0,
  to = text.length,
  first = false,
) {
  const ranges: [number, number][] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    if (!terms.has(fold(m[0]))) continue;
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const last = ranges.at(-1);
    if (last && !text.slice(last[1], start).trim()) last[1] = end;
    else ranges.push([start, end]);
    if (first) break;
  }
  return ranges;
}

/** Splits `text[from, to)` into plain and highlighted segments. */
function segments(text: string, ranges: [number, number][], from = 0, to = text.length) {
  const out: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** `text` with the words that fold to one of the (folded) `terms` marked. */
export function highlight(text: string, terms: Iterable<string>): Segment[] {
  return segments(text, findWords(text, new Set(terms)));
}

/** Text with its whitespace collapsed, as snippets show it; worth keeping for a long text. */
export interface Flat {
  flat: string;
}

export function flatten(text: string): Flat {
  return { flat: text.replace(/\s+/g, " ").trim() };
}

/**
 * About `length` characters of `text` around the first match, cut at word boundaries, with
 * "…" where it was cut and the matched terms marked. Only the words up to the first match
 * and those of the window are read, however long the text.
 */
export function snippet(text: string | Flat, terms: Iterable<string>, length = 160): Segment[] {
  const { flat } = typeof text === "string" ? flatten(text) : text;
  const wanted = new Set(terms);
  const first = findWords(flat, wanted, 0, flat.length, true)[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(length / 3));
  let to = Math.min(flat.length, from + length);
  if (from > 0) from = flat.indexOf(" ", from) + 1 || from;
  if (to < flat.length) to = flat.lastIndexOf(" ", to) > from ? flat.lastIndexOf(" ", to) : to;
  const parts = segments(flat, findWords(flat, wanted, from, to), from, to);
  if (from > 0) parts.unshift({ text: "…", hit: false });
  if (to < flat.length) parts.push({ text: "…", hit: false });
  return parts;
}
