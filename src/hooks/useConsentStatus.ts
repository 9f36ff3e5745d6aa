'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConsentStatusRecord } from '../core/consent.js';
import {
  type ConsentPollState,
  ConsentStatusPoller,
  type ConsentStatusPollerOptions,
  DEFAULT_CONSENT_POLL_INTERVAL_MS,
} from '../core/consentPolling.js';
import { getConsentStatus } from '../core/consentStatus.js';
import type { KinshipError } from '../core/errors.js';
import { errorEvent } from '../core/events.js';
import type { ServiceConfig } from '../core/http.js';
import { missingConfigError } from './internal/missingConfig.js';
import { useEmitKinshipEvent, useKinshipConfig } from './KinshipProvider.js';
import { useIsOffline } from './useIsOffline.js';
import { useIsPageVisible } from './useIsPageVisible.js';

/** Options of `useConsentStatus`. */
export interface UseConsentStatusOptions {
  /** PRIVO service id of the child (`entity.serviceId` of the created account). A new id starts over. */
  serviceId: string;
  /** Overrides the provider's PRIVO config (the route of the kit's PRIVO proxy). */
  privo?: ServiceConfig;
  /** Time between two asks while nothing goes wrong, in milliseconds. @default 5000 */
  intervalMs?: number;
}

/** What `useConsentStatus` returns. */
export interface UseConsentStatusResult {
  /**
   * The consent state: `approved`, `denied`, `expired` (final: polling stops), `pending`,
   * `postponed`, or another state PRIVO adds. `undefined` while nothing is known: before the first
   * answer, and while the backend answers 404 (no webhook has arrived yet); show it as pending.
   */
  status?: string;
  /** The last record read (`{ serviceId, status, updatedAt }`). */
  record?: ConsentStatusRecord;
  /** The last failure (cleared by the next answer); polling goes on with a growing interval. */
  error?: KinshipError;
  /** Asks at once, e.g. when the host learnt of a change itself (also after a final state). */
  refresh: () => void;
}

const EMPTY: ConsentPollState = { serviceId: null, record: undefined, error: undefined };
const serverSnapshot = (): ConsentPollState => EMPTY;

/**
 * Follows a child's consent status as the host's backend knows it from PRIVO's webhooks
 * (`GET {privo.baseUrl}/consent-status/{serviceId}`, served by the kit's PRIVO proxy). Asks every
 * `intervalMs` only while the page is visible and the browser online (and at once when it
 * becomes so again), backs off exponentially on errors (up to a minute, or as long as the
 * server's `Retry-After` says), and stops at a final state (`approved`, `denied`, `expired`).
 * Nothing is asked during server rendering; unmounting aborts the ask in flight. Emits
 * `consent.status` when the status becomes known or changes, and `error` when asking starts
 * failing, through the provider's `onEvent`.
 */
export function useConsentStatus(options: UseConsentStatusOptions): UseConsentStatusResult {
  const context = useKinshipConfig();
  const emit = useEmitKinshipEvent();
  const config = options.privo ?? context.privo;
  if (!config) throw missingConfigError('privo', 'useConsentStatus');
  const { serviceId, intervalMs = DEFAULT_CONSENT_POLL_INTERVAL_MS } = options;
  const pollerOptions: ConsentStatusPollerOptions = {
    // No retries inside one ask: the poller is the retry loop, with its own backoff.
    fetchStatus: (id, { signal }) => getConsentStatus({ ...config, retry: 0 }, { serviceId: id }, { signal }),
    intervalMs,
    onStatusChange: (record) =>
      emit({ type: 'consent.status', serviceId: record.serviceId, status: record.status }),
    onError: (error, id) => {
      const failure = errorEvent(error, 'getConsentStatus', { serviceId: id });
      if (failure) emit(failure);
    },
  };
  const [poller] = useState(() => new ConsentStatusPoller(pollerOptions));
  // The latest config, interval and callbacks win without starting over.
  poller.setOptions(pollerOptions);
  const isVisible = useIsPageVisible();
  const isOffline = useIsOffline();
  const isActive = isVisible && !isOffline;
  useEffect(() => {
    poller.setActive(isActive);
  }, [poller, isActive]);
  useEffect(() => {
    poller.start(serviceId);
    return () => poller.stop();
  }, [poller, serviceId]);
  const stored = useSyncExternalStore(poller.subscribe, poller.getState, serverSnapshot);
  // Until the effect starts following a new id, the state is still the old id's: never show it.
  const state = stored.serviceId === serviceId ? stored : EMPTY;
  return {
    ...(state.record ? { status: state.record.status, record: state.record } : {}),
    ...(state.error ? { error: state.error } : {}),
    refresh: poller.refresh,
  };
}
