/**
 * What a search of the picker's index answers (`SearchResult`) and the results that need no index:
 * none, and everything. Kept apart from the index itself, which is loaded on demand
 * (`searchIndexLoader.ts`): the picker shows these before the index has arrived.
 */
import type { Identity } from '../schemas.js';

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

export const EMPTY: Int32Array = new Int32Array(0);

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

/**
 * Everything, in list order, without the candidates whose id is in `excludeIds`: what the index
 * answers to an empty query, worked out without it.
 */
export function everythingExcept(
  identities: readonly Identity[],
  excludeIds: ReadonlySet<string>,
): SearchResult {
  const excluded = new Set<number>();
  if (excludeIds.size > 0) {
    for (let position = 0; position < identities.length; position++) {
      if (excludeIds.has((identities[position] as Identity).id)) excluded.add(position);
    }
  }
  return everythingResult(identities.length, excluded);
}
