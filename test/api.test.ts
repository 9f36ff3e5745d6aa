// The public surface is docs/api.md: every entry point must export exactly the names listed there
// (values checked on the loaded module, types read from the entry's own export lists), so the
// reference and the barrels cannot drift apart, and nothing internal leaks out unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Listed {
  values: string[];
  types: string[];
}

/** Which barrel each `### <Area>` or `### <Area>: types` heading of docs/api.md lists. */
const SECTION_FILES: Record<string, string> = {
  Core: 'src/core/index.ts',
  Hooks: 'src/hooks/index.ts',
  'Message types': 'src/headless.ts',
  Components: 'src/components/index.ts',
  Translator: 'src/index.ts',
  Sandbox: 'src/sandbox/index.ts',
  Server: 'src/server/index.ts',
};

/** The doc's sections, keyed by the barrel each heading stands for (SECTION_FILES). */
function readDoc(): Map<string, Listed> {
  const sections = new Map<string, Listed>();
  let current: Listed | undefined;
  for (const line of readFileSync(join(root, 'docs/api.md'), 'utf8').split('\n')) {
    const heading = /^### ([^:]+?)(?::.*)?\s*$/.exec(line);
    const file = heading ? SECTION_FILES[heading[1]!] : undefined;
    if (file) {
      current = sections.get(file) ?? { values: [], types: [] };
      sections.set(file, current);
      continue;
    }
    if (/^#{1,3} /.test(line)) current = undefined;
    const item = /^- `(\w+)` \(([\w ]+)\): \S/.exec(line);
    if (item && current) (item[2] === 'type' ? current.types : current.values).push(item[1]!);
  }
  return sections;
}

/** The names an entry file exports, from its `export { … } from` lists. */
function readExportLists(file: string): Listed & { hasExportStar: boolean } {
  const source = readFileSync(join(root, file), 'utf8');
  const listed: Listed = { values: [], types: [] };
  for (const match of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from/g)) {
    for (const raw of match[2]!.split(',')) {
      const specifier = raw.trim();
      if (!specifier) continue;
      const isType = Boolean(match[1]) || specifier.startsWith('type ');
      const name = specifier.replace(/^type\s+/, '');
      (isType ? listed.types : listed.values).push(name);
    }
  }
  return { ...listed, hasExportStar: /export\s+(type\s+)?\*/.test(source) };
}

const doc = readDoc();
const sorted = (names: readonly string[]) => [...names].sort();
const fromSections = (files: readonly string[]): Listed => ({
  values: files.flatMap((file) => doc.get(file)?.values ?? []),
  types: files.flatMap((file) => doc.get(file)?.types ?? []),
});

const CORE = 'src/core/index.ts';
const HOOKS = 'src/hooks/index.ts';
const HEADLESS = 'src/headless.ts';
const COMPONENTS = 'src/components/index.ts';
const INDEX = 'src/index.ts';

/** Each entry (package entry or the barrel behind one) and the doc sections it is made of. */
const ENTRIES: ReadonlyArray<{ file: string; sections: string[]; load: () => Promise<object> }> = [
  { file: CORE, sections: [CORE], load: () => import('../src/core/index.js') },
  { file: HOOKS, sections: [HOOKS], load: () => import('../src/hooks/index.js') },
  { file: HEADLESS, sections: [CORE, HOOKS, HEADLESS], load: () => import('../src/headless.js') },
  { file: COMPONENTS, sections: [COMPONENTS], load: () => import('../src/components/index.js') },
  {
    file: INDEX,
    sections: [CORE, HOOKS, HEADLESS, COMPONENTS, INDEX],
    load: () => import('../src/index.js'),
  },
  {
    file: 'src/sandbox/index.ts',
    sections: ['src/sandbox/index.ts'],
    load: () => import('../src/sandbox/index.js'),
  },
  {
    file: 'src/server/index.ts',
    sections: ['src/server/index.ts'],
    load: () => import('../src/server/index.js'),
  },
];

describe('the public API', () => {
  describe.each(ENTRIES)('given the entry $file', ({ file, sections, load }) => {
    const expected = fromSections(sections);

    it('exports at run time exactly the values docs/api.md lists for it', async () => {
      const module = await load();
      expect(sorted(Object.keys(module))).toEqual(sorted(expected.values));
    });

    it('exports exactly the types docs/api.md lists for it, by name (no `export *`)', () => {
      const lists = readExportLists(file);
      expect(lists.hasExportStar).toBe(false);
      expect(sorted(lists.types)).toEqual(sorted(expected.types));
      expect(sorted(lists.values)).toEqual(sorted(expected.values));
    });
  });

  it('lists every name once in docs/api.md', () => {
    const all = [...doc.values()].flatMap((section) => [...section.values, ...section.types]);
    expect(all.filter((name, index) => all.indexOf(name) !== index)).toEqual([]);
  });

  it('has no `export *` in any barrel under src/, public or internal', () => {
    const barrels: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name === 'index.ts') barrels.push(relative(root, path));
      }
    };
    walk(join(root, 'src'));
    expect(barrels.filter((barrel) => readExportLists(barrel).hasExportStar)).toEqual([]);
  });

  it('keeps internals out of every entry', async () => {
    const everything = await import('../src/index.js');
    for (const internal of [
      'joinUrl',
      'parseRetryAfter',
      'scrollTopToReveal',
      'isInWindow',
      'FORM_ERROR_KEY',
    ]) {
      expect(everything).not.toHaveProperty(internal);
    }
  });
});
