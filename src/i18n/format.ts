/**
 * A small ICU-style message formatter (no React): `{name}` placeholders and
 * `{count, plural, =0 {…} one {# child} other {# children}}` with `Intl.PluralRules`.
 */

/** Values a message may interpolate. */
export type MessageValues = Record<string, string | number | null | undefined>;

// Intl objects are costly to build (tens of ms for the first one): one of each per locale.
const pluralRulesCache = new Map<string, Intl.PluralRules>();
const numberFormatCache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormatCache.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = new Intl.NumberFormat('en');
    }
    numberFormatCache.set(locale, format);
  }
  return format;
}

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

/** Finds the index of the brace that closes the one opened at `start`. */
function matchingBrace(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '{') depth++;
    else if (char === '}') {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}

function formatPlural(body: string, count: number, locale: string, values: MessageValues): string {
  const options = new Map<string, string>();
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf('{', index);
    if (open === -1) break;
    const selector = body.slice(index, open).trim();
    const close = matchingBrace(body, open);
    if (close === -1) break;
    options.set(selector, body.slice(open + 1, close));
    index = close + 1;
  }
  const exact = options.get(`=${count}`);
  const chosen = exact ?? options.get(pluralRules(locale).select(count)) ?? options.get('other') ?? '';
  if (!chosen.includes('#')) return formatMessage(chosen, values, locale);
  return formatMessage(chosen.replace(/#/g, numberFormat(locale).format(count)), values, locale);
}

/** Formats a message template with values; unknown placeholders are left as they are. */
export function formatMessage(template: string, values: MessageValues = {}, locale = 'en'): string {
  let output = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open === -1) {
      output += template.slice(index);
      break;
    }
    output += template.slice(index, open);
    const close = matchingBrace(template, open);
    if (close === -1) {
      output += template.slice(open);
      break;
    }
    const inner = template.slice(open + 1, close);
    const comma = inner.indexOf(',');
    if (comma === -1) {
      const name = inner.trim();
      const value = values[name];
      output += value === undefined || value === null ? `{${inner}}` : String(value);
    } else {
      const name = inner.slice(0, comma).trim();
      const rest = inner.slice(comma + 1);
      const secondComma = rest.indexOf(',');
      const type = rest.slice(0, secondComma).trim();
      const body = rest.slice(secondComma + 1);
      const count = Number(values[name]);
      output +=
        type === 'plural' && Number.isFinite(count)
          ? formatPlural(body, count, locale, values)
          : `{${inner}}`;
    }
    index = close + 1;
  }
  return output;
}
