'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { type ConomyConfig, getIdentity } from '../core/conomy.js';
import type { KinshipError } from '../core/errors.js';
import { errorEvent } from '../core/events.js';
import { INITIAL_QUERY_STATE, QueryController, type QueryState } from '../core/query.js';
import type { Identity, IdentityChild } from '../core/schemas.js';
import { missingConfigError } from './internal/missingConfig.js';
import { useEmitKinshipEvent, useKinshipConfig } from './KinshipProvider.js';

/** Options of `useChildren`. */
export interface UseChildrenOptions {
  /** The parent identity whose children are listed. A new id starts a new read (`pending`). */
  identityId: string;
  /** Overrides the provider's Conomy config. */
  conomy?: ConomyConfig;
}

/** What `useChildren` returns, narrowed by `status`. */
export type UseChildrenResult = (
  | {
      /** Reading the identity for the first time (also during server rendering). */
      status: 'pending';
      data: undefined;
      error: undefined;
    }
  | {
      /** The identity was read. */
      status: 'success';
      /** The parent identity as Conomy answers it. */
      data: Identity;
      error: undefined;
    }
  | {
      /** The read failed; `data` keeps the last identity read for this id (a failed `refresh`). */
      status: 'error';
      data: Identity | undefined;
      error: KinshipError;
    }
) & {
  /** The linked children, `{ id, name, email }` each; `[]` while pending or when Conomy says `null`. */
  children: IdentityChild[];
  /** A read is in flight: the first one, or a `refresh` while the last answer stays shown. */
  isFetching: boolean;
  /** Reads the identity again at once, keeping what is shown meanwhile. */
  refresh: () => void;
};

const NO_CHILDREN: IdentityChild[] = [];

/**
 * Reads a parent identity (`GET /identities/{identityId}` through the host's backend) and hands out
 * its linked children. One `status` (`pending` → `success` | `error`); a new `identityId` starts
 * again from `pending` and the answer for the old one is dropped; unmounting aborts the read.
 * Nothing is read during server rendering. A failure emits `error` through the provider's `onEvent`.
 * After `useAddChildren` or `useRemoveChildren` succeed, their `data` is the new identity (or call
 * `refresh`).
 */
export function useChildren(options: UseChildrenOptions): UseChildrenResult {
  const context = useKinshipConfig();
  const emit = useEmitKinshipEvent();
  const config = options.conomy ?? context.conomy;
  if (!config) throw missingConfigError('conomy', 'useChildren');
  const { identityId } = options;
  const queryOptions = {
    queryFn: (key: string, { signal }: { signal: AbortSignal }) =>
      getIdentity(config, { identityId: key }, { signal }),
    onError: (error: KinshipError, key: string) => {
      const failure = errorEvent(error, 'getIdentity', { identityId: key });
      if (failure) emit(failure);
    },
  };
  const [controller] = useState(() => new QueryController<Identity>(queryOptions));
  // The latest config and callbacks win without a new read (an inline config object is fine).
  controller.setOptions(queryOptions);
  useEffect(() => {
    controller.start(identityId);
    return () => controller.stop();
  }, [controller, identityId]);
  const stored = useSyncExternalStore(controller.subscribe, controller.getState, serverSnapshot);
  // Until the effect starts the new read, the state is still the old id's: never show it.
  const state: QueryState<Identity> =
    stored.key === identityId ? stored : { ...INITIAL_QUERY_STATE, isFetching: true };
  return {
    status: state.status,
    data: state.data,
    error: state.error,
    children: state.data?.children ?? NO_CHILDREN,
    isFetching: state.isFetching,
    refresh: controller.refresh,
  } as UseChildrenResult;
}

const serverSnapshot = (): QueryState<Identity> => INITIAL_QUERY_STATE;
