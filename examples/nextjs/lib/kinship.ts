// The two credential-adding proxies (kinship-kit/server), created once per server bundle on first
// use. They call the HTTP sandbox (`kinship-sandbox`, address in KINSHIP_SANDBOX_URL) with its fixed
// sandbox credentials; against Conomy and PRIVO, read the URLs and secrets from your environment.
// `authorize` ties every call to the signed-in parent's session.
import {
  createConomyProxy,
  createPrivoProxy,
  type ProxyHandler,
  SANDBOX_CREDENTIALS,
} from 'kinship-kit/server';
import { parentOfSession, sessionCookieOf } from './session';

function sandboxUrl(): string {
  const url = process.env.KINSHIP_SANDBOX_URL;
  if (!url) throw new Error('Set KINSHIP_SANDBOX_URL to the address `npx kinship-sandbox` prints.');
  return url;
}

let conomy: ProxyHandler | undefined;
let privo: ProxyHandler | undefined;

/** `createConomyProxy` mounted at /api/conomy: a parent searches, and links children to themselves only. */
export function conomyProxy(): ProxyHandler {
  conomy ??= createConomyProxy({
    baseUrl: sandboxUrl(),
    basePath: '/api/conomy',
    ...SANDBOX_CREDENTIALS.conomy,
    userAgent: 'AcmeFamilyNext/1.0',
    async authorize(request, { operation, identityId }) {
      const parent = await parentOfSession(sessionCookieOf(request.headers.get('cookie')));
      if (!parent) return false;
      if (operation === 'addChildren' || operation === 'removeChildren')
        return identityId === parent.identityId;
      return operation === 'searchIdentities';
    },
  });
  return conomy;
}

/** `createPrivoProxy` mounted at /api/privo: a parent creates accounts under their own email only. */
export function privoProxy(): ProxyHandler {
  privo ??= createPrivoProxy({
    baseUrl: sandboxUrl(),
    basePath: '/api/privo',
    ...SANDBOX_CREDENTIALS.privo,
    async authorize(request, { operation }) {
      const parent = await parentOfSession(sessionCookieOf(request.headers.get('cookie')));
      if (!parent) return false;
      if (operation !== 'addChildAccount') return true;
      const body = (await request.json().catch(() => ({}))) as { parentEmail?: unknown };
      return typeof body.parentEmail === 'string' && body.parentEmail.toLowerCase() === parent.email;
    },
  });
  return privo;
}
