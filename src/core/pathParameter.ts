/**
 * The rule for an identifier that travels as one URL path segment (a Conomy identity id, a PRIVO
 * service id): the proxies, the sandbox and the webhook receiver all apply it, so an id one of them
 * accepts is never refused by another.
 */

/** Longest identifier accepted (Conomy ids are 24–36 characters, PRIVO service ids under 100). */
export const MAX_IDENTIFIER_LENGTH = 256;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Whether a decoded identifier is usable as exactly one path segment: not blank, at most 256
 * characters, and nothing that could change a path once re-encoded (`/`, `\`, `.`, `..`, control
 * characters).
 */
export function isPathIdentifier(decoded: string): boolean {
  if (decoded.trim() === '' || decoded.length > MAX_IDENTIFIER_LENGTH) return false;
  if (decoded === '.' || decoded.includes('..')) return false;
  return !(decoded.includes('/') || decoded.includes('\\') || CONTROL_CHARACTERS.test(decoded));
}

/**
 * Decodes one encoded path segment into an identifier, or `undefined` when it is malformed or not
 * a usable identifier ({@link isPathIdentifier}).
 */
export function decodePathParameter(segment: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return isPathIdentifier(decoded) ? decoded : undefined;
}
