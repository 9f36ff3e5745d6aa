/**
 * The emulated Conomy identity API: link and unlink children (`POST` / `DELETE
 * …/identities/{id}/children`), read one identity (`GET …/identities/{id}`) and search
 * (`GET …/identities?…`), with the error catalogue of DOMAIN.md in the current error shape.
 * State is copy-on-write: identity objects are never changed in place, so the `identities` view a
 * caller holds stays a consistent snapshot and `reset()` is exact.
 */
import { IDENTITY_SEARCH_PARAMETERS } from '../core/identityQuery.js';
import type { Identity, IdentityChild } from '../core/schemas.js';
import { conomyError, conomyOk, type Outcome } from './responses.js';
import { conomyFailure, conomyTrigger } from './triggers.js';

/** What a backend needs from its sandbox. */
export interface BackendContext {
  /** The sandbox clock (epoch ms). */
  now(): number;
  /** A fresh trace id (32 hex digits), deterministic per sandbox seed. */
  traceId(): string;
  /** Tells subscribers that the data changed. */
  changed(): void;
}

/** One request as a backend sees it. */
export interface BackendRequest {
  method: string;
  query: URLSearchParams;
  /** The raw body text; `undefined` without a body. */
  bodyText: string | undefined;
}

/** Default and largest page size of `GET /identities` (assumed: Conomy documents neither). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Letters and digits only, upper case: `17.604.011-4` and `176040114` compare equal (assumed). */
function compactDocument(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`).replace(/=+$/, '');
}

function decodeCursor(cursor: string): number | undefined {
  try {
    const match = /^o:(\d{1,9})$/.exec(atob(cursor));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function kycStatus(status: string | null | undefined): string {
  switch (status) {
    case 'ACTIVE':
      return 'APPROVED';
    case 'SCREENING':
      return 'IN_REVIEW';
    case 'FAILED_VERIFICATION':
    case 'BLOCKED':
      return 'REJECTED';
    default:
      return 'PENDING';
  }
}

/**
 * An identity as the API sends it: `children: null` when there are none (DOMAIN.md), plus the
 * undocumented fields real answers carry (`idv`, `kyc`, `rules`, `watchList`, …), which the kit must ignore.
 */
export function identityToWire(identity: Identity): Record<string, unknown> {
  const { children, ...rest } = identity;
  return {
    ...rest,
    idv: identity.status === 'ACTIVE' ? `idv_${identity.id.replace(/-/g, '').slice(-12)}` : null,
    securityOptions: {},
    children: children.length > 0 ? children.map((child) => ({ ...child })) : null,
    kyc: {
      status: kycStatus(identity.status),
      level: identity.type === 'ORGANIZATION' ? 'KYB' : 'BASIC',
      provider: 'sandbox',
    },
    watchList: { status: 'CLEAR', checkedAt: identity.createdAt ?? null },
    rules: {},
    extendedData: [],
    bankAccount: null,
    address: { country: identity.country ?? null, city: null, street: null },
  };
}

/** The Conomy half of a sandbox. */
export interface ConomyBackend {
  /** The current identities (a new array after every change). */
  readonly identities: readonly Identity[];
  getIdentity(id: string): Identity | undefined;
  /** The id of an identity's parent, if it has one. */
  parentOf(id: string): string | undefined;
  children(method: string, identityId: string, request: BackendRequest): Outcome;
  identity(identityId: string): Outcome;
  search(request: BackendRequest): Outcome;
  reset(): void;
}

type ChildrenBody = { ok: true; children: string[] } | { ok: false; outcome: Outcome };

/** Creates the Conomy backend over a starting list of identities (never modified). */
export function createConomyBackend(initial: readonly Identity[], context: BackendContext): ConomyBackend {
  let list: Identity[] = [];
  const positions = new Map<string, number>();
  const parents = new Map<string, string>();
  const load = () => {
    list = initial.slice();
    positions.clear();
    parents.clear();
    list.forEach((identity, position) => {
      positions.set(identity.id, position);
      for (const child of identity.children) parents.set(child.id, identity.id);
    });
  };
  load();

  const get = (id: string): Identity | undefined => {
    const position = positions.get(id);
    return position === undefined ? undefined : list[position];
  };

  const replace = (updated: Identity) => {
    const position = positions.get(updated.id);
    if (position === undefined) return;
    list = list.slice();
    list[position] = updated;
  };

  const fail = (status: number, detail: string, code?: string, type?: string): Outcome =>
    conomyError(status, detail, context.traceId(), {
      ...(code ? { code } : {}),
      ...(type ? { type } : {}),
    });

  const readChildrenBody = (bodyText: string | undefined): ChildrenBody => {
    let body: unknown;
    try {
      body = JSON.parse(bodyText ?? '');
    } catch {
      return { ok: false, outcome: fail(400, 'The request body is not valid JSON', '14', 'parsingResource') };
    }
    const children =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as Record<string, unknown>).children
        : undefined;
    if (children === undefined || children === null) {
      return { ok: false, outcome: fail(400, 'Missing required parameter: children', '12', 'missingParam') };
    }
    if (Array.isArray(children)) {
      const triggered = children.map(conomyTrigger).find(Boolean);
      if (triggered) return { ok: false, outcome: conomyFailure(triggered, context.traceId()) };
    }
    if (
      !Array.isArray(children) ||
      children.length === 0 ||
      children.some((child) => typeof child !== 'string' || child.trim() === '')
    ) {
      return {
        ok: false,
        outcome: fail(
          400,
          'children must be a non-empty array of identity ids (strings)',
          '11',
          'invalidParam',
        ),
      };
    }
    return { ok: true, children: [...new Set(children as string[])] };
  };

  const isAncestor = (candidate: string, of: string): boolean => {
    const seen = new Set<string>();
    for (let current = parents.get(of); current !== undefined; current = parents.get(current)) {
      if (current === candidate) return true;
      if (seen.has(current)) return false;
      seen.add(current);
    }
    return false;
  };

  const childItem = (identity: Identity): IdentityChild => ({
    id: identity.id,
    name: identity.name ?? null,
    email: identity.email ?? null,
  });

  const children = (method: string, identityId: string, request: BackendRequest): Outcome => {
    const pathTrigger = conomyTrigger(identityId);
    if (pathTrigger) return conomyFailure(pathTrigger, context.traceId());
    const body = readChildrenBody(request.bodyText);
    if (!body.ok) return body.outcome;
    const parent = get(identityId);
    if (!parent) return fail(404, `Identity ${identityId} not found`);
    const unknown = body.children.filter((id) => !positions.has(id));
    if (unknown.length > 0) return fail(404, `Identities not found: ${unknown.join(', ')}`);
    if (method === 'DELETE') {
      // Unlinking is idempotent: a child that is not linked to this parent is simply skipped.
      const removed = new Set(body.children.filter((id) => parents.get(id) === identityId));
      if (removed.size > 0) {
        for (const id of removed) parents.delete(id);
        replace({
          ...parent,
          children: parent.children.filter((child) => !removed.has(child.id)),
          updatedAt: new Date(context.now()).toISOString(),
        });
        context.changed();
      }
      return conomyOk(identityToWire(get(identityId) as Identity), context.traceId());
    }
    if (body.children.includes(identityId)) {
      return fail(422, `Identity ${identityId} cannot be its own child`);
    }
    if (parent.status !== 'ACTIVE') {
      return fail(
        422,
        `Identity ${identityId} is ${parent.status}: only ACTIVE identities can have children`,
      );
    }
    const added: Identity[] = [];
    for (const childId of body.children) {
      const child = get(childId) as Identity;
      if (child.type === 'ORGANIZATION' && parent.type !== 'ORGANIZATION') {
        return fail(422, `Identity ${childId} is an ORGANIZATION and cannot be the child of a USER`);
      }
      if (isAncestor(childId, identityId)) {
        return fail(422, `Linking ${childId} would create a cycle: it is an ancestor of ${identityId}`);
      }
      const currentParent = parents.get(childId);
      if (currentParent !== undefined && currentParent !== identityId) {
        return fail(409, `Identity ${childId} is already a child of ${currentParent}`);
      }
      // Already linked to this parent: linking is idempotent (DOMAIN.md), nothing to add.
      if (currentParent === undefined) added.push(child);
    }
    if (added.length > 0) {
      for (const child of added) parents.set(child.id, identityId);
      replace({
        ...parent,
        children: [...parent.children, ...added.map(childItem)],
        updatedAt: new Date(context.now()).toISOString(),
      });
      context.changed();
    }
    return conomyOk(identityToWire(get(identityId) as Identity), context.traceId());
  };

  const identity = (identityId: string): Outcome => {
    const trigger = conomyTrigger(identityId);
    if (trigger) return conomyFailure(trigger, context.traceId());
    const found = get(identityId);
    if (!found) return fail(404, `Identity ${identityId} not found`);
    return conomyOk(identityToWire(found), context.traceId());
  };

  const search = ({ query }: BackendRequest): Outcome => {
    for (const name of IDENTITY_SEARCH_PARAMETERS) {
      const trigger = conomyTrigger(query.get(name));
      if (trigger) return conomyFailure(trigger, context.traceId());
    }
    const limitText = query.get('limit');
    let limit = DEFAULT_PAGE_SIZE;
    if (limitText !== null) {
      limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : 0;
      if (limit < 1 || limit > MAX_PAGE_SIZE) {
        return fail(400, `limit must be an integer from 1 to ${MAX_PAGE_SIZE}`, '11', 'invalidParam');
      }
    }
    let offset = 0;
    const next = query.get('next');
    if (next !== null && next !== '') {
      const decoded = decodeCursor(next);
      if (decoded === undefined) return fail(400, 'next is not a valid cursor', '11', 'invalidParam');
      offset = decoded;
    }
    const type = query.get('type')?.toUpperCase();
    if (type !== undefined && type !== 'USER' && type !== 'ORGANIZATION') {
      return fail(400, 'type must be USER or ORGANIZATION', '11', 'invalidParam');
    }
    const country = query.get('country')?.toUpperCase();
    if (country !== undefined && !/^[A-Z]{3}$/.test(country)) {
      return fail(400, 'country must be an ISO 3166-1 alpha-3 code', '11', 'invalidParam');
    }
    const email = query.get('email')?.trim().toLowerCase();
    const documentNumber = query.has('documentNumber')
      ? compactDocument(query.get('documentNumber') as string)
      : undefined;
    const phone = query.get('phone')?.replace(/\D/g, '');
    const status = query.get('status')?.trim().toUpperCase();
    // Like Conomy (DOMAIN.md), an undocumented parameter such as `q` filters nothing: the answer
    // is the unfiltered page. Only the documented filters narrow it.
    const matches = list.filter((identity) => {
      if (type !== undefined && identity.type !== type) return false;
      if (country !== undefined && identity.country !== country) return false;
      if (status !== undefined && status !== '' && identity.status?.toUpperCase() !== status) return false;
      if (email !== undefined && email !== '' && identity.email?.toLowerCase() !== email) return false;
      if (documentNumber !== undefined && documentNumber !== '') {
        if (compactDocument(identity.documentNumber ?? '') !== documentNumber) return false;
      }
      if (phone !== undefined && phone !== '' && identity.phone?.replace(/\D/g, '') !== phone) return false;
      return true;
    });
    const page = matches.slice(offset, offset + limit);
    return conomyOk(
      {
        data: page.map(identityToWire),
        pagination: {
          count: page.length,
          next: offset + limit < matches.length ? encodeCursor(offset + limit) : null,
          previous: offset > 0 ? encodeCursor(Math.max(0, offset - limit)) : null,
          total: matches.length,
        },
      },
      context.traceId(),
    );
  };

  return {
    get identities() {
      return list;
    },
    getIdentity: get,
    parentOf: (id) => parents.get(id),
    children,
    identity,
    search,
    reset: load,
  };
}
