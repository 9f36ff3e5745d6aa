/**
 * The picker's search index: built once per candidate list, searched on every keystroke.
 *
 * All search keys live in one joined lower-case string searched with `indexOf` (the engine's
 * native substring search beats a loop over 100,000 separate strings by 2–3×); candidate
 * boundaries sit in an `Int32Array`. Per candidate, two bit masks record which letters and digits
 * occur and which start a word, so one-character queries (which match nearly everything) never
 * scan text and most ranks are decided without a second search. A query that contains an earlier
 * one only re-checks that query's matches. Results are typed arrays of candidate positions.
 *
 * A query of several words ("jose nunez") matches a candidate whose keys contain every word, in
 * any order and any field; it is answered from the matches of its longest word (or of an earlier
 * query it contains), each checked word by word in its own key, so a word never matches in the
 * next candidate's key.
 *
 * A big list can be indexed in slices (`buildSlice`) between frames, so mounting never waits for
 * it; a search before the index is complete finishes it first.
 */
import type { Identity } from '../schemas.js';
import { normalizeKey, normalizeQuery } from './normalize.js';

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

/** The outcome of one search. */
export interface SearchResult {
  /** The normalised query this result answers (`''` for everything). */
  readonly query: string;
  /** Positions in `SearchIndex.identities`, best rank first, candidate order within a rank. */
  readonly indices: Int32Array;
  /** Number of matches (`indices.length`). */
  readonly count: number;
}

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

const FIELD_SEPARATOR = '\u0001';
const KEY_SEPARATOR = '\n';
const NEWLINE = 10;
/** Candidates indexed per slice: ~1–3 ms of work on a laptop. */
const SLICE_SIZE = 2048;

/** The text of one candidate the picker searches, before normalisation. */
export function identitySearchText(identity: Identity): string {
  const name = identity.name ?? '';
  const lastname = identity.lastname ?? '';
  const fullName = name && lastname ? `${name} ${lastname}` : name || lastname;
  return `${fullName}${FIELD_SEPARATOR}${identity.nickname ?? ''}${FIELD_SEPARATOR}${identity.email ?? ''}${FIELD_SEPARATOR}${identity.documentNumber ?? ''}`;
}

/** Letters and digits continue a word; everything else (space, `.`, `@`, `-`, separators) starts one. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 128;
}

/** Mask word (0: letters a–z, 1: digits) and bit of a character, or -1 when it has none. */
function maskWord(code: number): number {
  if (code >= 97 && code <= 122) return 0;
  if (code >= 48 && code <= 57) return 1;
  return -1;
}
function maskBit(code: number): number {
  return code >= 97 ? 1 << (code - 97) : 1 << (code - 48);
}

/** Bit (0–31) of a pair of characters in the word-pair filter. */
function pairHash(first: number, second: number): number {
  return ((first * 31) ^ second) & 31;
}

/**
 * The rank of one text within one candidate's key: 0 at its start, 1 at a word start, 2 elsewhere,
 * -1 when absent.
 */
function rankInKey(key: string, query: string): MatchRank | -1 {
  let at = key.indexOf(query);
  if (at === -1) return -1;
  if (at === 0) return 0;
  while (at !== -1) {
    if (!isWordChar(key.charCodeAt(at - 1))) return 1;
    at = key.indexOf(query, at + 1);
  }
  return 2;
}

const EMPTY: Int32Array = new Int32Array(0);

const BEYOND_LATIN1 = /[\u0100-\uffff]/;
let utf8: { encoder: TextEncoder; decoder: TextDecoder } | null | undefined;

/**
 * The same text, stored one byte per character when it can be. Engines keep the result of
 * `normalize()` and of some concatenations in two bytes per character even when every character
 * fits in one: for the joined keys of 100,000 identities that is 7 MB of memory for nothing. A
 * UTF-8 round trip gives back a compact string.
 */
function compact(text: string): string {
  if (utf8 === undefined) {
    utf8 =
      typeof TextEncoder === 'function' && typeof TextDecoder === 'function'
        ? { encoder: new TextEncoder(), decoder: new TextDecoder() }
        : null;
  }
  if (!utf8 || BEYOND_LATIN1.test(text)) return text;
  return utf8.decoder.decode(utf8.encoder.encode(text));
}

/**
 * Creates the index for a candidate list. Excluded ids are left out; ids should be unique (a
 * duplicate is indexed, and selected, like its twin).
 */
export function createSearchIndex(
  candidates: readonly Identity[],
  options: SearchIndexOptions = {},
): SearchIndex {
  const exclude = new Set(options.excludeIds ?? []);
  const cacheSize = Math.max(0, options.cacheSize ?? 6);
  // Positions are those of `candidates` (no copy of a 100,000-long array): an excluded candidate
  // gets an empty key, so no query finds it, and the empty query skips it.
  const identities = candidates;
  const size = identities.length;
  // Found while indexing (reading 100,000 ids up front would slow the mount down).
  const excluded = new Set<number>();
  const starts = new Int32Array(size + 1);
  // Two words per candidate: [letters a–z, digits 0–9] that occur, and that start a word.
  const present = new Uint32Array(size * 2);
  const wordStarts = new Uint32Array(size * 2);
  // A 32-bit Bloom filter of each word's first two characters: a query whose first two are not in
  // it cannot match at a word start, so ranking skips the search for one.
  const wordPairs = new Uint32Array(size);
  // How often each ASCII character occurs: searches anchor on a query's rarest character, because
  // the engine's substring search slows down sharply when the pattern starts with a common one.
  const charCounts = new Float64Array(128);
  // First character of each key, read in order by one-character searches (no random text access).
  const keyFirst = new Uint16Array(size);
  const keySecond = new Uint16Array(size);
  const segments: string[] = [];
  let built = 0;
  let offset = 0;
  let text = '';

  /** Indexes candidates [from, to) into one segment of text, its starts and masks. */
  const indexSegment = (from: number, to: number, sanitize: boolean): boolean => {
    let raw = '';
    for (let position = from; position < to; position++) {
      const identity = identities[position] as Identity;
      if (exclude.has(identity.id)) {
        excluded.add(position);
        raw += position === from ? '' : KEY_SEPARATOR;
        continue;
      }
      let key = identitySearchText(identity);
      // A line break inside a field would split the key in two.
      if (sanitize) key = key.replace(/\n/g, ' ');
      raw += position === from ? key : KEY_SEPARATOR + key;
    }
    const segment = compact(normalizeKey(raw));
    let position = from;
    starts[position] = offset;
    keyFirst[position] = segment.charCodeAt(0);
    keySecond[position] = segment.charCodeAt(1);
    let previousIsWord = false;
    let pendingPair = -1;
    let letters = 0;
    let digits = 0;
    let letterStarts = 0;
    let digitStarts = 0;
    let pairs = 0;
    const length = segment.length;
    for (let at = 0; at < length; at++) {
      const code = segment.charCodeAt(at);
      if (code === NEWLINE) {
        if (position + 1 >= to) return false;
        present[position * 2] = letters;
        present[position * 2 + 1] = digits;
        wordStarts[position * 2] = letterStarts;
        wordStarts[position * 2 + 1] = digitStarts;
        wordPairs[position] = pairs;
        letters = digits = letterStarts = digitStarts = pairs = 0;
        previousIsWord = false;
        pendingPair = -1;
        position++;
        starts[position] = offset + at + 1;
        keyFirst[position] = segment.charCodeAt(at + 1);
        keySecond[position] = segment.charCodeAt(at + 2);
        continue;
      }
      if (pendingPair !== -1) {
        pairs |= 1 << pairHash(pendingPair, code);
        pendingPair = -1;
      }
      if (code < 128) charCounts[code] = (charCounts[code] as number) + 1;
      const isWord = isWordChar(code);
      if (isWord && !previousIsWord) pendingPair = code;
      const word = maskWord(code);
      if (word === 0) {
        const bit = maskBit(code);
        letters |= bit;
        if (!previousIsWord) letterStarts |= bit;
      } else if (word === 1) {
        const bit = maskBit(code);
        digits |= bit;
        if (!previousIsWord) digitStarts |= bit;
      }
      previousIsWord = isWord;
    }
    if (position !== to - 1) return false;
    present[position * 2] = letters;
    present[position * 2 + 1] = digits;
    wordStarts[position * 2] = letterStarts;
    wordStarts[position * 2 + 1] = digitStarts;
    wordPairs[position] = pairs;
    segments.push(segment);
    offset += length + 1;
    return true;
  };

  const now = (): number => globalThis.performance?.now() ?? Date.now();

  const buildSlice = (budgetMs = 0): boolean => {
    if (built >= size) return true;
    const deadline = now() + budgetMs;
    do {
      const to = Math.min(size, built + SLICE_SIZE);
      if (!indexSegment(built, to, false)) indexSegment(built, to, true);
      built = to;
    } while (built < size && now() < deadline);
    if (built >= size) {
      starts[size] = offset;
      text = segments.join(KEY_SEPARATOR);
      segments.length = 0;
    }
    return built >= size;
  };

  const ensureBuilt = (): void => {
    if (built < size) buildSlice(Number.POSITIVE_INFINITY);
  };

  if (!options.deferBuild) ensureBuilt();
  if (size === 0) starts[0] = 0;

  // Scratch space reused by every search: matches in candidate order and their ranks.
  let scratchHits: Int32Array | null = null;
  let scratchRanks: Uint8Array | null = null;
  let scratchMarks: Uint8Array | null = null;
  const scratch = () => {
    scratchHits ??= new Int32Array(size);
    scratchRanks ??= new Uint8Array(size);
    return { hits: scratchHits, ranks: scratchRanks };
  };

  let everything: SearchResult | null = null;
  const all = (): SearchResult => {
    if (!everything) {
      if (built < size && exclude.size > 0) {
        // Opened before the index is complete: find the excluded ones without indexing the rest.
        for (let position = built; position < size; position++) {
          if (exclude.has((identities[position] as Identity).id)) excluded.add(position);
        }
      }
      const indices = new Int32Array(size - excluded.size);
      let count = 0;
      if (excluded.size === 0)
        for (let position = 0; position < size; position++) indices[count++] = position;
      else
        for (let position = 0; position < size; position++)
          if (!excluded.has(position)) indices[count++] = position;
      everything = { query: '', indices, count };
    }
    return everything;
  };

  /** The mask word and bit of the query's first character (-1 when it has none). */
  const firstCharMask = (query: string): { word: number; bit: number } => {
    const code = query.charCodeAt(0);
    const word = maskWord(code);
    return { word, bit: word === -1 ? 0 : maskBit(code) };
  };

  /** Masks every letter and digit of the query must be present in. */
  const queryMasks = (query: string): { letters: number; digits: number } => {
    let letters = 0;
    let digits = 0;
    for (let at = 0; at < query.length; at++) {
      const code = query.charCodeAt(at);
      const word = maskWord(code);
      if (word === 0) letters |= maskBit(code);
      else if (word === 1) digits |= maskBit(code);
    }
    return { letters, digits };
  };

  /**
   * Finds a query in the joined text from an offset, like `text.indexOf(query, from)`, but anchored
   * on the query's rarest character: "agusti" is found by searching "gusti" and checking the "a"
   * before it, several times faster than letting the scan stop at every "a".
   */
  interface Finder {
    query: string;
    find: (from: number) => number;
  }
  const finderFor = (query: string): Finder => {
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
  };

  /**
   * Rank of candidate `position` whose first match is at text offset `first`. `nextOut` receives
   * the first match at or after the candidate's end when the ranking had to look for it (else -2),
   * so a scan never searches the same text twice. `pair` is the query's word-pair filter bit (or
   * -1 when the filter does not apply).
   */
  const nextOut = { value: -2 };
  const rankFrom = (position: number, first: number, finder: Finder, pair: number): MatchRank => {
    nextOut.value = -2;
    const start = starts[position] as number;
    if (first === start) return 0;
    if (pair !== -1 && ((wordPairs[position] as number) & (1 << pair)) === 0) return 2;
    const end = (starts[position + 1] as number) - 1;
    let at = first;
    while (at !== -1 && at < end) {
      if (!isWordChar(text.charCodeAt(at - 1))) return 1;
      at = finder.find(at + 1);
    }
    nextOut.value = at;
    return 2;
  };

  /** The query's word-pair filter bit, or -1 when the filter cannot decide (one character, or a
   * query that does not start with a letter or digit). */
  const queryPair = (query: string): number =>
    query.length >= 2 && isWordChar(query.charCodeAt(0))
      ? pairHash(query.charCodeAt(0), query.charCodeAt(1))
      : -1;

  /** Turns hits in candidate order into a result in rank order (a stable three-bucket sort). */
  const finish = (query: string, hits: Int32Array, ranks: Uint8Array, count: number): SearchResult => {
    let rank0 = 0;
    let rank1 = 0;
    for (let hit = 0; hit < count; hit++) {
      const rank = ranks[hit];
      if (rank === 0) rank0++;
      else if (rank === 1) rank1++;
    }
    const indices = count === 0 ? EMPTY : new Int32Array(count);
    let next0 = 0;
    let next1 = rank0;
    let next2 = rank0 + rank1;
    for (let hit = 0; hit < count; hit++) {
      const rank = ranks[hit];
      const position = hits[hit] as number;
      if (rank === 0) indices[next0++] = position;
      else if (rank === 1) indices[next1++] = position;
      else indices[next2++] = position;
    }
    return { query, indices, count };
  };

  /** A one-letter or one-digit query, answered from the masks alone. */
  const searchOneChar = (query: string, word: number, bit: number): SearchResult => {
    const { hits, ranks } = scratch();
    const code = query.charCodeAt(0);
    let count = 0;
    for (let position = 0; position < size; position++) {
      const slot = position * 2 + word;
      if (((present[slot] as number) & bit) === 0) continue;
      hits[count] = position;
      ranks[count] = keyFirst[position] === code ? 0 : ((wordStarts[slot] as number) & bit) !== 0 ? 1 : 2;
      count++;
    }
    return finish(query, hits, ranks, count);
  };

  /** Finds the candidate that owns text offset `at`, searching forward from `from`. */
  const ownerFrom = (from: number, at: number): number => {
    let low = from;
    // Matches are usually close together: a few steps before a binary search.
    for (let step = 0; step < 4; step++) {
      if ((starts[low + 1] as number) > at) return low;
      low++;
    }
    let high = size - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  /** Scans the whole joined text, jumping to the next candidate after each match. */
  const searchAll = (query: string): SearchResult => {
    const { hits, ranks } = scratch();
    const pair = queryPair(query);
    const finder = finderFor(query);
    let count = 0;
    let owner = 0;
    let at = finder.find(0);
    while (at !== -1) {
      owner = ownerFrom(owner, at);
      ranks[count] = rankFrom(owner, at, finder, pair);
      hits[count] = owner;
      count++;
      if (owner + 1 >= size) break;
      at = nextOut.value === -2 ? finder.find(starts[owner + 1] as number) : nextOut.value;
      owner++;
    }
    return finish(query, hits, ranks, count);
  };

  /**
   * Re-checks only the matches of `previous`, which must include every match of `query` (a query of
   * one word: the whole query is searched as one text).
   */
  const narrow = (query: string, previous: SearchResult): SearchResult => {
    const { hits, ranks } = scratch();
    const previousCount = previous.count;
    let count = 0;
    // Checking one key costs about what scanning it costs, so unless nearly every candidate is
    // left, checking only those beats scanning the whole text.
    if (previousCount * 4 < size * 3) {
      // Check each one's own key, in candidate order so ranks stay stable.
      const masks = queryMasks(query);
      const candidatesInOrder = previous.indices.slice(0, previousCount).sort();
      for (let item = 0; item < previousCount; item++) {
        const position = candidatesInOrder[item] as number;
        if (
          ((present[position * 2] as number) & masks.letters) !== masks.letters ||
          ((present[position * 2 + 1] as number) & masks.digits) !== masks.digits
        ) {
          continue;
        }
        const rank = rankOfText(position, query);
        if (rank === -1) continue;
        hits[count] = position;
        ranks[count] = rank;
        count++;
      }
      return finish(query, hits, ranks, count);
    }
    // Nearly all: mark them, then walk the marked ones in candidate order with one forward scan of
    // the joined text that skips from a match straight to the next marked candidate.
    scratchMarks ??= new Uint8Array(size);
    const marks = scratchMarks;
    for (let item = 0; item < previousCount; item++) marks[previous.indices[item] as number] = 1;
    const pair = queryPair(query);
    const finder = finderFor(query);
    let next = -2;
    for (let position = 0; position < size; position++) {
      if (marks[position] !== 1) continue;
      marks[position] = 0;
      if (next === -1) continue;
      const start = starts[position] as number;
      if (next < start) next = finder.find(start);
      if (next === -1 || next >= (starts[position + 1] as number) - 1) continue;
      ranks[count] = rankFrom(position, next, finder, pair);
      hits[count] = position;
      count++;
      next = nextOut.value;
    }
    return finish(query, hits, ranks, count);
  };

  /** The rank of candidate `position` for a one-word query (the whole query as one text). */
  const rankOfText = (position: number, query: string): MatchRank | -1 =>
    rankInKey(text.slice(starts[position] as number, (starts[position + 1] as number) - 1), query);

  /** The words of a normalised query of several words, and the masks they need. */
  interface Words {
    query: string;
    /** Distinct words, in the order they are checked (longest first, from `wordsOf`). */
    list: string[];
    letters: number;
    digits: number;
  }
  const wordsOf = (query: string): Words => {
    const list = [...new Set(query.split(' ').filter((word) => word !== ''))].sort(
      (a, b) => b.length - a.length,
    );
    return { query, list, ...queryMasks(query) };
  };

  /**
   * The rank of candidate `position` for a query of several words (see `MatchRank`). A one-letter
   * or one-digit word is answered by the masks, longer ones by the candidate's key.
   */
  const rankOfWords = (position: number, words: Words): MatchRank | -1 => {
    if (
      ((present[position * 2] as number) & words.letters) !== words.letters ||
      ((present[position * 2 + 1] as number) & words.digits) !== words.digits
    ) {
      return -1;
    }
    const start = starts[position] as number;
    let key: string | null = null;
    let rank: MatchRank = 1;
    for (const word of words.list) {
      const code = word.charCodeAt(0);
      const maskSlot = word.length === 1 ? maskWord(code) : -1;
      if (maskSlot !== -1) {
        // Present (the masks above said so); only whether it starts a word is left.
        if (((wordStarts[position * 2 + maskSlot] as number) & maskBit(code)) === 0) rank = 2;
        continue;
      }
      key ??= text.slice(start, (starts[position + 1] as number) - 1);
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
  };

  const rankOf = (position: number, query: string): MatchRank | -1 => {
    if (position < 0 || position >= size) return -1;
    if (query === '') return 0;
    ensureBuilt();
    return query.includes(' ') ? rankOfWords(position, wordsOf(query)) : rankOfText(position, query);
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

  /**
   * What follows the current text, per candidate. Users type one character at a time, and the next
   * search is almost always this text plus one character. So while the user reads a result,
   * `prepare` visits the occurrences of its text once and records, for every candidate, which
   * letters and digits follow them (anywhere, and at a word start). The next search then reads bits
   * instead of scanning 100,000 keys: that matters most for the first characters, whose scans are
   * the slowest (they stop at every occurrence of a common letter).
   */
  interface Followers {
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
  let followers: Followers | null = null;

  const prepare = (rawQuery: string, budgetMs = 0): boolean => {
    const query = normalizeQuery(rawQuery);
    // Several words: the next search narrows this one's result, which needs nothing prepared.
    if (query === '' || size === 0 || query.includes(' ')) return true;
    ensureBuilt();
    if (!followers || followers.query !== query) {
      const arrays = followers ?? {
        letters: new Uint32Array(size),
        digits: new Uint32Array(size),
        wordLetters: new Uint32Array(size),
        wordDigits: new Uint32Array(size),
      };
      if (followers) {
        for (const array of [arrays.letters, arrays.digits, arrays.wordLetters, arrays.wordDigits])
          array.fill(0);
      }
      const finder = finderFor(query);
      followers = { ...arrays, query, finder, at: finder.find(0), owner: 0 };
    }
    const state = followers;
    const length = query.length;
    const deadline = now() + budgetMs;
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
      if (++steps % 512 === 0 && now() >= deadline) break;
    }
    state.at = at;
    state.owner = owner;
    return at === -1;
  };

  /** The prepared text plus one letter or digit, answered from bits; null when not prepared. */
  const searchFollowers = (query: string): SearchResult | null => {
    const last = query.charCodeAt(query.length - 1);
    const word = maskWord(last);
    if (!followers || followers.at !== -1 || word === -1 || followers.query !== query.slice(0, -1))
      return null;
    const bit = maskBit(last);
    const anywhere = word === 0 ? followers.letters : followers.digits;
    const atWordStart = word === 0 ? followers.wordLetters : followers.wordDigits;
    const first = query.charCodeAt(0);
    const { hits, ranks } = scratch();
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
    return finish(query, hits, ranks, count);
  };

  /**
   * A query of several words: the candidates of `base` (an earlier result that includes every match)
   * or else of the longest word's own search (cached, narrowed, prepared like any one-word search),
   * each checked word by word in its own key, in candidate order so ranks stay stable.
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
    const { hits, ranks } = scratch();
    const baseCount = base.count;
    let count = 0;
    const check = (position: number): void => {
      const rank = rankOfWords(position, words);
      if (rank === -1) return;
      hits[count] = position;
      ranks[count] = rank;
      count++;
    };
    // Candidate order keeps ranks stable. Sorting a big result costs more (5 ms for 100,000) than
    // marking it and walking the whole list.
    if (baseCount * 16 > size) {
      scratchMarks ??= new Uint8Array(size);
      const marks = scratchMarks;
      for (let item = 0; item < baseCount; item++) marks[base.indices[item] as number] = 1;
      for (let position = 0; position < size; position++) {
        if (marks[position] !== 1) continue;
        marks[position] = 0;
        check(position);
      }
    } else {
      const candidatesInOrder = base.indices.slice(0, baseCount).sort();
      for (let item = 0; item < baseCount; item++) check(candidatesInOrder[item] as number);
    }
    return finish(query, hits, ranks, count);
  };

  const search = (rawQuery: string): SearchResult => {
    const query = normalizeQuery(rawQuery);
    if (query === '') return all();
    if (size === 0) return { query, indices: EMPTY, count: 0 };
    ensureBuilt();
    let base: SearchResult | null = null;
    for (let entry = cache.length - 1; entry >= 0; entry--) {
      const cached = cache[entry] as SearchResult;
      if (cached.query === query) return remember(cached);
      // Every match of `query` contains `cached.query`, so it is among `cached`'s matches. With
      // several words too: each word of `cached.query` lies inside a word of `query`.
      if (query.includes(cached.query) && (!base || cached.count < base.count)) base = cached;
    }
    if (query.includes(' ')) return remember(searchWords(query, base));
    const prepared = searchFollowers(query);
    if (prepared) return remember(prepared);
    if (base) return remember(narrow(query, base));
    const { word, bit } = firstCharMask(query);
    return remember(query.length === 1 && word !== -1 ? searchOneChar(query, word, bit) : searchAll(query));
  };

  return {
    identities,
    size,
    get isBuilt() {
      return built >= size;
    },
    buildSlice,
    prepare,
    search,
    rankOf,
  };
}
