/**
 * What follows the current text, per candidate. Users type one character at a time, and the next
 * search is almost always this text plus one character. So while the user reads a result,
 * `prepareFollowers` visits the occurrences of its text once and records, for every candidate,
 * which letters and digits follow them (anywhere, and at a word start). The next search then reads
 * bits instead of scanning 100,000 keys: that matters most for the first characters, whose scans
 * are the slowest (they stop at every occurrence of a common letter).
 */
import { type IndexData, isInputPending, now } from './searchIndexBuild.js';
import { rankedResult } from './searchIndexRanking.js';
import { type Finder, finderFor, type Scratch } from './searchIndexScan.js';
import { isWordChar, maskBit, maskWord } from './searchIndexWords.js';
import type { SearchResult } from './searchResult.js';

/** The followers of one text, possibly half visited. */
export interface Followers {
  query: string;
  finder: Finder;
  /** Next occurrence to visit, -1 when done. */
  at: number;
  owner: number;
  letters: Uint32Array;
  digits: Uint32Array;
  wordLetters: Uint32Array;
  wordDigits: Uint32Array;
}

/** Occurrences visited between two looks at the clock and at pending input. */
const STEPS_PER_CHECK = 256;

/**
 * Visits occurrences of `query` for about `budgetMs` (stopping early when the user has input
 * waiting) and returns the followers, complete when their `at` is -1. `previous` is reused when it
 * is for the same text, and its arrays recycled otherwise.
 */
export function prepareFollowers(
  data: IndexData,
  previous: Followers | null,
  query: string,
  budgetMs: number,
): Followers {
  let state = previous;
  if (!state || state.query !== query) {
    const size = data.size;
    const arrays = state ?? {
      letters: new Uint32Array(size),
      digits: new Uint32Array(size),
      wordLetters: new Uint32Array(size),
      wordDigits: new Uint32Array(size),
    };
    if (state) {
      for (const array of [arrays.letters, arrays.digits, arrays.wordLetters, arrays.wordDigits])
        array.fill(0);
    }
    const finder = finderFor(data, query);
    state = {
      letters: arrays.letters,
      digits: arrays.digits,
      wordLetters: arrays.wordLetters,
      wordDigits: arrays.wordDigits,
      query,
      finder,
      at: finder.find(0),
      owner: 0,
    };
  }
  const { starts, text } = data;
  const length = query.length;
  const deadline = now() + budgetMs;
  const unbounded = budgetMs === Number.POSITIVE_INFINITY;
  let { at, owner } = state;
  let steps = 0;
  while (at !== -1) {
    while ((starts[owner + 1] as number) <= at) owner++;
    const next = text.charCodeAt(at + length);
    const word = maskWord(next);
    if (word !== -1) {
      const bit = maskBit(next);
      const atWordStart = at === starts[owner] || !isWordChar(text.charCodeAt(at - 1));
      if (word === 0) {
        state.letters[owner] = (state.letters[owner] as number) | bit;
        if (atWordStart) state.wordLetters[owner] = (state.wordLetters[owner] as number) | bit;
      } else {
        state.digits[owner] = (state.digits[owner] as number) | bit;
        if (atWordStart) state.wordDigits[owner] = (state.wordDigits[owner] as number) | bit;
      }
    }
    at = state.finder.find(at + 1);
    if (++steps % STEPS_PER_CHECK === 0 && !unbounded && (now() >= deadline || isInputPending())) break;
  }
  state.at = at;
  state.owner = owner;
  return state;
}

/** The prepared text plus one letter or digit, answered from bits; null when not prepared. */
export function searchFollowers(
  data: IndexData,
  scratch: Scratch,
  followers: Followers | null,
  query: string,
): SearchResult | null {
  const last = query.charCodeAt(query.length - 1);
  const word = maskWord(last);
  if (!followers || followers.at !== -1 || word === -1 || followers.query !== query.slice(0, -1)) return null;
  const { starts, keyFirst, text, size } = data;
  const bit = maskBit(last);
  const anywhere = word === 0 ? followers.letters : followers.digits;
  const atWordStart = word === 0 ? followers.wordLetters : followers.wordDigits;
  const first = query.charCodeAt(0);
  const { hits, ranks } = scratch;
  let count = 0;
  for (let position = 0; position < size; position++) {
    if (((anywhere[position] as number) & bit) === 0) continue;
    hits[count] = position;
    ranks[count] =
      keyFirst[position] === first && text.startsWith(query, starts[position] as number)
        ? 0
        : ((atWordStart[position] as number) & bit) !== 0
          ? 1
          : 2;
    count++;
  }
  return rankedResult(query, hits, ranks, count);
}
