// React Server Components (Next.js App Router): a module that uses client-only React (context,
// state, effects, refs, event handlers, Radix) must start with the "use client" directive, or a
// Server Component that imports it fails (`createContext is not a function`). A module that does
// not must not carry one: the core operations, schemas, sandbox and server helpers run on the
// server, and a directive there would turn them into client references that cannot be called.
//
// This scans src/ (not dist/): it runs without a build and names the source file to fix.
// scripts/build.mjs checks that every directive reaches dist/ in first place, as tsc emits it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper script without types
import { clientReasons, directiveMismatches, hasUseClientDirective } from '../scripts/client-directives.mjs';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const shipped =
      /\.tsx?$/.test(entry.name) && !/\.(test|test-d|stories|browser\.test)\.tsx?$/.test(entry.name);
    return shipped ? [path] : [];
  });
}

const modules = sourceFiles(srcDir).map((path) => {
  const text = readFileSync(path, 'utf8');
  return {
    file: relative(srcDir, path).replaceAll('\\', '/'),
    directive: hasUseClientDirective(text) as boolean,
    reasons: clientReasons(text) as string[],
  };
});

/** Entry points and folders a Route Handler or a Server Component imports and calls on the server. */
const SERVER_SAFE = [
  /^core\//,
  /^server\//,
  /^sandbox\//,
  /^i18n\//,
  /^index\.ts$/,
  /^headless\.ts$/,
  /\/index\.ts$/,
];

describe('"use client" directives (React Server Components)', () => {
  it('finds the modules it checks, client and server-safe', () => {
    expect(modules.filter((module) => module.reasons.length > 0).length).toBeGreaterThan(10);
    expect(modules.length).toBeGreaterThan(50);
  });

  it('every module that uses client-only React starts with "use client"', () => {
    const missing = modules
      .filter((module) => module.reasons.length > 0 && !module.directive)
      .map((module) => `${module.file} (uses ${module.reasons.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('no other module carries the directive (it would make server code a client reference)', () => {
    const spurious = modules
      .filter((module) => module.directive && module.reasons.length === 0)
      .map((module) => module.file);
    expect(spurious).toEqual([]);
  });

  it('the entry barrels, core, server, sandbox and catalogues carry none', () => {
    const serverSafe = modules.filter((module) => SERVER_SAFE.some((pattern) => pattern.test(module.file)));
    expect(serverSafe.map((module) => module.file)).toEqual(
      expect.arrayContaining(['index.ts', 'headless.ts', 'components/index.ts', 'core/index.ts']),
    );
    expect(serverSafe.filter((module) => module.directive).map((module) => module.file)).toEqual([]);
    // And none of them uses client-only React itself (a barrel only re-exports).
    expect(serverSafe.filter((module) => module.reasons.length > 0).map((module) => module.file)).toEqual([]);
  });

  it('the components a Server Component renders are client modules', () => {
    for (const file of [
      'hooks/KinshipProvider.tsx',
      'components/AddChildForm.tsx',
      'components/ChildPicker.tsx',
      'components/AddChildDialog.tsx',
    ]) {
      expect(modules.find((module) => module.file === file)?.directive, file).toBe(true);
    }
  });
});

describe('the directive detector', () => {
  it('reads a leading directive after comments, in either quote, and nothing else', () => {
    expect(hasUseClientDirective("'use client';\nimport x from 'y';")).toBe(true);
    expect(hasUseClientDirective('// A comment.\n/* Another. */\n"use client"\nexport {}')).toBe(true);
    expect(hasUseClientDirective("import x from 'y';\n'use client';")).toBe(false);
    expect(hasUseClientDirective("const mode = 'use client';")).toBe(false);
  });

  it('sees hooks, context, event handlers and Radix, not the words in comments', () => {
    expect(clientReasons('const [a] = useState(0);')).toEqual(['useState']);
    expect(clientReasons('const t = React.useMemo(() => 1, []);')).toEqual(['useMemo']);
    expect(clientReasons('const C = createContext(null);')).toEqual(['createContext']);
    expect(clientReasons('<button onClick={go} />')).toEqual(['onClick']);
    expect(clientReasons("import * as Dialog from '@radix-ui/react-dialog';")).toEqual([
      '@radix-ui/react-dialog',
    ]);
    expect(clientReasons('// call useState() in a component\nexport const x = 1;')).toEqual([]);
  });
});

describe('the build check (scripts/build.mjs, scripts/nextjs-check.mjs)', () => {
  it('names a built module that lost or gained the directive, and passes a faithful build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinship-directives-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      write('src/components/Form.tsx', "'use client';\nimport { useState } from 'react';\n");
      write('src/core/ops.ts', 'export const x = 1;\n');
      write('dist/components/Form.js', "'use client';\nimport { useState } from 'react';\n");
      write('dist/core/ops.js', 'export const x = 1;\n');
      expect(directiveMismatches(join(dir, 'src'), join(dir, 'dist'))).toEqual({
        mismatches: [],
        clientModules: 1,
      });

      write('dist/components/Form.js', "import { useState } from 'react';\n'use client';\n");
      write('dist/core/ops.js', '"use client";\nexport const x = 1;\n');
      expect(directiveMismatches(join(dir, 'src'), join(dir, 'dist')).mismatches.sort()).toEqual([
        join('components', 'Form.tsx'),
        join('core', 'ops.ts'),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
