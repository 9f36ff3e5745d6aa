// The example's sign-in: every visitor is Lucía, a parent (a real app has its own login here). The
// session is a random id signed with HMAC-SHA-256 in an HttpOnly cookie, so `proxy.ts`, the page
// and the route handlers (separate bundles) all read it without sharing memory.
import { SANDBOX_EMAILS, SANDBOX_IDS } from 'kinship-kit/sandbox';

export const SESSION_COOKIE = 'acme_session';

/** The signed-in parent, as the host's user database would tell it. */
export interface Parent {
  identityId: string;
  email: string;
  name: string;
}

const LUCIA: Parent = {
  identityId: SANDBOX_IDS.parentUser,
  email: SANDBOX_EMAILS.adultWithoutChild,
  name: 'Lucía Fernández Rojas',
};

const encoder = new TextEncoder();
const shared = globalThis as typeof globalThis & { __acmeSessionSecret?: Uint8Array<ArrayBuffer> };

/** `SESSION_SECRET` when set; otherwise one random secret for this server process. */
function secret(): Uint8Array<ArrayBuffer> {
  const fromEnv = process.env.SESSION_SECRET;
  if (fromEnv) return encoder.encode(fromEnv);
  shared.__acmeSessionSecret ??= crypto.getRandomValues(new Uint8Array(32));
  return shared.__acmeSessionSecret;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function sign(id: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', secret(), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(id)));
}

/** A new session cookie value: `<id>.<signature>`. */
export async function newSessionValue(): Promise<string> {
  const id = crypto.randomUUID();
  return `${id}.${await sign(id)}`;
}

/** The parent of a session cookie value, or `null` when it is missing or its signature is wrong. */
export async function parentOfSession(value: string | undefined): Promise<Parent | null> {
  const [id, signature, ...rest] = (value ?? '').split('.');
  if (!id || !signature || rest.length > 0) return null;
  return (await sign(id)) === signature ? LUCIA : null;
}

/** The session cookie's value in a `Cookie` request header. */
export function sessionCookieOf(header: string | null): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}
