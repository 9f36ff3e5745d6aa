'use client';

import * as React from 'react';
import { joinClassNames } from '../hooks/internal/dom.js';
import { useKinshipConfig } from '../hooks/KinshipProvider.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { MessageKey } from '../i18n/index.js';

/** PRIVO consent request states (DOMAIN.md). */
export type ConsentStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'postponed';

/** How a status reads at a glance; styled through `data-tone`. */
export type IdentityStatusTone = 'success' | 'warning' | 'danger' | 'neutral';

/** Class name slots of `IdentityStatusBadge`. */
export interface IdentityStatusBadgeClassNames {
  /** The badge (`span`). */
  root?: string;
}

interface IdentityStatusBadgeBaseProps
  extends Omit<React.HTMLAttributes<HTMLSpanElement>, 'children' | 'className'> {
  /** Extra class names on the badge, after the kit's. */
  className?: string;
  /** Class names per slot, after the kit's. */
  classNames?: IdentityStatusBadgeClassNames;
  /** Leaves out the kit's class names (keeps `data-status` and `data-tone`). @default false */
  unstyled?: boolean;
}

/** Props of `IdentityStatusBadge`: either a Conomy identity `status` or a PRIVO `consentStatus`. */
export type IdentityStatusBadgeProps = IdentityStatusBadgeBaseProps &
  (
    | {
        /**
         * A Conomy identity status (`ACTIVE`, `PENDING_EMAIL_VALIDATION`, …). The set is open: an unknown
         * status renders as "Status: <value>", an empty one as "No status".
         */
        status: string | null | undefined;
        consentStatus?: never;
      }
    | {
        /** A PRIVO consent request state; an unknown value renders like an unknown identity status. */
        consentStatus: ConsentStatus | (string & {}) | null | undefined;
        status?: never;
      }
  );

const identityTones: Record<string, IdentityStatusTone> = {
  ACTIVE: 'success',
  PENDING: 'warning',
  PENDING_EMAIL_VALIDATION: 'warning',
  PENDING_PHONE_VALIDATION: 'warning',
  PENDING_2FA: 'warning',
  PENDING_VERIFICATION: 'warning',
  SCREENING: 'warning',
  BLOCKED: 'danger',
  FAILED_VERIFICATION: 'danger',
  INACTIVE: 'neutral',
};

const consentTones: Record<string, IdentityStatusTone> = {
  approved: 'success',
  pending: 'warning',
  postponed: 'warning',
  denied: 'danger',
  expired: 'neutral',
};

/** The tone of a status, `neutral` for unknown ones. */
export function identityStatusTone(
  status: string | null | undefined,
  kind: 'identity' | 'consent' = 'identity',
): IdentityStatusTone {
  const tones = kind === 'identity' ? identityTones : consentTones;
  const normalized = normalizeStatus(status, kind);
  return Object.hasOwn(tones, normalized) ? (tones[normalized] ?? 'neutral') : 'neutral';
}

function normalizeStatus(status: string | null | undefined, kind: 'identity' | 'consent'): string {
  const trimmed = typeof status === 'string' ? status.trim() : '';
  return kind === 'identity' ? trimmed.toUpperCase() : trimmed.toLowerCase();
}

/**
 * A localized, colour-coded label for a Conomy identity status or a PRIVO consent state. Unknown and
 * empty values render a fallback instead of failing. Style it through `data-tone` and `data-status`.
 */
export const IdentityStatusBadge = React.forwardRef<HTMLSpanElement, IdentityStatusBadgeProps>(
  function IdentityStatusBadge(props, ref) {
    const { status, consentStatus, className, classNames, unstyled = false, ...rest } = props;
    const translator = useTranslator();
    const { theme } = useKinshipConfig();
    const kind = 'consentStatus' in props && props.consentStatus !== undefined ? 'consent' : 'identity';
    const raw = kind === 'consent' ? consentStatus : status;
    const normalized = normalizeStatus(raw, kind);
    const prefix = kind === 'consent' ? 'consentStatus.' : 'status.';
    const key = `${prefix}${normalized}`;
    let label: string;
    if (!normalized) label = translator.t('badge.noStatus');
    else if (translator.has(key)) label = translator.t(key as MessageKey);
    else label = translator.t('status.unknown', { status: typeof raw === 'string' ? raw.trim() : '' });
    return (
      <span
        {...rest}
        ref={ref}
        className={joinClassNames(!unstyled && 'kinship-IdentityStatusBadge', classNames?.root, className)}
        data-status={normalized || undefined}
        data-kind={kind}
        data-tone={identityStatusTone(raw, kind)}
        data-kinship-theme={theme}
      >
        {label}
      </span>
    );
  },
);
