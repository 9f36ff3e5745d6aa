import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper script without types
import { catalogueValues, localeModuleSource } from '../../scripts/locale-modules.mjs';
import { catalogue } from './catalogue.js';
import { messages as en } from './en/index.js';
import type { Catalogue } from './index.js';

// Every language the kit ships (src/locales/<tag>.ts), found by listing the folder: a new one is
// checked without being named here.
const localesDir = fileURLToPath(new URL('../locales/', import.meta.url));
const shipped = await Promise.all(
  readdirSync(localesDir)
    .filter((file) => file.endsWith('.ts') && !file.includes('.test'))
    .map(async (file) => {
      const module: Record<string, Catalogue> = await import(
        /* @vite-ignore */ pathToFileURL(localesDir + file).href
      );
      const [[name, value]] = Object.entries(module) as [[string, Catalogue]];
      return { file, name, value };
    }),
);

describe('shipped catalogues as values in the English key order', () => {
  it('given the src/locales folder, when it is listed, it finds the shipped languages', () => {
    expect(shipped.map(({ value }) => value.locale)).toEqual(expect.arrayContaining(['es', 'pt-BR']));
  });

  it.each(shipped)(
    'given $file, when its values are listed and rebuilt, it gives the same catalogue, keys in the English order',
    ({ value }) => {
      const rebuilt = catalogue(value.locale, catalogueValues(value.messages, en));
      expect(rebuilt).toEqual(value);
      expect(Object.keys(rebuilt.messages)).toEqual(Object.keys(en));
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(rebuilt.messages[key]).toBe(value.messages[key]);
      }
    },
  );

  it('given a catalogue written in another key order than English, when it is listed and rebuilt, each value stays under its key', () => {
    const keys = Object.keys(en) as (keyof typeof en)[];
    const reversed = Object.fromEntries(keys.toReversed().map((key) => [key, `x ${key}`]));
    const rebuilt = catalogue('xx', catalogueValues(reversed, en));
    for (const key of keys) expect(rebuilt.messages[key]).toBe(`x ${key}`);
  });

  it('given a catalogue without one key or with an extra one, when it is listed, it throws naming the key', () => {
    const { 'form.submit': _dropped, ...missing } = en;
    expect(() => catalogueValues(missing, en)).toThrow(/missing form\.submit; extra none/);
    expect(() => catalogueValues({ ...en, 'form.extra': 'x' }, en)).toThrow(
      /missing none; extra form\.extra/,
    );
  });

  it('given a shipped catalogue, when its module text is written, it calls catalogue() with its locale and values only', () => {
    const [{ name, value }] = shipped as [(typeof shipped)[number]];
    const source: string = localeModuleSource(name, value, en);
    expect(source).toContain(
      `export const ${name} = /* @__PURE__ */ catalogue(${JSON.stringify(value.locale)}, [`,
    );
    expect(source).not.toContain("'form.submit'");
    expect(source).not.toContain('"form.submit"');
  });
});
