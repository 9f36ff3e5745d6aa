/**
 * Conomy identity operations through the host's backend: link and unlink children, read one
 * identity, and search identities (for the picker's server mode). See DOMAIN.md for the API's real behaviour.
 */
import { KinshipError } from './errors.js';
import { checked, type ServiceConfig, send } from './http.js';
import { classifyIdentitySearch, IDENTITY_SEARCH_PARAMETERS } from './identityQuery.js';
import type { Identity, IdentityPage, IdentitySearchQuery } from './schemas.js';
import { refusedInputError, validateAddChildrenInput, validateIdInput } from './validation.js';

/** The Conomy API version the kit speaks. */
export const CONOMY_API_VERSION = '24-04-2025';

/** Config of the Conomy service: the host's route plus an optional API version override. */
export interface ConomyConfig extends ServiceConfig {
  /** Sent as `conomyhq-api-version`. @default "24-04-2025" */
  apiVersion?: string;
}

/** Input of `addChildren`. */
export interface AddChildrenInput {
  /** The parent identity. */
  identityId: string;
  /** Identity ids to link as its children. Trimmed and de-duplicated in order. */
  children: string[];
}

/** Per-call options of the operations. */
export interface OperationOptions {
  /** Cancels the call; it then rejects with kind `aborted`. */
  signal?: AbortSignal;
}

/** Input of `removeChildren`: the same shape as `addChildren`'s. */
export type RemoveChildrenInput = AddChildrenInput;

/** Input of `getIdentity`. */
export interface GetIdentityInput {
  /** The identity to read. */
  identityId: string;
}

/**
 * The one code path of linking and unlinking: the same validation, body, headers, retries and
 * parsing; only the method differs (`POST` links, `DELETE` unlinks; DOMAIN.md).
 */
async function changeChildren(
  operation: 'addChildren' | 'removeChildren',
  config: ConomyConfig,
  input: AddChildrenInput,
  options: OperationOptions,
): Promise<Identity> {
  const { value, fieldErrors } = validateAddChildrenInput(input);
  const refused = refusedInputError(operation, fieldErrors);
  if (refused) throw refused;
  const answer = await send(config, {
    operation,
    method: operation === 'addChildren' ? 'POST' : 'DELETE',
    path: `/identities/${encodeURIComponent(value.identityId)}/children`,
    body: { children: value.children },
    headers: { 'conomyhq-api-version': config.apiVersion ?? CONOMY_API_VERSION },
    signal: options.signal,
    // Linking and unlinking are both idempotent: a repeat changes nothing more.
    idempotent: true,
  });
  return checked(answer.checks.parseIdentity(answer.json), answer, operation);
}

/**
 * Links identities as children of a parent identity:
 * `POST {baseUrl}/identities/{identityId}/children` with `{"children": [...]}`. Resolves with the
 * parent identity as Conomy answers it (`children: null` becomes `[]`, unknown fields kept).
 * Refuses blank ids, no children and self-links before any request (kind `validation`). Linking
 * is idempotent, so network, 5xx and 429 answers are retried (`config.retry`, honouring `Retry-After`).
 */
export function addChildren(
  config: ConomyConfig,
  input: AddChildrenInput,
  options: OperationOptions = {},
): Promise<Identity> {
  return changeChildren('addChildren', config, input, options);
}

/**
 * Unlinks children from a parent identity: `DELETE {baseUrl}/identities/{identityId}/children`
 * with `{"children": [...]}`. Same validation, errors and retries as `addChildren` (unlinking is
 * idempotent too); resolves with the parent identity as Conomy answers it.
 */
export function removeChildren(
  config: ConomyConfig,
  input: RemoveChildrenInput,
  options: OperationOptions = {},
): Promise<Identity> {
  return changeChildren('removeChildren', config, input, options);
}

/**
 * Reads one identity: `GET {baseUrl}/identities/{identityId}`. Resolves with it as `addChildren`
 * does (`children: null` becomes `[]`, unknown fields kept). A blank or unusable id is refused
 * before any request (kind `validation`); 404 rejects with kind `not-found`. Retried like
 * `addChildren` (a read is idempotent).
 */
export async function getIdentity(
  config: ConomyConfig,
  input: GetIdentityInput,
  options: OperationOptions = {},
): Promise<Identity> {
  const { value, fieldErrors } = validateIdInput(input, 'identityId');
  const refused = refusedInputError('getIdentity', fieldErrors);
  if (refused) throw refused;
  const answer = await send(config, {
    operation: 'getIdentity',
    method: 'GET',
    path: `/identities/${encodeURIComponent(value.identityId)}`,
    headers: { 'conomyhq-api-version': config.apiVersion ?? CONOMY_API_VERSION },
    signal: options.signal,
    idempotent: true,
  });
  return checked(answer.checks.parseIdentity(answer.json), answer, 'getIdentity');
}

const EMPTY_PAGE: IdentityPage = { data: [], pagination: { count: 0, next: null, previous: null, total: 0 } };

/**
 * Searches identities: `GET {baseUrl}/identities` with Conomy's documented filters only (`type`,
 * `email`, `documentNumber`, `phone`, `country`, `status`, `limit`, `next`); any other key of
 * `query` is not sent. `text` goes out as the filter `classifyIdentitySearch` finds in it (and
 * replaces an explicit filter of the same name); text that is none of them (a name) resolves with
 * an empty page **without any request**, since Conomy would ignore it and answer an unfiltered page.
 * Blank text adds no filter. Retried like `addChildren`.
 */
export async function searchIdentities(
  config: ConomyConfig,
  query: IdentitySearchQuery = {},
  options: OperationOptions = {},
): Promise<IdentityPage> {
  const values: Partial<Record<string, unknown>> = Object.create(null);
  for (const key of IDENTITY_SEARCH_PARAMETERS) {
    if (Object.hasOwn(query, key)) values[key] = query[key];
  }
  if (query.text !== undefined && query.text.trim() !== '') {
    const term = classifyIdentitySearch(query.text);
    if (term.field === 'none') {
      if (options.signal?.aborted) {
        throw new KinshipError('aborted', 'The search was cancelled.', { operation: 'searchIdentities' });
      }
      return { data: [], pagination: { ...EMPTY_PAGE.pagination } };
    }
    values[term.field] = term.value;
  }
  const params = new URLSearchParams();
  for (const key of IDENTITY_SEARCH_PARAMETERS) {
    const raw = values[key];
    if (raw === undefined || raw === null || raw === '') continue;
    params.set(key, String(raw));
  }
  const search = params.toString();
  const answer = await send(config, {
    operation: 'searchIdentities',
    method: 'GET',
    path: `/identities${search ? `?${search}` : ''}`,
    headers: { 'conomyhq-api-version': config.apiVersion ?? CONOMY_API_VERSION },
    signal: options.signal,
    idempotent: true,
  });
  return checked(answer.checks.parseIdentityPage(answer.json), answer, 'searchIdentities');
}
