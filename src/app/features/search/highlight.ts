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
 * A text's words as the index sees them, folded, with where each one is in the text. Read
 * as far as a search needed (a snippet rarely needs more than the first match and its
 * window) and kept, so the next keystroke walks words, not text.
 */
export interface Words {
  text: string;
  folded: string[];
  starts: number[];
  ends: number[];
  /** Where reading goes on; -1 once the text is read to its end. */
  at: number;
}

export function wordsOf(text: string): Words {
  return { text, folded: [], starts: [], ends: [], at: 0 };
}

/** Reads the next word; false at the end of the text. */
function readWord(words: Words): boolean {
  if (words.at < 0) return false;
  WORD.lastIndex = words.at;
  const m = WORD.exec(words.text);
  if (!m) {
    words.at = -1;
    return false;
  }
  words.folded.push(fold(m[0]));
  words.starts.push(m.index);
  words.ends.push(m.index + m[0].length);
  words.at = WORD.lastIndex;
  return true;
}

/** Whether the text has an `i`th word (reading on to it). */
function hasWord(words: Words, i: number): boolean {
  while (i >= words.folded.length) if (!readWord(words)) return false;
  return true;
}

/** The first word that starts at or after `at`. */
function wordAt(words: Words, at: number): number {
  const { starts } = words;
  while (words.at >= 0 && (starts.length === 0 || starts.at(-1)! < at)) readWord(words);
  let [low, high] = [0, starts.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The ranges of the words in `[from, to)` of the text that fold to one of `terms`, as
 * [start, end); neighbouring words ("Nghị quyết") become one range. With `first`, stops at
 * the first word found.
 */
function findWords(
  words: Words,
  terms: ReadonlySet<string>,
  from = 0,
  to = words.text.length,
  first = false,
) {
  const { text, folded, starts, ends } = words;
  const ranges: [number, number][] = [];
  for (let i = wordAt(words, from); hasWord(words, i) && starts[i]! < to; i++) {
    if (!terms.has(folded[i]!)) continue;
    const start = starts[i]!;
    const end = Math.min(ends[i]!, to);
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
  return segments(text, findWords(wordsOf(text), new Set(terms)));
}

/** The words of `text` with its whitespace collapsed, as snippets show it. */
export function snippetWords(text: string): Words {
  return wordsOf(text.replace(/\s+/g, " ").trim());
}

/**
 * About `length` characters of `text` around the first match, cut at word boundaries, with
 * "…" where it was cut and the matched terms marked. Pass `snippetWords(text)`, kept, when
 * the same text is cut again for the next keystroke.
 */
export function snippet(text: string | Words, terms: Iterable<string>, length = 160): Segment[] {
  const words = typeof text === "string" ? snippetWords(text) : text;
  const flat = words.text;
  const wanted = new Set(terms);
  const first = findWords(words, wanted, 0, flat.length, true)[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(length / 3));
  let to = Math.min(flat.length, from + length);
  if (from > 0) from = flat.indexOf(" ", from) + 1 || from;
  if (to < flat.length) to = flat.lastIndexOf(" ", to) > from ? flat.lastIndexOf(" ", to) : to;
  const parts = segments(flat, findWords(words, wanted, from, to), from, to);
  if (from > 0) parts.unshift({ text: "…", hit: false });
  if (to < flat.length) parts.push({ text: "…", hit: false });
  return parts;
}
