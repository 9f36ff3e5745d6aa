// Builds the package into dist/: JavaScript and .d.ts with tsc (one module per source file, so
// bundlers tree-shake per component), and dist/styles.css from src/theme/*.css in one cascade layer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});

/** Concatenates the theme: tokens first, then each component's sheet, all in `@layer kinship`. */
export function buildStyles() {
  const themeDir = join(root, 'src/theme');
  if (!existsSync(themeDir)) return '';
  const files = readdirSync(themeDir)
    .filter((file) => file.endsWith('.css'))
    .sort((a, b) => (a === 'tokens.css' ? -1 : b === 'tokens.css' ? 1 : a.localeCompare(b)));
  const body = files
    .map((file) => `/* ${file} */\n${readFileSync(join(themeDir, file), 'utf8').trim()}`)
    .join('\n\n');
  return `/* kinship-kit styles: override tokens (--kinship-*) or any rule outside the layer. */\n@layer kinship {\n${body}\n}\n`;
}

// The shipped languages lose their keys (one list, the English catalogue's): see locale-modules.mjs.
const { compactLocales } = await import('./locale-modules.mjs');
await compactLocales(dist);

const css = buildStyles();
if (css) {
  mkdirSync(dist, { recursive: true });
  // Minified for the browser (the readable sources are in src/theme/); the layer stays.
  const { transform } = await import('esbuild');
  const minified = await transform(css, { loader: 'css', minify: true, legalComments: 'none' });
  writeFileSync(
    join(dist, 'styles.css'),
    `/* kinship-kit styles: override --kinship-* tokens, or any rule outside @layer kinship. */\n${minified.code}`,
  );
}

// React Server Components: every module whose source starts with "use client" must start with it in
// dist/ too (tsc keeps a leading directive; check it rather than trust it), and no other may.
const { directiveMismatches } = await import('./client-directives.mjs');
const misplaced = directiveMismatches(join(root, 'src'), dist).mismatches;
if (misplaced.length > 0) {
  console.error(`"use client" lost or added by the build in: ${misplaced.join(', ')}`);
  process.exit(1);
}
console.log('built dist/');
