/**
 * Results of the picker's search index, in rank order: rank 0 first, then 1, then 2, candidate
 * order within a rank. A result knows its count and its rank sizes at once; the order itself is
 * worked out only as far as it is read, so a keystroke that matches 85,000 candidates ranks the
 * few dozen the list shows, not all of them.
 */
import type { IndexData } from './searchIndexBuild.js';
import { maskBit, maskWord, type Rank } from './searchIndexWords.js';

/** The outcome of one search (re-exported by `searchIndex.ts`). */
export interface SearchResult {
  /** The normalised query this result answers (`''` for everything). */
  readonly query: string;
  /** Number of matches. */
  readonly count: number;
  /**
   * The candidate at `position` in rank order (best rank first, candidate order within a rank), as
   * a position in `SearchIndex.identities`; `-1` outside `0 … count - 1`. Only the order up to
   * `position` is worked out: reading a window costs the window, not the whole result.
   */
  at(position: number): number;
  /**
   * Every match in rank order, as positions in `SearchIndex.identities` (the same as `at` for each
   * position). Worked out in full on first read: prefer `at` for what a window shows.
   */
  readonly indices: Int32Array;
}

const EMPTY: Int32Array = new Int32Array(0);

/** A result whose order is already complete. */
export function orderedResult(query: string, indices: Int32Array): SearchResult {
  const count = indices.length;
  return {
    query,
    count,
    indices,
    at: (position) => (position >= 0 && position < count ? (indices[position] as number) : -1),
  };
}

/** A result with no matches. */
export function emptyResult(query: string): SearchResult {
  return orderedResult(query, EMPTY);
}

/**
 * A result made of three rank buckets whose members are found on demand, scanning candidates in
 * order from where the bucket's last read stopped. `sizes` must be exact; `belongs(rank, position)`
 * tells whether a candidate is in a bucket.
 */
function bucketedResult(
  query: string,
  size: number,
  sizes: readonly [number, number, number],
  belongs: (rank: Rank, position: number) => boolean,
): SearchResult {
  const count = sizes[0] + sizes[1] + sizes[2];
  const offsets = [0, sizes[0], sizes[0] + sizes[1]] as const;
  let order: Int32Array | null = null;
  const filled = [0, 0, 0];
  const cursor = [0, 0, 0];
  /** Finds members of bucket `rank` until it holds more than `item` (or is complete). */
  const fill = (rank: Rank, item: number): void => {
    order ??= new Int32Array(count);
    const bucketSize = sizes[rank];
    // At least double what is found: a window scrolling down costs amortised constant time per row.
    const target = Math.min(bucketSize, Math.max(item + 1, (filled[rank] as number) * 2, 64));
    let found = filled[rank] as number;
    let position = cursor[rank] as number;
    const base = offsets[rank];
    while (found < target && position < size) {
      if (belongs(rank, position)) order[base + found++] = position;
      position++;
    }
    filled[rank] = found;
    cursor[rank] = position;
  };
  const at = (position: number): number => {
    if (!(position >= 0 && position < count)) return -1;
    const rank: Rank = position < offsets[1] ? 0 : position < offsets[2] ? 1 : 2;
    const item = position - offsets[rank];
    if (item >= (filled[rank] as number)) fill(rank, item);
    return (order as Int32Array)[offsets[rank] + item] as number;
  };
  return {
    query,
    count,
    at,
    get indices() {
      for (const rank of [0, 1, 2] as const)
        if ((filled[rank] as number) < sizes[rank]) fill(rank, sizes[rank] - 1);
      return order ?? EMPTY;
    },
  };
}

/**
 * A one-letter or one-digit query, answered from the masks and tallies alone: its count and rank
 * sizes are known without visiting a candidate (rank 0: the key starts with it; 1: it starts a
 * word; 2: it occurs).
 */
export function oneCharResult(data: IndexData, query: string, slot: number): SearchResult {
  const code = query.charCodeAt(0);
  const word = maskWord(code);
  const bit = maskBit(code);
  const tallies = data.charTallies;
  const holding = tallies[slot * 3] as number;
  const atWordStart = tallies[slot * 3 + 1] as number;
  const first = tallies[slot * 3 + 2] as number;
  if (holding === 0) return emptyResult(query);
  const { present, wordStarts, keyFirst } = data;
  const result = bucketedResult(
    query,
    data.size,
    [first, atWordStart - first, holding - atWordStart],
    (rank, position) => {
      const slotOf = position * 2 + word;
      if (rank === 0) return keyFirst[position] === code;
      if (rank === 1) return ((wordStarts[slotOf] as number) & bit) !== 0 && keyFirst[position] !== code;
      return ((present[slotOf] as number) & bit) !== 0 && ((wordStarts[slotOf] as number) & bit) === 0;
    },
  );
  memberTests.set(result, (position) => ((present[position * 2 + word] as number) & bit) !== 0);
  return result;
}

/** For results whose order is worked out lazily: whether a candidate is among the matches. */
const memberTests = new WeakMap<SearchResult, (position: number) => boolean>();

/**
 * Whether a candidate is among a result's matches, when the result can tell without working out
 * its order (narrowing a one-character result then never ranks all of it).
 */
export function memberTestOf(result: SearchResult): ((position: number) => boolean) | undefined {
  return memberTests.get(result);
}

/**
 * Turns hits in candidate order and their ranks into a result in rank order (a stable three-bucket
 * sort). `hits` and `ranks` are scratch space the next search overwrites: the order is worked out
 * here, in one pass.
 */
export function rankedResult(
  query: string,
  hits: Int32Array,
  ranks: Uint8Array,
  count: number,
): SearchResult {
  if (count === 0) return emptyResult(query);
  let rank0 = 0;
  let rank1 = 0;
  for (let hit = 0; hit < count; hit++) {
    const rank = ranks[hit];
    if (rank === 0) rank0++;
    else if (rank === 1) rank1++;
  }
  const indices = new Int32Array(count);
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
  return orderedResult(query, indices);
}

/** Everything, in list order, without the excluded candidates. */
export function everythingResult(size: number, excluded: ReadonlySet<number>): SearchResult {
  if (excluded.size === 0) {
    // Position n is candidate n: nothing to work out until someone asks for the whole array.
    let indices: Int32Array | null = null;
    return {
      query: '',
      count: size,
      at: (position) => (position >= 0 && position < size ? position : -1),
      get indices() {
        if (!indices) {
          indices = new Int32Array(size);
          for (let position = 0; position < size; position++) indices[position] = position;
        }
        return indices;
      },
    };
  }
  const indices = new Int32Array(size - excluded.size);
  let count = 0;
  for (let position = 0; position < size; position++)
    if (!excluded.has(position)) indices[count++] = position;
  return orderedResult('', indices);
}
