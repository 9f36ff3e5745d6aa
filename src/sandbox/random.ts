/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always gives the same
 * sequence, in Node and in browsers, so sandbox data, latencies and failures are reproducible.
 */

/** A seeded source of numbers in [0, 1) with a few helpers. */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
  /** The next unsigned 32-bit integer (8 hex digits' worth of randomness in one draw). */
  uint32(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `length` lowercase hex digits. */
  hex(length: number): string;
}

const HEX_DIGITS = '0123456789abcdef';

/** Mixes a seed and a stream name into a 32-bit seed, so streams of one sandbox never share numbers. */
export function deriveSeed(seed: number, stream: string): number {
  let hash = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  for (let index = 0; index < stream.length; index++) {
    hash = Math.imul(hash ^ stream.charCodeAt(index), 0x85ebca6b) >>> 0;
    hash = (hash ^ (hash >>> 13)) >>> 0;
  }
  return hash;
}

/** Creates a generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    uint32,
    int,
    pick: <T>(list: readonly T[]): T => list[int(list.length)] as T,
    hex: (length: number): string => {
      // Digit by digit is the fastest way here (measured), and strings this short stay flat.
      let out = '';
      let bits = 0;
      for (let index = 0; index < length; index++) {
        if (index % 8 === 0) bits = uint32();
        out += HEX_DIGITS[(bits >>> ((index % 8) * 4)) & 15];
      }
      return out;
    },
  };
}
