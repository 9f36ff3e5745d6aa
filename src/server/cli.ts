#!/usr/bin/env node
/**
 * `kinship-sandbox`: serves the HTTP sandbox on 127.0.0.1 until interrupted.
 *
 *   npx kinship-sandbox [--port 4010] [--host 127.0.0.1] [--latency 300] [--seed 1]
 *                       [--webhook http://127.0.0.1:3000/api/privo-webhook --webhook-secret …]
 *
 * Prints where it listens and the fixed sandbox credentials; never prints requests (they carry
 * personal data even in a sandbox).
 */

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  checkLoopbackWebhookUrl,
  isLoopbackHostname,
  SANDBOX_CREDENTIALS,
  type StartSandboxServerOptions,
  startSandboxServer,
} from './sandbox-server.js';

const USAGE = `Usage: kinship-sandbox [options]

Serves the Kinship Kit sandbox (Conomy identities + PRIVO accounts) over HTTP.

Options:
  --port <n>      port to listen on (0 = any free port)      default 4010
  --host <addr>   interface to listen on                     default 127.0.0.1
  --latency <ms>  delay added to every sandbox answer        default 0
  --seed <n>      seed of the generated data                 default 1
  --webhook <url> POST each consent change there, as PRIVO's webhooks do
                  (this machine only: localhost, 127.0.0.1, [::1])
  --webhook-secret <secret>
                  sent as "Authorization: Bearer <secret>" (required with --webhook)
  -h, --help      show this help
`;

/** Parsed command line, or an error message for the user. */
export function parseCliArguments(
  argv: readonly string[],
):
  | { help: true }
  | { help: false; options: StartSandboxServerOptions & { port: number; host: string } }
  | { error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        latency: { type: 'string' },
        seed: { type: 'string' },
        webhook: { type: 'string' },
        'webhook-secret': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { help: true };
  const integer = (name: string, fallback: number, max: number): number | string => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (typeof raw !== 'string' || !/^\d+$/.test(raw) || value > max) {
      return `--${name} must be a whole number from 0 to ${max}, got "${String(raw)}".`;
    }
    return value;
  };
  const port = integer('port', 4010, 65_535);
  const latency = integer('latency', 0, 60_000);
  const seed = integer('seed', 1, Number.MAX_SAFE_INTEGER);
  for (const value of [port, latency, seed]) if (typeof value === 'string') return { error: value };
  const host = typeof values.host === 'string' && values.host !== '' ? values.host : '127.0.0.1';
  const options = { port: port as number, host } as StartSandboxServerOptions & {
    port: number;
    host: string;
  };
  if (values.latency !== undefined) Object.assign(options, { latencyMs: latency as number });
  if (values.seed !== undefined) Object.assign(options, { seed: seed as number });
  const webhook = values.webhook;
  const secret = values['webhook-secret'];
  if (webhook !== undefined || secret !== undefined) {
    if (typeof webhook !== 'string' || webhook === '')
      return { error: '--webhook-secret needs --webhook <url>.' };
    const url = checkLoopbackWebhookUrl(webhook);
    if (typeof url === 'string') return { error: `--webhook: ${url}` };
    if (typeof secret !== 'string' || secret === '' || /\s/.test(secret)) {
      return {
        error: '--webhook needs --webhook-secret <secret> (no spaces): the key your handler expects.',
      };
    }
    Object.assign(options, { webhook: { url: url.href, secret } });
  }
  return { help: false, options };
}

/** Runs the CLI; resolves with the server once it listens (or `undefined` after help or an error). */
export async function main(argv: readonly string[] = process.argv.slice(2)) {
  const parsed = parseCliArguments(argv);
  if ('error' in parsed) {
    process.stderr.write(`kinship-sandbox: ${parsed.error}\n\n${USAGE}`);
    process.exitCode = 2;
    return undefined;
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return undefined;
  }
  const server = await startSandboxServer(parsed.options);
  const { conomy, privo } = SANDBOX_CREDENTIALS;
  process.stdout.write(
    [
      `Kinship Kit sandbox listening on ${server.url}`,
      '',
      `Conomy  baseUrl ${server.url}  (POST /auth, /identities…)`,
      `        apiKey ${conomy.apiKey}  clientId ${conomy.clientId}  clientSecret ${conomy.clientSecret}`,
      `PRIVO   baseUrl ${server.url}  (POST /oauth/token, /api/account, /api/consent/resend, /consent-status/{serviceId})`,
      `        clientId ${privo.clientId}  clientSecret ${privo.clientSecret}`,
      ...(parsed.options.webhook && 'url' in parsed.options.webhook
        ? [`Webhook consent changes are POSTed to ${parsed.options.webhook.url}`]
        : []),
      ...(isLoopbackHostname(parsed.options.host)
        ? [
            `Sandbox controls  POST ${server.url}/__sandbox/consent  {"serviceId", "status": "approved" | "denied" | …}`,
          ]
        : []),
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    ...server,
    close: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      return server.close();
    },
  };
}

function isMainModule(): boolean {
  const invokedAs = process.argv[1];
  if (!invokedAs) return false;
  try {
    // npx runs the bin through a symlink in node_modules/.bin.
    return pathToFileURL(realpathSync(invokedAs)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  main().catch((error: unknown) => {
    process.stderr.write(`kinship-sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
