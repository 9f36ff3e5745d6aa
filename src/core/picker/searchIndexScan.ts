/**
 * Scanning the picker's search index: finding a text in the joined keys, ranking each candidate
 * found, and narrowing an earlier result. Every function reads an `IndexData` the build has
 * completed and writes matches into the caller's scratch space, in candidate order, with ranks.
 */
import { type IndexData, keyOf } from './searchIndexBuild.js';
import { memberTestOf, rankedResult } from './searchIndexRanking.js';
import {
  isWordChar,
  maskBit,
  maskWord,
  queryMasks,
  queryPair,
  type Rank,
  rankInKey,
  type Words,
} from './searchIndexWords.js';
import type { SearchResult } from './searchResult.js';

/** Scratch space reused by every search of one index: matches in candidate order and their ranks. */
export interface Scratch {
  readonly hits: Int32Array;
  readonly ranks: Uint8Array;
  /** One mark per candidate, all zero between searches. */
  readonly marks: Uint8Array;
}

/** Creates the scratch space of an index of `size` candidates. */
export function createScratch(size: number): Scratch {
  return { hits: new Int32Array(size), ranks: new Uint8Array(size), marks: new Uint8Array(size) };
}

/**
 * Finds a query in the joined text from an offset, like `text.indexOf(query, from)`, but anchored
 * on the query's rarest character: "agusti" is found by searching "gusti" and checking the "a"
 * before it, several times faster than letting the scan stop at every "a".
 */
export interface Finder {
  query: string;
  find: (from: number) => number;
}

/** The finder of one query over an index's text (see `Finder`). */
export function finderFor(data: IndexData, query: string): Finder {
  const { text, charCounts } = data;
  let anchor = 0;
  let rarest = Number.POSITIVE_INFINITY;
  // The anchored part keeps at least two characters: searching one character alone would stop
  // at each of its occurrences in script, which costs more than it saves.
  for (let at = 0; at < query.length - 1; at++) {
    const code = query.charCodeAt(at);
    const count = code < 128 ? (charCounts[code] as number) : 0;
    if (count < rarest) {
      rarest = count;
      anchor = at;
    }
  }
  if (anchor === 0) return { query, find: (from) => text.indexOf(query, from) };
  const head = query.slice(0, anchor);
  const tail = query.slice(anchor);
  return {
    query,
    find: (from) => {
      let at = text.indexOf(tail, from + anchor);
      while (at !== -1) {
        if (text.startsWith(head, at - anchor)) return at - anchor;
        at = text.indexOf(tail, at + 1);
      }
      return -1;
    },
  };
}

/**
 * Receives, from `rankFrom`, the first match at or after the candidate's end when the ranking had
 * to look for it (else -2), so a scan never searches the same text twice.
 */
const nextOut = { value: -2 };

/**
 * Rank of candidate `position` whose first match is at text offset `first`. `pair` is the query's
 * word-pair filter bit (or -1 when the filter does not apply). Sets `nextOut`.
 */
function rankFrom(data: IndexData, position: number, first: number, finder: Finder, pair: number): Rank {
  nextOut.value = -2;
  const { starts, text } = data;
  const start = starts[position] as number;
  if (first === start) return 0;
  if (pair !== -1 && ((data.wordPairs[position] as number) & (1 << pair)) === 0) return 2;
  const end = (starts[position + 1] as number) - 1;
  let at = first;
  while (at !== -1 && at < end) {
    if (!isWordChar(text.charCodeAt(at - 1))) return 1;
    at = finder.find(at + 1);
  }
  nextOut.value = at;
  return 2;
}

/** Finds the candidate that owns text offset `at`, searching forward from `from`. */
function ownerFrom(data: IndexData, from: number, at: number): number {
  const { starts } = data;
  let low = from;
  // Matches are usually close together: a few steps before a binary search.
  for (let step = 0; step < 4; step++) {
    if ((starts[low + 1] as number) > at) return low;
    low++;
  }
  let high = data.size - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Scans the whole joined text for a one-word query, jumping to the next candidate after each match. */
export function scanAll(data: IndexData, scratch: Scratch, query: string): SearchResult {
  const { hits, ranks } = scratch;
  const { starts, size } = data;
  const pair = queryPair(query);
  const finder = finderFor(data, query);
  let count = 0;
  let owner = 0;
  let at = finder.find(0);
  while (at !== -1) {
    owner = ownerFrom(data, owner, at);
    ranks[count] = rankFrom(data, owner, at, finder, pair);
    hits[count] = owner;
    count++;
    if (owner + 1 >= size) break;
    at = nextOut.value === -2 ? finder.find(starts[owner + 1] as number) : nextOut.value;
    owner++;
  }
  return rankedResult(query, hits, ranks, count);
}

/**
 * Visits the matches of an earlier result in candidate order (so ranks stay stable), without
 * working out that result's rank order when it can tell its members directly.
 */
function forEachMember(
  data: IndexData,
  scratch: Scratch,
  base: SearchResult,
  visit: (position: number) => void,
): void {
  const { size } = data;
  const isMember = memberTestOf(base);
  if (isMember) {
    for (let position = 0; position < size; position++) if (isMember(position)) visit(position);
    return;
  }
  const baseCount = base.count;
  const indices = base.indices;
  // Sorting a big result costs more (5 ms for 100,000) than marking it and walking the whole list.
  if (baseCount * 16 > size) {
    const { marks } = scratch;
    for (let item = 0; item < baseCount; item++) marks[indices[item] as number] = 1;
    for (let position = 0; position < size; position++) {
      if (marks[position] !== 1) continue;
      marks[position] = 0;
      visit(position);
    }
    return;
  }
  const inOrder = indices.slice(0, baseCount).sort();
  for (let item = 0; item < baseCount; item++) visit(inOrder[item] as number);
}

/** The rank of candidate `position` for a one-word query (the whole query as one text). */
export function rankOfText(data: IndexData, position: number, query: string): Rank | -1 {
  return rankInKey(keyOf(data, position), query);
}

/**
 * Re-checks only the matches of `previous`, which must include every match of `query` (a query of
 * one word: the whole query is searched as one text), each in its own key. Worth it while
 * `previous` is small: from half the list on, `scanAll` is faster (checking one key costs more
 * than scanning past it, and the letter masks rule out few of a big result).
 */
export function narrow(
  data: IndexData,
  scratch: Scratch,
  query: string,
  previous: SearchResult,
): SearchResult {
  const { hits, ranks } = scratch;
  const { present } = data;
  const masks = queryMasks(query);
  let count = 0;
  forEachMember(data, scratch, previous, (position) => {
    if (
      ((present[position * 2] as number) & masks.letters) !== masks.letters ||
      ((present[position * 2 + 1] as number) & masks.digits) !== masks.digits
    ) {
      return;
    }
    const rank = rankOfText(data, position, query);
    if (rank === -1) return;
    hits[count] = position;
    ranks[count] = rank;
    count++;
  });
  return rankedResult(query, hits, ranks, count);
}

/**
 * The rank of candidate `position` for a query of several words (see `MatchRank`). A one-letter
 * or one-digit word is answered by the masks, longer ones by the candidate's key.
 */
export function rankOfWords(data: IndexData, position: number, words: Words): Rank | -1 {
  const { present, wordStarts, starts, keyFirst, text } = data;
  if (
    ((present[position * 2] as number) & words.letters) !== words.letters ||
    ((present[position * 2 + 1] as number) & words.digits) !== words.digits
  ) {
    return -1;
  }
  const start = starts[position] as number;
  let key: string | null = null;
  let rank: Rank = 1;
  for (const word of words.list) {
    const code = word.charCodeAt(0);
    const maskSlot = word.length === 1 ? maskWord(code) : -1;
    if (maskSlot !== -1) {
      // Present (the masks above said so); only whether it starts a word is left.
      if (((wordStarts[position * 2 + maskSlot] as number) & maskBit(code)) === 0) rank = 2;
      continue;
    }
    key ??= keyOf(data, position);
    const wordRank = rankInKey(key, word);
    if (wordRank === -1) return -1;
    if (wordRank === 2) rank = 2;
  }
  // Every word is there: the better of the whole text's rank and the words' one. The whole text
  // can only do better at the start of the name (0): where it starts a word, each of its words
  // does too (every word but the first follows a space), so the words already rank 1.
  const query = words.query;
  if (keyFirst[position] === query.charCodeAt(0) && text.startsWith(query, start)) return 0;
  return rank;
}

/**
 * A query of several words: the candidates of `base` (an earlier result that includes every
 * match), each checked word by word in its own key, in candidate order so ranks stay stable.
 */
export function checkWords(
  data: IndexData,
  scratch: Scratch,
  words: Words,
  base: SearchResult,
): SearchResult {
  const { hits, ranks } = scratch;
  let count = 0;
  forEachMember(data, scratch, base, (position) => {
    const rank = rankOfWords(data, position, words);
    if (rank === -1) return;
    hits[count] = position;
    ranks[count] = rank;
    count++;
  });
  return rankedResult(words.query, hits, ranks, count);
}
