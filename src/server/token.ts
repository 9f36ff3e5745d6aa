/**
 * A cached upstream access token: fetched once, shared by concurrent requests (single flight),
 * refreshed shortly before it expires or when the upstream rejects it.
 */

/** What a token endpoint answered, normalised across Conomy and PRIVO. */
export interface TokenGrant {
  /** The bearer token. */
  accessToken: string;
  /** Lifetime in seconds, as the token endpoint announced it. */
  expiresIn: number;
}

/** Lifetime assumed when a token endpoint announces none (the 401 retry covers a wrong guess). */
const DEFAULT_LIFETIME_SECONDS = 300;

/** Refresh 60 s before expiry, or after 90 % of the lifetime for tokens shorter than 10 minutes. */
export function refreshMarginSeconds(expiresIn: number): number {
  return Math.min(60, expiresIn * 0.1);
}

/** Hands out a valid token, asking `fetchGrant` only when the cached one is missing or stale. */
export class TokenCache {
  readonly #fetchGrant: () => Promise<TokenGrant>;
  #cached: { token: string; refreshAt: number } | undefined;
  #pending: Promise<string> | undefined;

  constructor(fetchGrant: () => Promise<TokenGrant>) {
    this.#fetchGrant = fetchGrant;
  }

  /** A token that is not about to expire; concurrent callers share one token request. */
  get(): Promise<string> {
    const cached = this.#cached;
    if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.token);
    if (this.#pending) return this.#pending;
    const requestedAt = Date.now();
    const pending = this.#fetchGrant().then((grant) => {
      const lifetime =
        Number.isFinite(grant.expiresIn) && grant.expiresIn > 0 ? grant.expiresIn : DEFAULT_LIFETIME_SECONDS;
      this.#cached = {
        token: grant.accessToken,
        refreshAt: requestedAt + (lifetime - refreshMarginSeconds(lifetime)) * 1000,
      };
      return grant.accessToken;
    });
    this.#pending = pending;
    // A failed fetch is not cached: the next request tries again.
    const clear = () => {
      if (this.#pending === pending) this.#pending = undefined;
    };
    pending.then(clear, clear);
    return pending;
  }

  /**
   * Forgets `token` after the upstream rejected it. A token that a concurrent request has already
   * replaced is left alone, so many simultaneous 401s still cause one refresh.
   */
  invalidate(token: string): void {
    if (this.#cached?.token === token) this.#cached = undefined;
  }
}

/**
 * Reads a token endpoint's JSON answer: Conomy's `{accessToken, expiresIn}` or OAuth's
 * `{access_token, expires_in}` (own fields only). `undefined` when there is no usable token.
 */
export function parseTokenGrant(body: ArrayBuffer | Uint8Array): TokenGrant | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const field = (name: string): unknown => (Object.hasOwn(record, name) ? record[name] : undefined);
  const accessToken = field('accessToken') ?? field('access_token');
  if (!isUsableToken(accessToken)) return undefined;
  return { accessToken, expiresIn: Number(field('expiresIn') ?? field('expires_in')) };
}

/**
 * Whether a token can be sent as `Authorization: Bearer <token>`: one run of visible ASCII. A token
 * with CR/LF, spaces, control or non-ASCII characters (or none at all) is the token endpoint's
 * failure, never cached.
 */
export function isUsableToken(token: unknown): token is string {
  return typeof token === 'string' && /^[\x21-\x7e]+$/.test(token);
}
