/**
 * Results of the picker's search index, in rank order: rank 0 first, then 1, then 2, candidate
 * order within a rank. A result knows its count and its rank sizes at once; the order itself is
 * worked out only as far as it is read, so a keystroke that matches 85,000 candidates ranks the
 * few dozen the list shows, not all of them.
 */
import type { IndexData } from './searchIndexBuild.js';
import { maskBit, maskWord, type Rank } from './searchIndexWords.js';
import { EMPTY, emptyResult, orderedResult, type SearchResult } from './searchResult.js';

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
