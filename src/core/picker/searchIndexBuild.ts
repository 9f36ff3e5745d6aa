/**
 * Building the picker's search index: the index record and how candidates are added to it, in
 * slices that a caller can spread over idle time.
 *
 * All search keys live in one joined lower-case string (`text`) searched with `indexOf` (the
 * engine's native substring search beats a loop over 100,000 separate strings by 2–3×); candidate
 * boundaries sit in `starts`. Per candidate, two bit masks record which letters and digits occur
 * and which start a word; per letter or digit, tallies count the candidates of each rank, so a
 * one-character query is counted without visiting anyone.
 */
import type { Identity } from '../schemas.js';
import { normalizeKey } from './normalize.js';
import { charSlot, isWordChar, MASK_CHARS, maskBit, maskWord, pairHash } from './searchIndexWords.js';

const FIELD_SEPARATOR = '\u0001';
/** Separates candidates' keys in the joined text. */
export const KEY_SEPARATOR = '\n';
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

/**
 * The index of one candidate list: plain typed arrays over candidate positions (positions in
 * `identities`), filled by `buildSlice`. Every search module reads this record; only this module
 * writes it.
 */
export interface IndexData {
  /** The candidate list as given (no copy). */
  readonly identities: readonly Identity[];
  readonly size: number;
  /** Ids left out: an excluded candidate gets an empty key, so no query finds it. */
  readonly exclude: ReadonlySet<string>;
  /** Positions of excluded candidates, found while indexing. */
  readonly excluded: Set<number>;
  /** Offset of each candidate's key in `text`; `starts[size]` is the end (plus one). */
  readonly starts: Int32Array;
  /** Two words per candidate: letters a–z, digits 0–9 that occur in its key. */
  readonly present: Uint32Array;
  /** The same two words for letters and digits that start a word. */
  readonly wordStarts: Uint32Array;
  /**
   * A 32-bit Bloom filter of each word's first two characters: a query whose first two are not in
   * it cannot match at a word start, so ranking skips the search for one.
   */
  readonly wordPairs: Uint32Array;
  /**
   * How often each ASCII character occurs: searches anchor on a query's rarest character, because
   * the engine's substring search slows down sharply when the pattern starts with a common one.
   */
  readonly charCounts: Float64Array;
  /** First character of each key, read in order by one-character searches (no text access). */
  readonly keyFirst: Uint16Array;
  /**
   * Per letter or digit (slot from `charSlot`), three tallies: candidates whose key holds it, holds
   * it at a word start, and starts with it. A one-character query's count and rank sizes.
   */
  readonly charTallies: Int32Array;
  /** The joined keys, one per candidate, separated by `KEY_SEPARATOR`; complete once built. */
  text: string;
  /** Candidates indexed so far. */
  built: number;
  /** Slices of `text` waiting to be joined. */
  segments: string[];
  /** Length of the text indexed so far. */
  offset: number;
}

/** Creates an empty index record for a candidate list (see `buildSlice`). */
export function createIndexData(identities: readonly Identity[], exclude: ReadonlySet<string>): IndexData {
  const size = identities.length;
  const starts = new Int32Array(size + 1);
  return {
    identities,
    size,
    exclude,
    excluded: new Set<number>(),
    starts,
    present: new Uint32Array(size * 2),
    wordStarts: new Uint32Array(size * 2),
    wordPairs: new Uint32Array(size),
    charCounts: new Float64Array(128),
    keyFirst: new Uint16Array(size),
    charTallies: new Int32Array(MASK_CHARS * 3),
    text: '',
    built: 0,
    segments: [],
    offset: 0,
  };
}

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

/** Adds one mask word's characters to the tallies at `tally` (0: present, 1: word start, 2: first). */
function tallyBits(tallies: Int32Array, mask: number, slotBase: number, tally: number): void {
  let rest = mask;
  while (rest !== 0) {
    const low = rest & -rest;
    const slot = slotBase + 31 - Math.clz32(low);
    tallies[slot * 3 + tally] = (tallies[slot * 3 + tally] as number) + 1;
    rest ^= low;
  }
}

/**
 * Indexes candidates [from, to) into one segment of text, its starts, masks and tallies. Returns
 * false, changing nothing the index relies on, when a line break inside a field split a key (the
 * caller then indexes the slice again with line breaks replaced).
 */
function indexSegment(data: IndexData, from: number, to: number, sanitize: boolean): boolean {
  const { identities, exclude, starts, present, wordStarts, wordPairs, keyFirst, charCounts } = data;
  let raw = '';
  const excluded: number[] = [];
  for (let position = from; position < to; position++) {
    const identity = identities[position] as Identity;
    if (exclude.has(identity.id)) {
      excluded.push(position);
      raw += position === from ? '' : KEY_SEPARATOR;
      continue;
    }
    let key = identitySearchText(identity);
    // A line break inside a field would split the key in two.
    if (sanitize) key = key.replace(/\n/g, ' ');
    raw += position === from ? key : KEY_SEPARATOR + key;
  }
  const segment = compact(normalizeKey(raw));
  // Character counts and tallies are kept aside until the segment is known to be whole.
  const counts = new Float64Array(128);
  const tallies = new Int32Array(MASK_CHARS * 3);
  let position = from;
  starts[position] = data.offset;
  keyFirst[position] = segment.charCodeAt(0);
  let previousIsWord = false;
  let pendingPair = -1;
  let letters = 0;
  let digits = 0;
  let letterStarts = 0;
  let digitStarts = 0;
  let pairs = 0;
  const close = (): void => {
    present[position * 2] = letters;
    present[position * 2 + 1] = digits;
    wordStarts[position * 2] = letterStarts;
    wordStarts[position * 2 + 1] = digitStarts;
    wordPairs[position] = pairs;
    tallyBits(tallies, letters, 0, 0);
    tallyBits(tallies, digits, 26, 0);
    tallyBits(tallies, letterStarts, 0, 1);
    tallyBits(tallies, digitStarts, 26, 1);
    const first = charSlot(keyFirst[position] as number);
    if (first !== -1) tallies[first * 3 + 2] = (tallies[first * 3 + 2] as number) + 1;
  };
  const length = segment.length;
  for (let at = 0; at < length; at++) {
    const code = segment.charCodeAt(at);
    if (code === NEWLINE) {
      if (position + 1 >= to) return false;
      close();
      letters = digits = letterStarts = digitStarts = pairs = 0;
      previousIsWord = false;
      pendingPair = -1;
      position++;
      starts[position] = data.offset + at + 1;
      keyFirst[position] = segment.charCodeAt(at + 1);
      continue;
    }
    if (pendingPair !== -1) {
      pairs |= 1 << pairHash(pendingPair, code);
      pendingPair = -1;
    }
    if (code < 128) counts[code] = (counts[code] as number) + 1;
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
  close();
  for (let code = 0; code < 128; code++)
    charCounts[code] = (charCounts[code] as number) + (counts[code] as number);
  for (let slot = 0; slot < tallies.length; slot++)
    data.charTallies[slot] = (data.charTallies[slot] as number) + (tallies[slot] as number);
  for (const excludedPosition of excluded) data.excluded.add(excludedPosition);
  data.segments.push(segment);
  data.offset += length + 1;
  return true;
}

/** Milliseconds, for slice budgets. */
export const now = (): number => globalThis.performance?.now() ?? Date.now();

/**
 * True when the user has input waiting (Chromium's `navigator.scheduling.isInputPending`): idle-time
 * work stops its slice early so a keystroke never waits behind it. False where unsupported.
 */
export function isInputPending(): boolean {
  const scheduling = (globalThis.navigator as { scheduling?: { isInputPending?: () => boolean } } | undefined)
    ?.scheduling;
  return scheduling?.isInputPending?.() === true;
}

/**
 * Indexes candidates for about `budgetMs` milliseconds (at least one slice) and tells whether the
 * index is complete.
 */
export function buildSlice(data: IndexData, budgetMs = 0): boolean {
  const { size } = data;
  if (data.built >= size) return true;
  const deadline = now() + budgetMs;
  do {
    const to = Math.min(size, data.built + SLICE_SIZE);
    if (!indexSegment(data, data.built, to, false)) indexSegment(data, data.built, to, true);
    data.built = to;
  } while (
    data.built < size &&
    now() < deadline &&
    !(budgetMs !== Number.POSITIVE_INFINITY && isInputPending())
  );
  if (data.built >= size) {
    data.starts[size] = data.offset;
    data.text = data.segments.join(KEY_SEPARATOR);
    data.segments.length = 0;
  }
  return data.built >= size;
}

/** Completes the index now (a search before the background build is done). */
export function ensureBuilt(data: IndexData): void {
  if (data.built < data.size) buildSlice(data, Number.POSITIVE_INFINITY);
}

/** The key of candidate `position` (the index must be built). */
export function keyOf(data: IndexData, position: number): string {
  return data.text.slice(data.starts[position] as number, (data.starts[position + 1] as number) - 1);
}
