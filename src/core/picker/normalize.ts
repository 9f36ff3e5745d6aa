/**
 * Text normalisation shared by the picker's search keys and queries: lower case, accents removed
 * (NFD, then combining marks dropped), runs of whitespace collapsed. "Lucía" and "LUCIA" both
 * become "lucia".
 */

// Only text outside printable ASCII (or with a double space) needs the slow path; most skip it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: \u0001 is the index's own field separator.
const KEY_NEEDS_SLOW_PATH = /[^\n\u0001\u0020-\u007e]| {2}/;
const QUERY_NEEDS_SLOW_PATH = /[^\u0020-\u007e]| {2}/;
const LATIN_MARKS = /[\u0300-\u036f]+/g;
const ANY_MARKS = /\p{M}+/gu;
const BEYOND_LATIN_MARKS = /[\u0370-\uffff]/;
// `\n` separates keys and `\u0001` fields inside a key: both are kept; every other whitespace run
// (tabs, no-break spaces, double spaces) becomes one space.
const KEY_SPACES = /[^\S\n]{2,}|[^\S \n]/g;
const QUERY_SPACES = /[\s\p{Cc}]+/gu;
// Document numbers are written with and without dots, dashes or spaces between digits
// (RUT 12.345.678-9, CPF 123.456.789-09, CUIT 20-12345678-9): those separators are ignored.
const DIGIT_SEPARATOR = /\d[.\- ]\d/;
const DIGIT_SEPARATORS = /(?<=\d)[.\- ](?=\d)/g;

function joinDigits(text: string): string {
  return DIGIT_SEPARATOR.test(text) ? text.replace(DIGIT_SEPARATORS, '') : text;
}

function stripMarks(lower: string): string {
  const decomposed = lower.normalize('NFD');
  // The Latin-only character class is several times faster than \p{M} on long texts.
  return decomposed.replace(BEYOND_LATIN_MARKS.test(decomposed) ? ANY_MARKS : LATIN_MARKS, '');
}

/**
 * Normalises search keys (one or many joined by `\n`): lower case, accents removed, whitespace runs
 * collapsed to one space, dots, dashes and spaces between digits dropped. `\n` and the field
 * separator `\u0001` are kept.
 */
export function normalizeKey(text: string): string {
  const lower = text.toLowerCase();
  if (!KEY_NEEDS_SLOW_PATH.test(lower)) return joinDigits(lower);
  return joinDigits(stripMarks(lower).replace(KEY_SPACES, ' '));
}

/**
 * Normalises what the user typed into the form the index searches: lower case, accents removed,
 * whitespace collapsed and trimmed, control characters and separators between digits dropped.
 */
export function normalizeQuery(query: string): string {
  const lower = query.toLowerCase();
  const cleaned = QUERY_NEEDS_SLOW_PATH.test(lower) ? stripMarks(lower).replace(QUERY_SPACES, ' ') : lower;
  return joinDigits(cleaned.trim());
}
