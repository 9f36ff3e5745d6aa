// The README's quick start works verbatim (a step of `npm test`, after the build).
//
// It takes the README's code blocks marked with a file name (```tsx title="src/App.tsx"; App.tsx and
// main.tsx are the app, the other marked blocks are type-checked with it), writes them unchanged into
// a scratch Vite app that installs kinship-kit from the packed tarball (`npm
// pack`, as the README's Install section says) with React from the registry cache, type-checks them,
// builds the app with Vite and @vitejs/plugin-react from this repository, serves the build on
// 127.0.0.1, and uses it in headless Chromium the way the README's "Try it" list says: the picker
// and the form are there with their accessible names, linking José Antonio to Lucía reports
// success, adding a child account under SANDBOX_EMAILS.adultWithoutChild shows the consent step,
// and the console stays free of errors.
//
// `node scripts/quickstart-check.mjs` (builds dist/ first when it is missing; run `npm run build`
// after changing src/). Takes about 30-60 s, most of it `npm install` and the Vite build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = Date.now();
const step = (text) => console.log(`quick start: ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** The README's fenced blocks with a `title="path"`: the files of the quick-start app. */
export function quickStartFiles(readme) {
  const files = new Map();
  for (const match of readme.matchAll(/^```[\w-]+ title="([^"]+)"\n([\s\S]*?)^```$/gm)) {
    files.set(match[1], match[2]);
  }
  return files;
}

const files = quickStartFiles(readFileSync(join(root, 'README.md'), 'utf8'));
for (const required of ['src/App.tsx', 'src/main.tsx']) {
  if (!files.has(required))
    throw new Error(`README.md has no quick-start block \`\`\`tsx title="${required}"`);
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  step('dist/ is missing: building');
  run(process.execPath, [join(root, 'scripts', 'build.mjs')], root);
}

const scratch = mkdtempSync(join(tmpdir(), 'kinship-quickstart-'));
let server;
let browser;
try {
  // The app: package.json, index.html, vite.config.mjs, tsconfig.json are Vite's usual scaffolding;
  // every file under src/ comes from the README, byte for byte.
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', scratch], root)
    .trim()
    .split('\n')
    .pop();
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({
      name: 'quickstart-app',
      private: true,
      type: 'module',
      dependencies: {
        'kinship-kit': `file:./${tarball}`,
        react: pkg.devDependencies.react,
        'react-dom': pkg.devDependencies['react-dom'],
        '@types/react': pkg.devDependencies['@types/react'],
        '@types/react-dom': pkg.devDependencies['@types/react-dom'],
      },
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], scratch);
  step(`installed ${tarball} with react ${pkg.devDependencies.react}`);

  for (const [path, text] of files) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  writeFileSync(
    join(scratch, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Quick start</title></head>\n<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>\n</html>\n',
  );
  // Vite and its React plugin come from this repository's node_modules (nothing else to install).
  const plugin = pathToFileURL(
    join(root, 'node_modules', '@vitejs', 'plugin-react', 'dist', 'index.js'),
  ).href;
  writeFileSync(
    join(scratch, 'vite.config.mjs'),
    `import react from ${JSON.stringify(plugin)};\nexport default { plugins: [react()], logLevel: 'warn' };\n`,
  );
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
      },
      include: ['src'],
    }),
  );
  writeFileSync(join(scratch, 'src', 'css.d.ts'), "declare module '*.css';\n");
  run(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    scratch,
  );
  step('the README blocks type-check');
  run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], scratch);
  step('built with Vite');

  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  const dist = join(scratch, 'dist');
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}/`;

  browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);

  // Both components render, with the accessible names the README names.
  const combobox = page.getByRole('combobox', { name: 'Children to link' });
  await combobox.waitFor();
  await page.getByRole('textbox', { name: 'First name' }).waitFor();
  await page.getByRole('button', { name: 'Add child' }).waitFor();
  step('the picker and the form render');

  // Link a child: type "jose", pick José Antonio Núñez Castillo, press "Link 1 child".
  await combobox.fill('jose');
  await page.getByRole('option', { name: /José Antonio Núñez Castillo/ }).click();
  await combobox.press('Escape'); // a click keeps the list open; Escape closes it
  await page.getByRole('button', { name: 'Link 1 child' }).click();
  await page.getByRole('status').filter({ hasText: 'Linked José Antonio Núñez Castillo.' }).waitFor();
  step('linking José Antonio reports success');

  // Add a child account under SANDBOX_EMAILS.adultWithoutChild: the consent step appears.
  await page.getByRole('textbox', { name: 'First name' }).fill('Sofia');
  await page.getByRole('textbox', { name: 'Username' }).fill('sofia_2016');
  await page.getByRole('textbox', { name: 'Day' }).fill('1');
  await page.getByRole('textbox', { name: 'Month' }).fill('3');
  await page.getByRole('textbox', { name: 'Year' }).fill('2016');
  await page.getByRole('button', { name: 'Add child' }).click();
  await page
    .getByRole('heading', { name: 'Account created for Sofia: the parent needs to give consent' })
    .waitFor();
  const consentLink = page.getByRole('link', { name: 'Open the consent page (opens in a new tab)' });
  const href = await consentLink.getAttribute('href');
  if (!href?.startsWith('https://')) throw new Error(`the consent link is not an https URL: ${href}`);
  await page.getByRole('img', { name: 'QR code of the consent link' }).waitFor();
  step('adding a child account shows the consent step');

  if (problems.length > 0) throw new Error(`the quick-start app logged:\n${problems.join('\n')}`);
  step('no console errors or warnings; OK');
} finally {
  await browser?.close();
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
}
