// Packs the package, installs the tarball into a scratch consumer project (with React from the
// registry cache) and uses it the way a partner would: ESM imports of every entry point, an
// operation against the sandbox, a server render of the components, and a TypeScript check of a
// consumer file against the published .d.ts files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'kinship-consumer-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', scratch], root)
    .trim()
    .split('\n')
    .pop();
  const reactVersion = pkg.devDependencies.react;
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({
      name: 'scratch-consumer',
      private: true,
      type: 'module',
      dependencies: {
        'kinship-kit': `file:./${tarball}`,
        react: reactVersion,
        'react-dom': pkg.devDependencies['react-dom'],
        '@types/react': pkg.devDependencies['@types/react'],
        '@types/node': pkg.devDependencies['@types/node'],
      },
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], scratch);

  writeFileSync(
    join(scratch, 'check.mjs'),
    `
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import * as all from 'kinship-kit';
import * as headless from 'kinship-kit/headless';
import { createSandbox, SANDBOX_IDS } from 'kinship-kit/sandbox';
import { es } from 'kinship-kit/locales/es';
import { ptBR } from 'kinship-kit/locales/pt-BR';

assert.equal(typeof headless.addChildren, 'function');
assert.equal(typeof headless.useAddChildren, 'function');
assert.equal(headless.ChildPicker, undefined, 'headless must not export components');
assert.ok(all.ChildPicker && all.AddChildForm && all.ConsentHandoff && all.AddChildDialog && all.IdentityStatusBadge, 'components are exported');

const sandbox = createSandbox();
const conomy = { baseUrl: '/api/conomy', fetcher: sandbox.fetcher, retry: 0 };
// Conomy has no name search: typed text goes out as email, documentNumber or phone; a name sends nothing.
const page = await headless.searchIdentities(conomy, { text: 'Lucia.Fernandez@example.com', limit: 5 });
assert.ok(page.data.some((identity) => identity.id === SANDBOX_IDS.parentUser), 'search by email finds Lucía');
const byName = await headless.searchIdentities(conomy, { text: 'lucia', limit: 5 });
assert.equal(byName.data.length, 0, 'a name is not sent to Conomy');
const parent = { id: SANDBOX_IDS.parentUser };
const [first, second] = SANDBOX_IDS.linkableChildren;
const linked = await headless.addChildren(conomy, { identityId: parent.id, children: [first, second] });
assert.deepEqual(linked.children.map((child) => child.id).sort(), [first, second].sort());

const error = await headless.addChildren(conomy, { identityId: parent.id, children: [parent.id] }).catch((e) => e);
assert.ok(error instanceof headless.KinshipError && error.kind === 'validation');

const html = renderToString(
  createElement(all.KinshipProvider, { conomy, privo: { baseUrl: '/api/privo', fetcher: sandbox.fetcher } },
    createElement(all.AddChildForm, {}),
  ),
);
assert.match(html, /Add child/);
assert.equal(es.locale, 'es');
assert.equal(ptBR.locale, 'pt-BR');
const spanish = renderToString(
  createElement(all.KinshipProvider, { privo: { baseUrl: '/api/privo', fetcher: sandbox.fetcher }, locale: 'es-MX', catalogues: [es, ptBR] },
    createElement(all.AddChildForm, {}),
  ),
);
assert.ok(spanish.includes(es.messages['form.submit']), 'kinship-kit/locales/es gives the Spanish texts');
assert.ok(!spanish.includes('Add child'), 'no English left in the Spanish form');
assert.ok(import.meta.resolve('kinship-kit/styles.css').endsWith('styles.css'));
const server = await import('kinship-kit/server');
assert.equal(typeof server.createConomyProxy, 'function');
console.log('consumer check: imports, sandbox round trip, SSR, a locale entry and styles OK');
`,
  );
  process.stdout.write(run('node', ['check.mjs'], scratch));

  writeFileSync(
    join(scratch, 'check.ts'),
    `
import { addChildren, type Identity, KinshipError, type UseAddChildrenResult } from 'kinship-kit/headless';
import { createSandbox } from 'kinship-kit/sandbox';
import { es } from 'kinship-kit/locales/es';
import type { Catalogue } from 'kinship-kit';
const spanish: Catalogue = es;
void spanish;
const sandbox = createSandbox();
const identity: Promise<Identity> = addChildren({ baseUrl: '/x', fetcher: sandbox.fetcher }, { identityId: 'a', children: ['b'] });
declare const result: UseAddChildrenResult;
if (result.status === 'success') { const id: string = result.data.id; void id; }
if (result.status === 'error') { const kind: KinshipError['kind'] = result.error.kind; void kind; }
void identity;
`,
  );
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ['ES2023', 'DOM'],
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], scratch);
  console.log('consumer check: TypeScript types OK');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
