/**
 * Characters and words of the picker's search index: which characters continue a word, the
 * letter/digit bit masks kept per candidate, and where a text sits in one candidate's key.
 */

/** A rank as `MatchRank` spells it (0 best), kept here so the index's modules share one rule. */
export type Rank = 0 | 1 | 2;

/** Letters and digits continue a word; everything else (space, `.`, `@`, `-`, separators) starts one. */
export function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 128;
}

/** Mask word of a character (0: letters a–z, 1: digits), or -1 when it has none. */
export function maskWord(code: number): number {
  if (code >= 97 && code <= 122) return 0;
  if (code >= 48 && code <= 57) return 1;
  return -1;
}

/** Bit of a letter or digit in its mask word. */
export function maskBit(code: number): number {
  return code >= 97 ? 1 << (code - 97) : 1 << (code - 48);
}

/** Number of letters and digits with a mask bit (26 + 10): slots of the per-character tallies. */
export const MASK_CHARS = 36;

/** Tally slot of a letter or digit (a–z: 0–25, 0–9: 26–35), or -1. */
export function charSlot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  return -1;
}

/** Bit (0–31) of a pair of characters in the word-pair filter. */
export function pairHash(first: number, second: number): number {
  return ((first * 31) ^ second) & 31;
}

/**
 * The query's word-pair filter bit, or -1 when the filter cannot decide (one character, or a query
 * that does not start with a letter or digit).
 */
export function queryPair(query: string): number {
  return query.length >= 2 && isWordChar(query.charCodeAt(0))
    ? pairHash(query.charCodeAt(0), query.charCodeAt(1))
    : -1;
}

/**
 * The rank of one text within one candidate's key: 0 at its start, 1 at a word start, 2 elsewhere,
 * -1 when absent.
 */
export function rankInKey(key: string, query: string): Rank | -1 {
  let at = key.indexOf(query);
  if (at === -1) return -1;
  if (at === 0) return 0;
  while (at !== -1) {
    if (!isWordChar(key.charCodeAt(at - 1))) return 1;
    at = key.indexOf(query, at + 1);
  }
  return 2;
}

/** Masks every letter and digit of the query must be present in. */
export function queryMasks(query: string): { letters: number; digits: number } {
  let letters = 0;
  let digits = 0;
  for (let at = 0; at < query.length; at++) {
    const code = query.charCodeAt(at);
    const word = maskWord(code);
    if (word === 0) letters |= maskBit(code);
    else if (word === 1) digits |= maskBit(code);
  }
  return { letters, digits };
}

/** The words of a normalised query of several words, and the masks they need. */
export interface Words {
  query: string;
  /** Distinct words, in the order they are checked (longest first). */
  list: string[];
  letters: number;
  digits: number;
}

/** Splits a normalised query of several words (see `Words`). */
export function wordsOf(query: string): Words {
  const list = [...new Set(query.split(' ').filter((word) => word !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  return { query, list, ...queryMasks(query) };
}
