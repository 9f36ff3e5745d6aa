// Which modules are React client modules (they must start with "use client") and whether a module
// starts with the directive. Shared by test/client-directives.test.ts (scans src/) and
// scripts/build.mjs (checks that dist/ keeps every directive in first place).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Drops block and line comments (well enough for our sources: no `//` inside strings we scan for). */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/**
 * Why a module needs "use client": the client-only React it uses — hook calls (`useState`,
 * `React.useMemo`, the kit's own `useTranslator`…), `createContext`, JSX event handlers (`onClick=`),
 * Radix primitives. An empty list means the module runs in a Server Component as it is.
 * @param {string} text the module's source (TypeScript/JSX) or built JavaScript
 * @returns {string[]}
 */
export function clientReasons(text) {
  const code = withoutComments(text);
  const reasons = new Set();
  for (const match of code.matchAll(/(?<![\w$])(use[A-Z]\w*|createContext)\s*(?:<[^>()]*>)?\s*\(/g)) {
    reasons.add(match[1]);
  }
  for (const match of code.matchAll(/\s(on[A-Z]\w*)=\{/g)) reasons.add(match[1]);
  if (/from\s+['"]@radix-ui\//.test(code)) {
    for (const match of code.matchAll(/from\s+['"](@radix-ui\/[\w-]+)/g)) reasons.add(match[1]);
  }
  return [...reasons];
}

/**
 * Whether the module's first statement is the "use client" directive (comments and a hashbang may
 * come before it; an import or any other statement before it makes it a plain string).
 * @param {string} text
 */
export function hasUseClientDirective(text) {
  const rest = text.replace(/^#!.*\n/, '').replace(/^(?:\s+|\/\/.*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, '');
  return /^(['"])use client\1\s*(?:;|\n|$)/.test(rest);
}

/**
 * Built modules whose "use client" differs from their source's: the build lost or added one.
 * @param {string} srcDir the TypeScript sources (src/)
 * @param {string} distDir what tsc emitted from them (dist/, or dist/ in the packed tarball)
 * @returns {{ mismatches: string[], clientModules: number }} paths relative to srcDir
 */
export function directiveMismatches(srcDir, distDir) {
  const mismatches = [];
  let clientModules = 0;
  (function check(dir) {
    for (const entry of readdirSync(join(srcDir, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        check(path);
        continue;
      }
      if (!/\.tsx?$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
      const built = join(distDir, path.replace(/\.tsx?$/, '.js'));
      if (!existsSync(built)) continue;
      const expected = hasUseClientDirective(readFileSync(join(srcDir, path), 'utf8'));
      if (expected !== hasUseClientDirective(readFileSync(built, 'utf8'))) mismatches.push(path);
      else if (expected) clientModules += 1;
    }
  })('');
  return { mismatches, clientModules };
}
