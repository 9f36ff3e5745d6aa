// README.md embeds the reference pages of docs/*.md between markers
// `<!-- docs:NAME.md -->` … `<!-- /docs:NAME.md -->` (the page's title dropped, headings one level
// down, or N levels with `<!-- docs:NAME.md +N -->`), so partners read everything in one place and the pages stay the single source.
// `node scripts/readme.mjs` rewrites README.md; `--check` fails when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

const readmePath = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmePath, 'utf8');

function embed(name, depth) {
  const page = readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');
  const withoutTitle = page.replace(/^# .*\n+/, '');
  let inFence = false;
  return withoutTitle
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) inFence = !inFence;
      return !inFence && /^#{2,4} /.test(line) ? `${'#'.repeat(depth)}${line}` : line;
    })
    .join('\n')
    .trim();
}

// `<!-- docs:NAME.md +2 -->` pushes the page's headings two levels down (default one).
const next = readme.replace(
  /<!-- docs:([\w.-]+\.md)( \+(\d))? -->[\s\S]*?<!-- \/docs:\1 -->/g,
  (_, name, shift = '', depth = '1') =>
    `<!-- docs:${name}${shift} -->\n<!-- generated from docs/${name} by scripts/readme.mjs: edit that file -->\n\n${embed(name, Number(depth))}\n\n<!-- /docs:${name} -->`,
);

if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md is out of date with docs/*.md: run `node scripts/readme.mjs`.');
    process.exit(1);
  }
  console.log('README.md embeds the current docs/*.md.');
} else {
  writeFileSync(readmePath, next);
  console.log('README.md updated from docs/*.md.');
}
