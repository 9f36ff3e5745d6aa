// Next.js 16 Proxy (formerly middleware.ts): on every page request, a fresh nonce and a strict
// Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'), and the demo sign-in cookie.
// Next.js reads the policy from the request headers and puts the nonce on its own scripts; the
// layout hands it to KinshipProvider for the dialog's one <style> element.
import { type NextRequest, NextResponse } from 'next/server';
import { newSessionValue, parentOfSession, SESSION_COOKIE } from './lib/session';

export async function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);

  // Sign the visitor in (a real app has a login page): the new cookie reaches this render too.
  let session: string | undefined;
  if (!(await parentOfSession(request.cookies.get(SESSION_COOKIE)?.value))) {
    session = await newSessionValue();
    const others = (request.headers.get('cookie') ?? '')
      .split(';')
      .filter((part) => part.trim() && !part.trim().startsWith(`${SESSION_COOKIE}=`));
    headers.set('cookie', [`${SESSION_COOKIE}=${session}`, ...others].join(';'));
  }

  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  if (session) {
    response.cookies.set(SESSION_COOKIE, session, { httpOnly: true, sameSite: 'strict', path: '/' });
  }
  return response;
}

export const config = {
  // Pages only: the API routes answer with the proxies' JSON, static files need no nonce.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
