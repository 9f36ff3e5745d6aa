/**
 * The picker's search index: built once per candidate list, searched on every keystroke.
 *
 * The index is one record of typed arrays over the candidates and their joined keys
 * (`searchIndexBuild.ts`), filled in slices (`buildSlice`) between frames so mounting never waits
 * for it; a search before the index is complete finishes it first. A search goes the cheapest way
 * its query allows:
 *
 * - one letter or digit: counted from per-character tallies and ranked from per-candidate masks,
 *   only as far as the list reads (`searchIndexRanking.ts`);
 * - the text just prepared plus one character: read from the followers recorded in idle time
 *   (`searchIndexFollowers.ts`);
 * - a text containing an earlier one: only that result's matches are re-checked; else one scan of
 *   the joined keys (`searchIndexScan.ts`);
 * - several words ("jose nunez"): the matches of its longest word (or of an earlier query it
 *   contains), each checked word by word in its own key, so a word never matches in the next
 *   candidate's key (`searchIndexWords.ts`).
 *
 * Results list rank 0, then 1, then 2 (see `MatchRank`), candidate order within a rank; their
 * order is worked out only as far as it is read (`SearchResult.at`).
 */
import type { Identity } from '../schemas.js';
import { normalizeQuery } from './normalize.js';
import { buildSlice, createIndexData, ensureBuilt, type IndexData } from './searchIndexBuild.js';
import { type Followers, prepareFollowers, searchFollowers } from './searchIndexFollowers.js';
import { oneCharResult } from './searchIndexRanking.js';
import {
  checkWords,
  createScratch,
  narrow,
  rankOfText,
  rankOfWords,
  type Scratch,
  scanAll,
} from './searchIndexScan.js';
import { charSlot, wordsOf } from './searchIndexWords.js';
import { emptyResult, everythingResult, type SearchResult } from './searchResult.js';

export { identitySearchText } from './searchIndexBuild.js';
export { emptyResult, type SearchResult } from './searchResult.js';

/**
 * How well a candidate matches: lower is better.
 *
 * A query of several words ranks 0 when the full name starts with the whole text (Lucía Pérez for
 * "lucia perez", as a one-word query would); else 1 when each word starts a word somewhere in the
 * keys ("jose nunez" for José Antonio Núñez, "ana so" for Mariana Sosa nicknamed Ana), else 2.
 */
export type MatchRank =
  /** The full name (name, then last name) starts with the query. */
  | 0
  /**
   * A word in any key starts with the query (last name, nickname, email part, document); for a
   * query of several words, each of its words starts a word.
   */
  | 1
  /** The query appears anywhere; or each of its words does, not all at a word start. */
  | 2;

/** Options of `createSearchIndex`. */
export interface SearchIndexOptions {
  /** Ids left out, e.g. the parent identity, which is never offered as its own child. */
  excludeIds?: Iterable<string>;
  /**
   * Build the index later, in slices (`buildSlice`) or on the first search, instead of now.
   * @default false
   */
  deferBuild?: boolean;
  /** Recent searches kept for reuse (backspace, retyping) and narrowing. @default 6 */
  cacheSize?: number;
}

/** A search index over a candidate list. */
export interface SearchIndex {
  /** The candidate list as given: result `indices` are positions in it. */
  readonly identities: readonly Identity[];
  /** Number of candidates (excluded ones included: they are never found). */
  readonly size: number;
  /** True once every candidate is indexed. */
  readonly isBuilt: boolean;
  /**
   * Indexes candidates for about `budgetMs` milliseconds (at least one slice) and tells whether
   * the index is complete. Lets a caller spread the work of a huge list over idle time.
   */
  buildSlice(budgetMs?: number): boolean;
  /**
   * Finds the candidates matching `query` (normalised here: case, accents and extra spaces do not
   * matter). An empty query matches everything in input order. A query of several words matches a
   * candidate whose keys contain every word, in any order and any field (see `MatchRank`).
   */
  search(query: string): SearchResult;
  /**
   * Spends about `budgetMs` milliseconds preparing for the searches likely to follow `query` (the
   * same text plus one letter or digit) and tells whether that work is done. Call it in idle time
   * after showing a result; searching never depends on it, it only gets faster. A query of several
   * words has nothing to prepare (its next search narrows its result): it reports done at once.
   */
  prepare(query: string, budgetMs?: number): boolean;
  /**
   * The rank of one candidate for a normalised query, or `-1` when it does not match; the same rank
   * `search` gives it, for one word or several.
   */
  rankOf(position: number, normalizedQuery: string): MatchRank | -1;
}

/**
 * Creates the index for a candidate list. Excluded ids are left out; ids should be unique (a
 * duplicate is indexed, and selected, like its twin).
 */
export function createSearchIndex(
  candidates: readonly Identity[],
  options: SearchIndexOptions = {},
): SearchIndex {
  const cacheSize = Math.max(0, options.cacheSize ?? 6);
  // Positions are those of `candidates` (no copy of a 100,000-long array).
  const data: IndexData = createIndexData(candidates, new Set(options.excludeIds ?? []));
  const { size, identities } = data;
  if (!options.deferBuild) ensureBuilt(data);

  let scratchSpace: Scratch | null = null;
  const scratch = (): Scratch => {
    scratchSpace ??= createScratch(size);
    return scratchSpace;
  };

  let everything: SearchResult | null = null;
  const all = (): SearchResult => {
    if (!everything) {
      if (data.built < size && data.exclude.size > 0) {
        // Opened before the index is complete: find the excluded ones without indexing the rest.
        for (let position = data.built; position < size; position++) {
          if (data.exclude.has((identities[position] as Identity).id)) data.excluded.add(position);
        }
      }
      everything = everythingResult(size, data.excluded);
    }
    return everything;
  };

  const rankOf = (position: number, query: string): MatchRank | -1 => {
    if (position < 0 || position >= size) return -1;
    if (query === '') return 0;
    ensureBuilt(data);
    return query.includes(' ')
      ? rankOfWords(data, position, wordsOf(query))
      : rankOfText(data, position, query);
  };

  // Recent results, newest last: reused for a repeated query, narrowed for a longer one.
  const cache: SearchResult[] = [];
  const remember = (result: SearchResult): SearchResult => {
    if (cacheSize === 0) return result;
    const existing = cache.indexOf(result);
    if (existing !== -1) cache.splice(existing, 1);
    cache.push(result);
    if (cache.length > cacheSize) cache.shift();
    return result;
  };

  let followers: Followers | null = null;
  const prepare = (rawQuery: string, budgetMs = 0): boolean => {
    const query = normalizeQuery(rawQuery);
    // Several words: the next search narrows this one's result, which needs nothing prepared.
    if (query === '' || size === 0 || query.includes(' ')) return true;
    ensureBuilt(data);
    followers = prepareFollowers(data, followers, query, budgetMs);
    return followers.at === -1;
  };

  /**
   * A query of several words: the candidates of `cached` (an earlier result that includes every
   * match) or else of the longest word's own search (cached, narrowed, prepared like any one-word
   * search).
   */
  const searchWords = (query: string, cached: SearchResult | null): SearchResult => {
    let words = wordsOf(query);
    let base = cached;
    // A big earlier result (one letter typed before a space) costs more to check than the longest
    // word's search, which is usually far smaller.
    if (!base || base.count * 4 > size) {
      const longest = search(words.list[0] as string);
      if (!base || longest.count < base.count) {
        base = longest;
        // Every candidate has that word: check the others first, they rule most out.
        words = { ...words, list: [...words.list.slice(1), words.list[0] as string] };
      }
    }
    return checkWords(data, scratch(), words, base);
  };

  const search = (rawQuery: string): SearchResult => {
    const query = normalizeQuery(rawQuery);
    if (query === '') return all();
    if (size === 0) return emptyResult(query);
    ensureBuilt(data);
    let base: SearchResult | null = null;
    for (let entry = cache.length - 1; entry >= 0; entry--) {
      const cached = cache[entry] as SearchResult;
      if (cached.query === query) return remember(cached);
      // Every match of `query` contains `cached.query`, so it is among `cached`'s matches. With
      // several words too: each word of `cached.query` lies inside a word of `query`.
      if (query.includes(cached.query) && (!base || cached.count < base.count)) base = cached;
    }
    if (query.includes(' ')) return remember(searchWords(query, base));
    const slot = query.length === 1 ? charSlot(query.charCodeAt(0)) : -1;
    if (slot !== -1) return remember(oneCharResult(data, query, slot));
    const prepared = searchFollowers(data, scratch(), followers, query);
    if (prepared) return remember(prepared);
    // Narrowing pays only for a small earlier result (a one-character result is most of the list).
    if (base && base.count * 2 <= size) return remember(narrow(data, scratch(), query, base));
    return remember(scanAll(data, scratch(), query));
  };

  return {
    identities,
    size,
    get isBuilt() {
      return data.built >= size;
    },
    buildSlice: (budgetMs) => buildSlice(data, budgetMs),
    prepare,
    search,
    rankOf,
  };
}
