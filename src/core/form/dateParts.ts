/**
 * The order of the day, month and year inputs of the neutral age screen, as the locale writes
 * dates (en-US: month/day/year; es, pt-BR, en-GB: day/month/year; ja: year/month/day).
 */

/** One of the three free-entry inputs of a date. */
export type DatePart = 'day' | 'month' | 'year';

const FALLBACK_ORDER: readonly DatePart[] = ['day', 'month', 'year'];
const orderCache = new Map<string, readonly DatePart[]>();

/**
 * The order of day, month and year for a BCP 47 locale, from `Intl.DateTimeFormat#formatToParts`.
 * An unknown or malformed locale falls back to day/month/year.
 */
export function datePartOrder(locale: string): readonly DatePart[] {
  const cached = orderCache.get(locale);
  if (cached) return cached;
  let order: readonly DatePart[] = FALLBACK_ORDER;
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date(2001, 10, 22));
    const found = parts
      .map((part) => part.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
    if (found.length === 3 && new Set(found).size === 3) order = found;
  } catch {
    // RangeError for a malformed tag: keep the fallback.
  }
  orderCache.set(locale, order);
  return order;
}
