// Checks the user docs: README.md (what a partner reads first; it ships in the tarball) and the
// reference pages docs/*.md (in the repository and in Storybook under Docs/). A step of `npm test`:
// `node scripts/readme.mjs --check` (the flag is optional; the script only checks, it writes nothing).
//
// It fails when:
// 1. README.md is longer than 300 lines (a five-minute read; the reference belongs in docs/*.md).
// 2. A relative link in README.md, CONTRIBUTING.md or docs/*.md points to a file that does not exist,
//    or to a heading anchor (`file.md#anchor` or `#anchor`) that the target file does not have.
//    Anchors are GitHub's: the heading text without markup, lower-cased, punctuation other than
//    `-` and `_` dropped, spaces turned into `-`, and `-1`, `-2`… for repeated headings.
//    Links inside code (fenced blocks, `inline code`) and links with a scheme (https:, mailto:) are
//    not checked.
// 3. A user doc (README.md, docs/*.md except the contributor pages: `docs/contributing-*.md`, and
//    `docs/bench.md`, the benchmark's method, targets and per-folder byte breakdown) holds a
//    contributor note, one of CONTRIBUTOR_NOTES below: paths into the project's internal shared
//    folder (`../shared`) or its notes (DOMAIN.md, TOOLCHAIN.md, STYLE.md), issue numbers and issue
//    targets ("issue 4", "issue #12", "the issue's targets"), the "✗" of unmet targets, and paths
//    into the source tree (`src/…`, `../src/…`): partners get `dist/`, never `src/`. The `src/` rule
//    reads prose only (outside fenced code blocks), because a partner's own app has a `src/` folder
//    (the quick start's files are `src/App.tsx` and `src/main.tsx`); the other rules read
//    everything.
// 4. A user page in docs/ (not a contributor page) is missing from the index docs/README.md, or has no Storybook page
//    (stories/docs/NN-<name>.mdx importing it, titled as DOC_TITLES in stories/docs/DocPage.tsx says;
//    NN orders the Docs/ section of the sidebar).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_README_LINES = 300;

/** Contributor notes refused in user docs: [pattern, what it is, prose only?]. */
export const CONTRIBUTOR_NOTES = [
  [/\.\.\/shared\b/, 'a path into the internal shared folder', false],
  [/\b(?:DOMAIN|TOOLCHAIN|STYLE)\.md\b/, 'an internal contributor note', false],
  [/\bissues? #?\d+/i, 'an issue number', false],
  [/\bissue(?:'s)? targets?\b/i, 'an issue target', false],
  [/✗/, 'an unmet-target mark', false],
  [/(?:^|[\s`'"([])(?:\.\.?\/)*src\/[\w{<*]/, 'a path into the source tree (src/)', true],
];

/** GitHub's anchor for a heading's text. */
export function slug(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]+>/g, '') // inline HTML tags
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The file's lines, each with whether it is inside a fenced code block (fence lines count as inside). */
function linesOf(text) {
  let fence = null;
  return text.split('\n').map((line) => {
    if (fence === null) {
      const opener = /^\s*(`{3,}|~{3,})/.exec(line);
      if (opener) fence = opener[1];
      return { line, code: fence !== null };
    }
    const closer = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
    if (closer && closer[1][0] === fence[0] && closer[1].length >= fence.length) fence = null;
    return { line, code: true };
  });
}

const anchorCache = new Map();
function anchorsOf(file) {
  if (!anchorCache.has(file)) {
    const seen = new Map();
    const anchors = new Set();
    for (const { line, code } of linesOf(readFileSync(file, 'utf8'))) {
      const heading = !code && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (!heading) continue;
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    anchorCache.set(file, anchors);
  }
  return anchorCache.get(file);
}

const problems = [];
const rel = (file) => relative(root, file);

function checkLinks(file) {
  linesOf(readFileSync(file, 'utf8')).forEach(({ line, code }, index) => {
    if (code) return;
    const prose = line.replace(/`[^`]*`/g, '');
    const targets = [
      ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
      ...[...prose.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/g)].map((m) => m[1]),
    ];
    for (const target of targets) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
      const [path, anchor] = target.split('#');
      const where = `${rel(file)}:${index + 1}`;
      const dest = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
      if (!dest.startsWith(root)) {
        problems.push(`${where}: link "${target}" leaves the repository`);
        continue;
      }
      if (!existsSync(dest)) {
        problems.push(`${where}: link "${target}": ${rel(dest)} does not exist`);
        continue;
      }
      if (anchor === undefined) continue;
      if (statSync(dest).isDirectory() || !dest.endsWith('.md')) {
        problems.push(`${where}: link "${target}": an anchor into a file that is not Markdown`);
      } else if (!anchorsOf(dest).has(decodeURIComponent(anchor))) {
        problems.push(`${where}: link "${target}": ${rel(dest)} has no heading with anchor #${anchor}`);
      }
    }
  });
}

function checkContributorNotes(file) {
  linesOf(readFileSync(file, 'utf8')).forEach(({ line, code }, index) => {
    for (const [pattern, what, proseOnly] of CONTRIBUTOR_NOTES) {
      if (proseOnly && code) continue;
      const match = pattern.exec(line);
      if (match) {
        problems.push(`${rel(file)}:${index + 1}: contributor note (${what}): "${match[0].trim()}"`);
      }
    }
  });
}

const readme = join(root, 'README.md');
const docsDir = join(root, 'docs');
const docs = readdirSync(docsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(docsDir, name));
/** Pages for contributors: not checked for contributor notes, not in the index nor in Storybook. */
const isContributorPage = (file) => /^(?:contributing-.*|bench)\.md$/.test(file.slice(docsDir.length + 1));
const userDocs = [readme, ...docs.filter((file) => !isContributorPage(file))];

const readmeLines = readFileSync(readme, 'utf8').replace(/\n$/, '').split('\n').length;
if (readmeLines > MAX_README_LINES) {
  problems.push(
    `README.md: ${readmeLines} lines, more than ${MAX_README_LINES}: move reference material to docs/*.md`,
  );
}
for (const file of [readme, join(root, 'CONTRIBUTING.md'), ...docs]) checkLinks(file);
for (const file of userDocs) checkContributorNotes(file);

const index = readFileSync(join(docsDir, 'README.md'), 'utf8');
// One Storybook page per user page: stories/docs/NN-<name>.mdx (NN orders the Docs/ section).
const storybookDir = join(root, 'stories', 'docs');
const storybookPages = readdirSync(storybookDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => join(storybookDir, name));
// stories/docs/DocPage.tsx maps each page to its Storybook title (for links between pages): the
// page's <Meta title> must be that title.
const docTitles = Object.fromEntries(
  [
    ...readFileSync(join(root, 'stories', 'docs', 'DocPage.tsx'), 'utf8').matchAll(
      /'([\w.-]+\.md)': '([^']+)'/g,
    ),
  ].map((m) => [m[1], m[2]]),
);
for (const file of docs) {
  const name = file.slice(docsDir.length + 1);
  if (name === 'README.md' || isContributorPage(file)) continue;
  if (!index.includes(`](${name})`) && !index.includes(`](${name}#`)) {
    problems.push(`docs/README.md: does not link ${name}`);
  }
  const page = storybookPages.find((file) => readFileSync(file, 'utf8').includes(`docs/${name}?raw`));
  if (!page) {
    problems.push(
      `stories/docs/: no NN-${name.replace(/\.md$/, '.mdx')} shows docs/${name} (Storybook Docs/ page)`,
    );
  } else if (!readFileSync(page, 'utf8').includes(`<Meta title="${docTitles[name]}" />`)) {
    problems.push(`${rel(page)}: its <Meta title> is not DOC_TITLES['${name}'] of stories/docs/DocPage.tsx`);
  }
}

if (problems.length > 0) {
  console.error(`User docs: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `User docs OK: README.md ${readmeLines} lines (≤ ${MAX_README_LINES}), links and anchors resolve in ${docs.length + 2} files, no contributor notes in ${userDocs.length} user docs.`,
);
