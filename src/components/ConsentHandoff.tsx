'use client';

import * as React from 'react';
import { type KinshipError, toKinshipError } from '../core/errors.js';
import { alertMessages } from '../core/form/alert.js';
import { safeConsentUrl } from '../core/privo.js';
import { joinClassNames, useIsomorphicLayoutEffect } from '../hooks/internal/dom.js';
import { useKinshipConfig } from '../hooks/KinshipProvider.js';
import { canResendConsent, useResendCooldown } from '../hooks/useAddChildFormCooldown.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { Translator } from '../i18n/index.js';
import { formatNodes } from './formatNodes.js';
import { type ConsentStatus, IdentityStatusBadge } from './IdentityStatusBadge.js';
import { QrCode } from './QrCode.js';

/** Class name slots of `ConsentHandoff` (added after the kit's own). */
export interface ConsentHandoffClassNames {
  /** The `<section>`. */
  root?: string;
  heading?: string;
  /** The consent status badge. */
  status?: string;
  /** The explanation under the heading. */
  message?: string;
  /** The link to the consent page (styled as the primary action). */
  link?: string;
  /** Wrapper of the link, copy and resend actions. */
  actions?: string;
  /** The copy-link button. */
  copy?: string;
  /** The consent URL as text (to copy by hand). */
  url?: string;
  /** The QR code `<svg>`. */
  qrCode?: string;
  /** The resend button. */
  resend?: string;
  /** Live feedback of copy and resend, and the resend wait. */
  feedback?: string;
  /** Resend failure message. */
  error?: string;
}

/** Props of `ConsentHandoff`. */
export interface ConsentHandoffProps {
  /**
   * The page where the parent gives consent (`result.consentUrl`). Shown as a link, a copy button
   * and a QR code only when it is an absolute http(s) URL; otherwise the parent is told to expect
   * an email.
   */
  consentUrl: string | null;
  /** PRIVO's consent request status. @default 'pending' */
  status?: ConsentStatus;
  /** The child's first name, shown in the heading (isolated with `<bdi>`). */
  childName?: string | null;
  /** The parent's email, named in the "you will receive an email" message when known. */
  parentEmail?: string | null;
  /**
   * Asks the host's backend to send the consent email again. When given, a "Resend to parent"
   * button appears (pending, postponed and expired requests). It runs with the kit's mutation
   * lifecycle (the one behind `useResendConsent`): one call at a time, its answer ignored once the
   * hand-off is gone; a rejection is shown as an error (with the kit's message for a
   * `KinshipError`, e.g. the wait a `rate-limited` one asks for). With PRIVO, pass
   * `() => resend.resendConsentAsync({ requesterServiceId, email })` from `useResendConsent`
   * (what `AddChildForm` does).
   */
  onResend?: () => Promise<void> | void;
  /** Wait after a resend before the next one is allowed, in milliseconds. @default 30000 */
  resendCooldownMs?: number;
  /** Level of the heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Moves focus to the heading when it appears (what `AddChildForm` does after a success). @default false */
  focusHeadingOnMount?: boolean;
  /** Extra class names on the root, after the kit's. */
  className?: string;
  /** Class names per slot, after the kit's. */
  classNames?: ConsentHandoffClassNames;
  /** Leaves out the kit's class names (keeps `data-*`). @default false */
  unstyled?: boolean;
}

// The resend button's `data-state`, named as before the mutation lifecycle (a styling hook).
const RESEND_STATE = { idle: 'idle', pending: 'sending', success: 'sent', error: 'failed' } as const;
const SHOWS_LINK: ReadonlySet<string> = new Set(['pending', 'postponed']);
type CopyFeedback = { kind: 'copied' | 'failed'; attempt: number } | null;

// Rejections of the host's `onResend` that were not a `KinshipError`: only "could not resend" is
// said for them, as the kit cannot tell what went wrong.
const hostFailures = new WeakSet<KinshipError>();

/**
 * Internal (the hand-off and `FamilyPanel`): what a failed resend says: "Could not resend", then
 * the kit's wording of the error (nothing more for a host's own non-`KinshipError` rejection).
 */
export function resendErrorLines(translator: Translator, error: KinshipError | undefined): React.ReactNode[] {
  if (!error) return [];
  return [
    translator.t('consent.resendFailed'),
    ...(hostFailures.has(error)
      ? []
      : alertMessages(error, false).map((line) =>
          translator.has(line.key)
            ? formatNodes(translator, line.key, line.values)
            : translator.t('error.server'),
        )),
  ];
}

/**
 * What the parent must do next after a child account is created: the consent status, and for a
 * pending request a link that opens PRIVO's consent page in a new tab, a copy-link button and a QR
 * code to scan with a phone; with no safe link, that an email is on its way. With `onResend`, a
 * rate-limited "Resend to parent" action. Nothing is pre-ticked and no action is bigger than another.
 */
export const ConsentHandoff = React.forwardRef<HTMLElement, ConsentHandoffProps>(
  function ConsentHandoff(props, ref) {
    const {
      consentUrl,
      status = 'pending',
      childName,
      parentEmail,
      onResend,
      resendCooldownMs = 30_000,
      headingLevel = 2,
      focusHeadingOnMount = false,
      className,
      classNames = {},
      unstyled = false,
    } = props;
    const translator = useTranslator();
    const { theme } = useKinshipConfig();
    const { t } = translator;
    const baseId = `kinship-consent-${React.useId().replace(/[^\w-]/g, '')}`;
    const headingRef = React.useRef<HTMLHeadingElement>(null);
    const isMounted = React.useRef(false);
    const [copyFeedback, setCopyFeedback] = React.useState<CopyFeedback>(null);
    const {
      resend: resendOnce,
      state: resendState,
      cooldown,
      isBlocked: isResendBlocked,
    } = useResendCooldown(
      () =>
        Promise.resolve(onResend?.()).catch((caught: unknown) => {
          const error = toKinshipError(caught);
          if (error !== caught) hostFailures.add(error);
          throw error;
        }),
      resendCooldownMs,
    );
    const cx = (kit: string, slot: string | undefined) => joinClassNames(!unstyled && kit, slot);

    // Re-checked here even though the core filters it: `javascript:`, `data:` and friends never become links.
    const url = safeConsentUrl(consentUrl);
    const showsLink = SHOWS_LINK.has(status);
    const name = typeof childName === 'string' && childName.trim() !== '' ? childName.trim() : null;
    const email = typeof parentEmail === 'string' && parentEmail.trim() !== '' ? parentEmail.trim() : null;

    // Focus goes to the heading only when the hand-off appears, not when the prop changes later.
    const shouldFocusOnMount = React.useRef(focusHeadingOnMount);
    useIsomorphicLayoutEffect(() => {
      isMounted.current = true;
      if (shouldFocusOnMount.current) headingRef.current?.focus();
      return () => {
        isMounted.current = false;
      };
    }, []);

    const copy = async () => {
      if (!url) return;
      const attempt = (copyFeedback?.attempt ?? 0) + 1;
      let kind: 'copied' | 'failed' = 'failed';
      try {
        if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
          await navigator.clipboard.writeText(url);
          kind = 'copied';
        }
      } catch {
        kind = 'failed';
      }
      if (isMounted.current) setCopyFeedback({ kind, attempt });
    };

    const isResending = resendState.status === 'pending';
    const resend = () => {
      if (onResend) resendOnce();
    };

    const Heading = `h${headingLevel}` as 'h2';
    const headingId = `${baseId}-heading`;

    let message: React.ReactNode;
    if (status === 'approved') message = t('consent.approved');
    else if (status === 'denied') message = t('consent.denied');
    else if (status === 'expired') message = t('consent.expired');
    else if (url) message = t('consent.intro');
    else if (email) message = formatNodes(translator, 'consent.email.to', { email });
    else message = t('consent.email');

    const errorLines = resendErrorLines(translator, resendState.error);

    return (
      <section
        ref={ref}
        className={cx('kinship-ConsentHandoff', joinClassNames(classNames.root, className))}
        aria-labelledby={headingId}
        data-status={status}
        data-link={url && showsLink ? 'available' : 'none'}
        data-kinship-theme={theme}
      >
        <Heading
          ref={headingRef}
          id={headingId}
          tabIndex={-1}
          className={cx('kinship-ConsentHandoff-heading', classNames.heading)}
        >
          {name ? formatNodes(translator, 'consent.heading.named', { name }) : t('consent.heading')}
        </Heading>
        <IdentityStatusBadge consentStatus={status} unstyled={unstyled} className={classNames.status} />
        <p className={cx('kinship-ConsentHandoff-message', classNames.message)}>{message}</p>
        {url && showsLink ? (
          <div className={cx('kinship-ConsentHandoff-body', undefined)}>
            <div className={cx('kinship-ConsentHandoff-actions', classNames.actions)}>
              <a
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                className={cx('kinship-ConsentHandoff-link', classNames.link)}
              >
                {t('consent.link')}
              </a>
              <button
                type="button"
                onClick={copy}
                className={cx('kinship-ConsentHandoff-copy', classNames.copy)}
              >
                {t('consent.copy')}
              </button>
            </div>
            <output
              className={cx('kinship-ConsentHandoff-feedback', classNames.feedback)}
              aria-live="polite"
              data-state={copyFeedback?.kind}
            >
              {copyFeedback ? (
                <span key={copyFeedback.attempt}>
                  {t(copyFeedback.kind === 'copied' ? 'consent.copied' : 'consent.copyFailed')}
                </span>
              ) : null}
            </output>
            {/* The URL as text, to copy by hand when the clipboard is refused. Always left to right. */}
            <p className={cx('kinship-ConsentHandoff-url', classNames.url)} dir="ltr">
              {url}
            </p>
            <QrCode value={url} label={t('consent.qr')} unstyled={unstyled} className={classNames.qrCode} />
          </div>
        ) : null}
        {onResend && canResendConsent(status) ? (
          <div className={cx('kinship-ConsentHandoff-resendGroup', undefined)}>
            <button
              type="button"
              onClick={resend}
              aria-disabled={isResendBlocked ? true : undefined}
              aria-busy={isResending ? true : undefined}
              aria-describedby={cooldown.isCoolingDown ? `${baseId}-wait` : undefined}
              className={cx('kinship-ConsentHandoff-resend', classNames.resend)}
              data-state={RESEND_STATE[resendState.status]}
            >
              {t('consent.resend')}
            </button>
            {cooldown.isCoolingDown ? (
              <span id={`${baseId}-wait`} className={cx('kinship-ConsentHandoff-wait', classNames.feedback)}>
                {t('consent.resend.wait', { seconds: cooldown.remainingSeconds })}
              </span>
            ) : null}
            <output className={cx('kinship-ConsentHandoff-feedback', classNames.feedback)} aria-live="polite">
              {resendState.status === 'success' ? t('consent.resent') : null}
            </output>
            <div role="alert" className={cx('kinship-ConsentHandoff-error', classNames.error)}>
              {errorLines.map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once per error
                <p key={index}>{line}</p>
              ))}
            </div>
          </div>
        ) : null}
      </section>
    );
  },
);
