import { describe, expect, it, vi } from 'vitest';
import { messages as en } from './en/index.js';
import { formatMessage } from './format.js';
import { type Catalogue, createTranslator, missingCatalogueHint } from './index.js';
import { catalogueExportName, SHIPPED_LOCALES } from './locales.js';

vi.mock('react', () => ({}));

/*
 * Every shipped catalogue (SHIPPED_LOCALES, the one list) against the English one: exactly its keys,
 * the same placeholders, every plural category its language needs, no English left in, and every
 * message formats for sample values. A failure names the locale and the key.
 */

const entryModules = import.meta.glob<Record<string, Catalogue>>('../locales/*.ts', { eager: true });

/** The catalogue `kinship-kit/locales/<tag>` exports, as a host imports it. */
function shipped(tag: string): Catalogue | undefined {
  return entryModules[`../locales/${tag}.ts`]?.[catalogueExportName(tag)];
}

/** A message's parts: `{name}` placeholders, and plural arguments with their branches. */
interface Parsed {
  placeholders: Set<string>;
  plurals: Map<string, Map<string, string>>;
}

function closing(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

/** Parses the ICU subset of format.ts; unbalanced braces throw (a broken placeholder). */
function parseMessage(template: string, into: Parsed = { placeholders: new Set(), plurals: new Map() }) {
  let index = 0;
  for (;;) {
    const open = template.indexOf('{', index);
    const stray = template.indexOf('}', index);
    if (stray !== -1 && (open === -1 || stray < open)) throw new Error(`unbalanced "}" in ${template}`);
    if (open === -1) return into;
    const close = closing(template, open);
    if (close === -1) throw new Error(`unbalanced "{" in ${template}`);
    const inner = template.slice(open + 1, close);
    const [name = '', type, ...rest] = inner.split(',');
    if (type === undefined) {
      if (!/^\s*\w+\s*$/.test(name)) throw new Error(`malformed placeholder {${inner}}`);
      into.placeholders.add(name.trim());
    } else {
      if (type.trim() !== 'plural') throw new Error(`unsupported argument type in {${inner}}`);
      const body = rest.join(',');
      const branches = new Map<string, string>();
      let at = 0;
      for (;;) {
        const branchOpen = body.indexOf('{', at);
        if (branchOpen === -1) break;
        const selector = body.slice(at, branchOpen).trim();
        const branchClose = closing(body, branchOpen);
        if (!selector || branchClose === -1) throw new Error(`malformed plural {${inner}}`);
        const text = body.slice(branchOpen + 1, branchClose);
        branches.set(selector, text);
        parseMessage(text, into);
        at = branchClose + 1;
      }
      if (body.slice(at).trim() !== '') throw new Error(`text after the last plural branch in {${inner}}`);
      into.plurals.set(name.trim(), branches);
    }
    index = close + 1;
  }
}

const sorted = (values: Iterable<string>) => [...values].sort();

/** Every way `messages` (in `locale`) departs from the English catalogue, one line each. */
function catalogueProblems(locale: string, messages: Record<string, string>): string[] {
  const problems: string[] = [];
  const englishKeys = Object.keys(en);
  for (const key of englishKeys) if (!(key in messages)) problems.push(`${locale} ${key}: missing`);
  for (const key of Object.keys(messages)) {
    if (!(key in en)) problems.push(`${locale} ${key}: not an English key (extra)`);
  }
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const script = new Intl.Locale(locale).maximize().script;
  for (const key of englishKeys) {
    const message = messages[key];
    const english = en[key as keyof typeof en];
    if (message === undefined) continue;
    let parsed: Parsed;
    try {
      parsed = parseMessage(message);
    } catch (error) {
      problems.push(`${locale} ${key}: ${(error as Error).message}`);
      continue;
    }
    const expected = parseMessage(english);
    if (sorted(parsed.placeholders).join() !== sorted(expected.placeholders).join()) {
      problems.push(
        `${locale} ${key}: placeholders {${sorted(parsed.placeholders).join('}, {')}} instead of {${sorted(expected.placeholders).join('}, {')}}`,
      );
    }
    const extraValues = EXTRA_VALUES[key] ?? [];
    const plurals = [...parsed.plurals.keys()].filter((name) => !extraValues.includes(name));
    if (sorted(plurals).join() !== sorted(expected.plurals.keys()).join()) {
      problems.push(`${locale} ${key}: plural arguments differ from English`);
    }
    for (const [argument, branches] of parsed.plurals) {
      const missing = categories.filter((category) => !branches.has(category));
      if (missing.length > 0)
        problems.push(`${locale} ${key}: {${argument}} lacks plural ${missing.join(', ')}`);
      const extra = [...branches.keys()].filter(
        (selector) => !selector.startsWith('=') && !categories.includes(selector),
      );
      if (extra.length > 0)
        problems.push(`${locale} ${key}: {${argument}} has plural ${extra.join(', ')}, unused in ${locale}`);
      // The count itself: where English shows it in "other", so must the translation.
      const englishOther = expected.plurals.get(argument)?.get('other') ?? '';
      if (englishOther.includes('#') && !(branches.get('other') ?? '').includes('#')) {
        problems.push(`${locale} ${key}: {${argument}} "other" does not show the number (#)`);
      }
    }
    // English left in: the same text as English (names like PRIVO aside), or, in a language not
    // written in Latin script, an English-looking word.
    const words = message
      .replace(/\{\s*\w+\s*,\s*plural\s*,/g, '')
      .replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{/g, '')
      .replace(/\{\w+\}/g, '')
      .replace(/[\w.+-]+@[\w.-]+/g, '');
    if (
      message === english &&
      !SAME_AS_ENGLISH[locale]?.includes(key) &&
      /\p{L}/u.test(english.replace(/\{[^}]*\}/g, '').replace(/PRIVO/g, ''))
    ) {
      problems.push(`${locale} ${key}: same text as English`);
    } else if (script !== 'Latn') {
      const latin = (words.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word));
      if (latin.length > 0) problems.push(`${locale} ${key}: Latin-script words ${latin.join(', ')}`);
    }
  }
  return problems;
}

/**
 * Messages that may read exactly as in English: the word is the same in that language
 * ("Status: {status}" in Portuguese, German, Dutch and Polish; "Person" and "(optional)" in German;
 * Italian's glossary term for the address is "email").
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  'pt-BR': ['status.unknown'],
  de: ['status.unknown', 'identityType.USER', 'form.optional'],
  it: ['picker.searchField.email'],
  nl: ['status.unknown'],
  pl: ['status.unknown'],
};

/**
 * Values the components pass besides those the English message uses, which a translation may
 * use as a plural argument (the number of linked names, for the participle's agreement).
 */
const EXTRA_VALUES: Record<string, readonly string[]> = { 'picker.success': ['count'] };

/** Latin-script words a catalogue in another script keeps: names and abbreviations. */
const ALLOWED_LATIN = new Set(['PRIVO', 'QR']);

/** Sample values for every placeholder, and several counts for the plural arguments. */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1500];

function formattingProblems(locale: string, messages: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, message] of Object.entries(messages)) {
    let parsed: Parsed;
    try {
      parsed = parseMessage(message);
    } catch {
      continue; // reported by catalogueProblems
    }
    for (const count of COUNTS) {
      const values: Record<string, string | number> = {};
      for (const name of parsed.placeholders) values[name] = `‹${name}›`;
      for (const name of parsed.plurals.keys()) values[name] = count;
      let text: string;
      try {
        text = formatMessage(message, values, locale);
      } catch (error) {
        problems.push(`${locale} ${key}: throws for ${JSON.stringify(values)}: ${(error as Error).message}`);
        continue;
      }
      if (/[{}#]/.test(text) || text.trim() === '') {
        problems.push(`${locale} ${key}: formats as ${JSON.stringify(text)} for ${JSON.stringify(values)}`);
      }
      for (const name of parsed.placeholders) {
        if (!text.includes(`‹${name}›`)) {
          // A placeholder only some plural branches use is fine; one that no count shows is not.
          const shownSomewhere = COUNTS.some((other) =>
            formatMessage(
              message,
              { ...values, ...Object.fromEntries([...parsed.plurals.keys()].map((n) => [n, other])) },
              locale,
            ).includes(`‹${name}›`),
          );
          if (!shownSomewhere) problems.push(`${locale} ${key}: never shows {${name}}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

describe('given the shipped catalogues (SHIPPED_LOCALES)', () => {
  it('when the entry points are listed, it finds exactly one src/locales/<tag>.ts per shipped tag', () => {
    const files = Object.keys(entryModules)
      .map((path) => path.replace('../locales/', '').replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual([...SHIPPED_LOCALES].sort());
  });

  describe.each([...SHIPPED_LOCALES])('when %s is checked against English', (tag) => {
    const catalogue = shipped(tag);

    it(`it is exported as \`${catalogueExportName(tag)}\` with locale "${tag}"`, () => {
      expect(catalogue?.locale).toBe(tag);
    });

    it('it has exactly the English keys, placeholders and the plural categories of its language, in its own words', () => {
      expect(catalogueProblems(tag, catalogue?.messages ?? {})).toEqual([]);
    });

    it('it formats every message for sample values, numbers in every plural category', () => {
      expect(formattingProblems(tag, catalogue?.messages ?? {})).toEqual([]);
    });

    it('it is what createTranslator gives for the tag and for its language', () => {
      const translator = createTranslator(tag, {}, catalogue ? [catalogue] : []);
      expect(translator.t('form.submit')).toBe(catalogue?.messages['form.submit']);
      expect(missingCatalogueHint(tag)).toContain(
        `import { ${catalogueExportName(tag)} } from 'kinship-kit/locales/${tag}'`,
      );
    });
  });

  describe('when the checks themselves are given a broken catalogue', () => {
    const ar = shipped('ar')?.messages ?? {};
    it.each([
      ['a missing key', (m: Record<string, string>) => delete m['form.submit'], 'ar form.submit: missing'],
      [
        'an extra key',
        (m: Record<string, string>) => (m['form.submitt'] = 'x'),
        'ar form.submitt: not an English key',
      ],
      [
        'a renamed placeholder',
        (m: Record<string, string>) => (m['picker.removeChip'] = 'إزالة {nom}'),
        'ar picker.removeChip: placeholders {nom} instead of {name}',
      ],
      [
        'a placeholder lost inside a plural branch',
        (m: Record<string, string>) =>
          (m['picker.loadedMore'] = '{count, plural, zero {} one {} two {} few {} many {} other {تم}}'),
        'ar picker.loadedMore: {count} "other" does not show the number (#)',
      ],
      [
        'a plural category Arabic needs',
        (m: Record<string, string>) =>
          (m['consent.resend.wait'] = '{seconds, plural, one {# ثانية} other {# ثوانٍ}}'),
        'ar consent.resend.wait: {seconds} lacks plural few, many, two, zero',
      ],
      [
        'English left in',
        (m: Record<string, string>) => (m['form.optional'] = '(optional)'),
        'ar form.optional: same text as English',
      ],
      [
        'an English word in Arabic text',
        (m: Record<string, string>) => (m['consent.copy'] = 'نسخ link'),
        'ar consent.copy: Latin-script words link',
      ],
      [
        'a broken brace',
        (m: Record<string, string>) => (m['picker.empty'] = 'لا نتائج لـ {query'),
        'ar picker.empty: unbalanced',
      ],
    ])('it names the locale and key for %s', (_what, breakIt, expected) => {
      const messages = { ...ar };
      breakIt(messages);
      expect(catalogueProblems('ar', messages).join('\n')).toContain(expected);
    });

    it('it flags a plural branch that formats as nothing for some count', () => {
      const empty = '{count, plural, zero {} one {#} two {#} few {#} many {#} other {#}}';
      expect(formattingProblems('ar', { 'picker.loadedMore': empty })).toEqual([
        'ar picker.loadedMore: formats as "" for {"count":0}',
      ]);
    });
  });
});
