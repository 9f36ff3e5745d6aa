'use client';

import * as React from 'react';
import { alertMessages } from '../core/alert.js';
import type { ConomyConfig } from '../core/conomy.js';
import type { KinshipError } from '../core/errors.js';
import type { AddChildFormValues } from '../core/form/index.js';
import type { ServiceConfig } from '../core/http.js';
import { createIdentitySearch } from '../core/picker/identitySearch.js';
import type { LoadCandidates } from '../core/picker/index.js';
import type { AddChildAccountResult, Identity, IdentityChild } from '../core/schemas.js';
import { joinClassNames } from '../hooks/internal/dom.js';
import { useKinshipConfig } from '../hooks/KinshipProvider.js';
import { canResendConsent, useResendCooldown } from '../hooks/useAddChildFormCooldown.js';
import { useChildren } from '../hooks/useChildren.js';
import { useConsentStatus } from '../hooks/useConsentStatus.js';
import { useIsOffline } from '../hooks/useIsOffline.js';
import { useRemoveChildren } from '../hooks/useRemoveChildren.js';
import { useResendConsent } from '../hooks/useResendConsent.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import {
  AddChildDialog,
  type AddChildDialogAccountProps,
  type AddChildDialogLinkProps,
} from './AddChildDialog.js';
import { resendErrorLines } from './ConsentHandoff.js';
import { IdentityStatusBadge } from './IdentityStatusBadge.js';
import { DialogLoadError, useDialogParts } from './lazyDialog.js';

/** A child account the host knows (created with `AddChildForm`, or stored by the host). */
export interface FamilyPanelAccount {
  /** PRIVO's service id of the child (`result.entity.serviceId`). */
  serviceId: string;
  /** The child's first name, shown in the list (isolated with `<bdi>`). */
  firstName?: string | null;
  /** The parent's email: where "Resend to parent" sends the consent email. Without it, no resend. */
  parentEmail?: string | null;
}

/** Class name slots of `FamilyPanel` (added after the kit's own `kinship-FamilyPanel-<slot>`). */
export interface FamilyPanelClassNames {
  /** The root `<section>`. */
  root?: string;
  /** The panel's heading. */
  heading?: string;
  /** The "you are offline" note. */
  offline?: string;
  /** One side of the panel (`data-section="linked" | "accounts"`), a `<section>`. */
  section?: string;
  /** Holds a side's heading and its add or link button. */
  sectionHeader?: string;
  sectionHeading?: string;
  /** "Link children" (opens the picker in a dialog). */
  linkTrigger?: string;
  /** "Add a child" (opens the account form in a dialog). */
  addTrigger?: string;
  /** Loading and empty texts (`data-state="loading" | "empty"`). */
  message?: string;
  /** A side's load error (`role="alert"`), with its retry. */
  alert?: string;
  retry?: string;
  /** The `<ul>` of a side. */
  list?: string;
  /** One child (`<li>`, `data-child-id` or `data-service-id`). */
  item?: string;
  /** Holds the name and the details. */
  itemText?: string;
  name?: string;
  /** The child's email, or the parent's for an account. */
  details?: string;
  /** The status badge. */
  status?: string;
  /** Holds a row's buttons and messages. */
  actions?: string;
  /** A row's "Unlink" button. */
  unlink?: string;
  /** A row's "Resend to parent" button. */
  resend?: string;
  /** The resend wait, and "could not check the consent status". */
  note?: string;
  /** A row's polite feedback (resent). */
  feedback?: string;
  /** A row's resend failure (`role="alert"`). */
  error?: string;
  /** The unlink confirmation's backdrop. */
  dialogOverlay?: string;
  /** The unlink confirmation (`role="alertdialog"`). */
  dialog?: string;
  dialogTitle?: string;
  dialogDescription?: string;
  /** Row of Cancel and Unlink in the confirmation. */
  dialogActions?: string;
  cancel?: string;
  confirm?: string;
  /** The confirmation's failure and offline messages (`role="alert"`). */
  dialogError?: string;
}

/** Props of `FamilyPanel`. */
export interface FamilyPanelProps {
  /**
   * The parent's Conomy identity: its linked children are listed with "Link children" and an
   * "Unlink" per child. Without it the panel has no Conomy side.
   */
  identityId?: string;
  /**
   * The child accounts the host knows (PRIVO side), each with its live consent status and "Resend
   * to parent", plus "Add a child". Without it (`undefined`) the panel has no PRIVO side; `[]`
   * shows the side empty.
   */
  accounts?: readonly FamilyPanelAccount[];
  /**
   * Called once "Add a child" created an account, with the account to add to `accounts` (its
   * service id, first name and the parent's email) and PRIVO's answer. Not called when PRIVO's
   * answer named no service id (nothing to follow).
   */
  onAccountCreated?: (account: FamilyPanelAccount, result: AddChildAccountResult) => void;
  /** Called with the updated parent identity after "Link children" linked some. */
  onLinked?: (identity: Identity) => void;
  /** Called with the updated parent identity and the unlinked ids after an unlink. */
  onUnlinked?: (identity: Identity, children: string[]) => void;
  /**
   * The identities "Link children" offers, searched in the browser (`ChildPicker`'s `candidates`;
   * keep the array stable). Their `status` also shows on the linked children. Without it and
   * `loadCandidates`, the picker searches Conomy (`createIdentitySearch`).
   */
  candidates?: readonly Identity[];
  /** Server search for "Link children" (`ChildPicker`'s `loadCandidates`). */
  loadCandidates?: LoadCandidates;
  /** The parent's email for "Add a child" (sent, not asked), when the host knows it. */
  parentEmail?: string;
  /** Overrides the provider's Conomy config. */
  conomy?: ConomyConfig;
  /** Overrides the provider's PRIVO config. */
  privo?: ServiceConfig;
  /** How often each account's consent status is asked (`useConsentStatus`), in ms. @default 5000 */
  consentPollIntervalMs?: number;
  /** Wait after a resend before the next one for the same child, in ms. @default 30000 */
  resendCooldownMs?: number;
  /** Level of the panel's heading; each side's heading is one level below. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /** The panel's heading. @default the catalogue's `familyPanel.heading` */
  title?: React.ReactNode;
  /** More props of the "Add a child" dialog (`AddChildDialog` with `flow="account"`: `ageInput`, `roles`, `fields`…). */
  accountDialogProps?: Omit<
    AddChildDialogAccountProps,
    'flow' | 'onCreated' | 'parentEmail' | 'privo' | 'unstyled' | 'container'
  > & { onCreated?: AddChildDialogAccountProps['onCreated'] };
  /** More props of the "Link children" dialog (`AddChildDialog` with `flow="link"`). */
  linkDialogProps?: Omit<
    AddChildDialogLinkProps,
    | 'flow'
    | 'identityId'
    | 'candidates'
    | 'loadCandidates'
    | 'linkedChildIds'
    | 'onLinked'
    | 'conomy'
    | 'unstyled'
    | 'container'
  >;
  /**
   * Where the dialogs are portalled. @default document.body. Give an element inside your
   * `data-kinship-theme` / `dir` wrapper if you set those below `<html>`.
   */
  container?: HTMLElement | null;
  /** Extra class names on the root, after the kit's. */
  className?: string;
  /** Class names per part, after the kit's. */
  classNames?: FamilyPanelClassNames;
  /** Leaves out the kit's class names, in the panel and in the dialogs it opens (keeps `data-*`). @default false */
  unstyled?: boolean;
}

type Slot = keyof FamilyPanelClassNames;
type ClassFor = (slot: Slot) => string | undefined;

interface PanelContext {
  cx: ClassFor;
  translator: Translator;
  isOffline: boolean;
  announce: (text: string) => void;
  headingLevel: number;
}

/** The lines saying what went wrong, as every part of the kit words them. */
function errorLines(translator: Translator, error: KinshipError, isOffline: boolean): string[] {
  return alertMessages(error, isOffline).map((line) =>
    translator.has(line.key) ? translator.t(line.key, line.values) : translator.t('error.server'),
  );
}

function childName(child: IdentityChild, translator: Translator): string {
  const name = typeof child.name === 'string' ? child.name.trim() : '';
  return name || translator.t('picker.unnamed', { id: child.id });
}

function accountName(account: FamilyPanelAccount, translator: Translator): string {
  const name = typeof account.firstName === 'string' ? account.firstName.trim() : '';
  return name || translator.t('familyPanel.accounts.unnamed');
}

const PLACEHOLDER = '\u0000';

/** Formats a message whose `{name}` (or other value) is a node (a `<bdi>`), keeping the rest as text. */
function withNode(translator: Translator, key: MessageKey, name: string, variable = 'name'): React.ReactNode {
  const parts = translator.t(key, { [variable]: PLACEHOLDER }).split(PLACEHOLDER);
  return parts.map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed message, never reordered
    <React.Fragment key={index}>
      {index > 0 ? <bdi>{name}</bdi> : null}
      {part}
    </React.Fragment>
  ));
}

/** A heading at a level between 2 and 6. */
const Heading = React.forwardRef<
  HTMLHeadingElement,
  React.HTMLAttributes<HTMLHeadingElement> & { level: number }
>(function Heading({ level, ...props }, ref) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  return <Tag ref={ref} {...props} />;
});

// ---------------------------------------------------------------------------------------------
// Conomy side: the linked children, "Link children", "Unlink" behind a confirmation.
// ---------------------------------------------------------------------------------------------

interface LinkedChildrenProps {
  panel: PanelContext;
  identityId: string;
  conomy: ConomyConfig | undefined;
  candidates: readonly Identity[] | undefined;
  loadCandidates: LoadCandidates | undefined;
  onLinked: FamilyPanelProps['onLinked'];
  onUnlinked: FamilyPanelProps['onUnlinked'];
  linkDialogProps: FamilyPanelProps['linkDialogProps'];
  container: HTMLElement | null | undefined;
  unstyled: boolean;
}

function LinkedChildren(props: LinkedChildrenProps) {
  const { panel, identityId, conomy, candidates, loadCandidates, onLinked, onUnlinked, container, unstyled } =
    props;
  const { cx, translator, isOffline, announce } = panel;
  const { t } = translator;
  const context = useKinshipConfig();
  const { theme } = context;
  const headingId = `kinship-family-${React.useId().replace(/[^\w-]/g, '')}`;
  const list = useChildren({ identityId, ...(conomy ? { conomy } : {}) });

  // The answer of a link or unlink is the parent as it is now: shown until the next load replaces it.
  const [answered, setAnswered] = React.useState<{ base: Identity | undefined; identity: Identity } | null>(
    null,
  );
  const current = answered && answered.base === list.data ? answered.identity : undefined;
  const children: readonly IdentityChild[] = current ? current.children : list.children;

  const statusById = React.useMemo(() => {
    const map = new Map<string, string>();
    for (const identity of candidates ?? []) {
      if (typeof identity.status === 'string') map.set(identity.id, identity.status);
    }
    return map;
  }, [candidates]);

  const config = conomy ?? context.conomy;
  const defaultSearch = React.useMemo(
    () => (candidates || loadCandidates || !config ? undefined : createIdentitySearch(config)),
    [candidates, loadCandidates, config],
  );

  // Unlink: one confirmation for the whole list, open while `target` is set.
  const [target, setTarget] = React.useState<IdentityChild | null>(null);
  const unlinkButtons = React.useRef(new Map<string, HTMLButtonElement>());
  const linkTrigger = React.useRef<HTMLButtonElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const cancelRef = React.useRef<HTMLButtonElement>(null);
  const returnFocusTo = React.useRef<() => HTMLElement | null | undefined>(() => null);
  const remove = useRemoveChildren({ identityId, ...(conomy ? { conomy } : {}) });
  const { reset: resetRemove } = remove;
  // Radix Dialog arrives on demand: on intent (an Unlink button hovered, focused or pressed) or when
  // the confirmation opens.
  const { Dialog, failed: dialogFailed, load: loadDialog } = useDialogParts(target !== null);

  const open = (child: IdentityChild) => {
    resetRemove();
    returnFocusTo.current = () => unlinkButtons.current.get(child.id);
    setTarget(child);
  };

  const close = () => {
    if (remove.isPending) return;
    setTarget(null);
    resetRemove();
  };

  const confirm = async () => {
    if (!target || remove.isPending || isOffline) return;
    const ids = children.map((child) => child.id);
    const index = ids.indexOf(target.id);
    let identity: Identity;
    try {
      identity = await remove.removeChildrenAsync([target.id]);
    } catch {
      return; // the dialog shows the error (the hook's state)
    }
    const remaining = new Set(identity.children.map((child) => child.id));
    // Focus goes to the row that takes the removed one's place: the next, else the previous, else
    // "Link children" (the list is empty), else the side's heading.
    const neighbour =
      ids.slice(index + 1).find((id) => remaining.has(id)) ??
      ids
        .slice(0, Math.max(0, index))
        .reverse()
        .find((id) => remaining.has(id));
    returnFocusTo.current = () =>
      (neighbour ? unlinkButtons.current.get(neighbour) : undefined) ??
      linkTrigger.current ??
      headingRef.current;
    setAnswered({ base: list.data, identity });
    announce(t('familyPanel.linked.unlinked', { name: childName(target, translator) }));
    setTarget(null);
    resetRemove();
    onUnlinked?.(identity, [target.id]);
  };

  const linked = (identity: Identity) => {
    setAnswered({ base: list.data, identity });
    onLinked?.(identity);
  };

  const isLoading = list.status === 'pending' && !current;
  const hasList = children.length > 0;
  const targetName = target ? childName(target, translator) : '';

  return (
    <section
      className={cx('section')}
      data-section="linked"
      data-status={list.status}
      aria-labelledby={headingId}
      aria-busy={isLoading ? true : undefined}
    >
      <div className={cx('sectionHeader')}>
        <Heading
          level={panel.headingLevel + 1}
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          className={cx('sectionHeading')}
        >
          {t('familyPanel.linked.heading')}
        </Heading>
        <AddChildDialog
          {...props.linkDialogProps}
          flow="link"
          identityId={identityId}
          {...(candidates ? { candidates } : {})}
          {...(loadCandidates ? { loadCandidates } : defaultSearch ? { loadCandidates: defaultSearch } : {})}
          linkedChildIds={children.map((child) => child.id)}
          onLinked={linked}
          {...(conomy ? { conomy } : {})}
          {...(container ? { container } : {})}
          unstyled={unstyled}
          trigger={
            <button type="button" ref={linkTrigger} className={cx('linkTrigger')} data-kinship-theme={theme}>
              {t('dialog.link.trigger')}
            </button>
          }
        />
      </div>
      {isLoading ? (
        <p role="status" className={cx('message')} data-state="loading">
          {t('familyPanel.linked.loading')}
        </p>
      ) : null}
      {list.status === 'error' && list.error && !current ? (
        <div role="alert" className={cx('alert')} data-kind={list.error.kind}>
          <p>{t('familyPanel.linked.loadFailed')}</p>
          {errorLines(translator, list.error, isOffline).map((line) => (
            <p key={line}>{line}</p>
          ))}
          <button
            type="button"
            className={cx('retry')}
            aria-disabled={isOffline ? true : undefined}
            onClick={() => {
              if (!isOffline) list.refresh();
            }}
          >
            {t('error.retry')}
          </button>
        </div>
      ) : null}
      {!isLoading && !hasList && (list.status === 'success' || current) ? (
        <p className={cx('message')} data-state="empty">
          {t('familyPanel.linked.empty')}
        </p>
      ) : null}
      {hasList ? (
        <ul className={cx('list')} aria-labelledby={headingId}>
          {children.map((child) => {
            const name = childName(child, translator);
            const status = typeof child.status === 'string' ? child.status : statusById.get(child.id);
            const email = typeof child.email === 'string' && child.email.trim() ? child.email.trim() : null;
            return (
              <li key={child.id} className={cx('item')} data-child-id={child.id}>
                <div className={cx('itemText')}>
                  <span className={cx('name')}>
                    <bdi>{name}</bdi>
                  </span>
                  {email ? (
                    <span className={cx('details')}>
                      <bdi>{email}</bdi>
                    </span>
                  ) : null}
                </div>
                {status ? (
                  <IdentityStatusBadge status={status} unstyled={unstyled} className={cx('status')} />
                ) : null}
                <div className={cx('actions')}>
                  <button
                    type="button"
                    ref={(element) => {
                      if (element) unlinkButtons.current.set(child.id, element);
                      else unlinkButtons.current.delete(child.id);
                    }}
                    className={cx('unlink')}
                    aria-label={t('familyPanel.linked.unlinkNamed', { name })}
                    aria-haspopup="dialog"
                    onPointerEnter={loadDialog}
                    onPointerDown={loadDialog}
                    onFocus={loadDialog}
                    onClick={() => open(child)}
                  >
                    {t('familyPanel.unlink.confirm')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {dialogFailed ? (
        <DialogLoadError className={cx('dialogError')} retryClassName={cx('retry')} onRetry={loadDialog} />
      ) : null}
      {Dialog ? (
        <Dialog.Root
          open={target !== null}
          onOpenChange={(next) => {
            if (!next) close();
          }}
        >
          <Dialog.Portal {...(container ? { container } : {})}>
            <Dialog.Overlay className={cx('dialogOverlay')} data-kinship-theme={theme} />
            <Dialog.Content
              role="alertdialog"
              className={cx('dialog')}
              data-kinship-theme={theme}
              data-status={remove.status}
              // The destructive action is never pre-focused: Cancel is.
              onOpenAutoFocus={(event) => {
                event.preventDefault();
                cancelRef.current?.focus();
              }}
              onCloseAutoFocus={(event) => {
                event.preventDefault();
                returnFocusTo.current()?.focus();
              }}
              // An alert dialog asks for an answer: a click outside does not dismiss it.
              onInteractOutside={(event) => event.preventDefault()}
              onEscapeKeyDown={(event) => {
                if (remove.isPending) event.preventDefault();
              }}
            >
              <Dialog.Title className={cx('dialogTitle')}>
                {withNode(translator, 'familyPanel.unlink.title', targetName)}
              </Dialog.Title>
              <Dialog.Description className={cx('dialogDescription')}>
                {withNode(translator, 'familyPanel.unlink.description', targetName)}
              </Dialog.Description>
              <div role="alert" className={cx('dialogError')} data-kind={remove.error?.kind}>
                {remove.error ? (
                  <>
                    <p>{t('familyPanel.unlink.failed', { name: targetName })}</p>
                    {errorLines(translator, remove.error, isOffline).map((line) => (
                      <p key={line}>{line}</p>
                    ))}
                  </>
                ) : isOffline ? (
                  <p>{t('error.offline')}</p>
                ) : null}
              </div>
              {/* Same size and weight for both answers (UK Children's Code: no nudge towards either). */}
              <div className={cx('dialogActions')}>
                <button
                  type="button"
                  ref={cancelRef}
                  className={cx('cancel')}
                  aria-disabled={remove.isPending ? true : undefined}
                  onClick={close}
                >
                  {t('familyPanel.unlink.cancel')}
                </button>
                <button
                  type="button"
                  className={cx('confirm')}
                  aria-disabled={remove.isPending || isOffline ? true : undefined}
                  aria-busy={remove.isPending ? true : undefined}
                  onClick={confirm}
                >
                  {remove.isPending ? t('familyPanel.unlink.pending') : t('familyPanel.unlink.confirm')}
                </button>
              </div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// PRIVO side: the child accounts, their live consent status, "Resend to parent", "Add a child".
// ---------------------------------------------------------------------------------------------

interface AccountRowProps {
  panel: PanelContext;
  account: FamilyPanelAccount;
  privo: ServiceConfig | undefined;
  intervalMs: number;
  resendCooldownMs: number;
  unstyled: boolean;
}

function AccountRow({ panel, account, privo, intervalMs, resendCooldownMs, unstyled }: AccountRowProps) {
  const { cx, translator, isOffline, announce } = panel;
  const { t } = translator;
  const baseId = `kinship-account-${React.useId().replace(/[^\w-]/g, '')}`;
  const consent = useConsentStatus({
    serviceId: account.serviceId,
    ...(privo ? { privo } : {}),
    intervalMs,
  });
  const { resendConsentAsync } = useResendConsent(privo ? { privo } : {});
  const parentEmail =
    typeof account.parentEmail === 'string' && account.parentEmail.trim() ? account.parentEmail.trim() : null;
  const resend = useResendCooldown(
    () => resendConsentAsync({ requesterServiceId: account.serviceId, email: parentEmail ?? undefined }),
    resendCooldownMs,
  );
  const name = accountName(account, translator);
  const status = consent.status;

  // Nothing known yet (no answer, or no webhook so far): the request is pending until PRIVO says otherwise.
  const shownStatus = status ?? 'pending';
  // One announcement per change of what the badge shows, never for a poll that changed nothing.
  // The first answer after mounting is not a change the user saw happen (a page of approved
  // accounts must not announce each one): changes count once a status was known, or once a whole
  // interval passed (a 404 is "nothing known", indistinguishable from no answer yet).
  const shown = React.useRef(shownStatus);
  const isSettled = React.useRef(false);
  React.useEffect(() => {
    const timer = setTimeout(() => {
      isSettled.current = true;
    }, intervalMs);
    return () => clearTimeout(timer);
  }, [intervalMs]);
  React.useEffect(() => {
    const wasSettled = isSettled.current;
    if (status !== undefined) isSettled.current = true;
    if (shownStatus === shown.current) return;
    shown.current = shownStatus;
    if (!wasSettled) return;
    const key = `consentStatus.${shownStatus.trim().toLowerCase()}`;
    const label = translator.has(key)
      ? translator.t(key)
      : translator.t('status.unknown', { status: shownStatus });
    announce(translator.t('familyPanel.accounts.statusChanged', { name, status: label }));
  }, [shownStatus, status, name, translator, announce]);

  // Asking goes on after a failure (with a growing wait): say so only while nothing is known.
  const statusError = status === undefined ? consent.error : undefined;
  const canResend = parentEmail !== null && canResendConsent(status);
  const isBlocked = resend.isBlocked || isOffline;

  return (
    <li className={cx('item')} data-service-id={account.serviceId} data-consent-status={shownStatus}>
      <div className={cx('itemText')}>
        <span className={cx('name')}>
          <bdi>{name}</bdi>
        </span>
        {parentEmail ? (
          <span className={cx('details')}>
            {withNode(translator, 'familyPanel.accounts.parentEmail', parentEmail, 'email')}
          </span>
        ) : null}
      </div>
      <IdentityStatusBadge consentStatus={shownStatus} unstyled={unstyled} className={cx('status')} />
      <div className={cx('actions')}>
        {statusError ? (
          <span className={cx('note')} data-kind={statusError.kind}>
            {t('familyPanel.accounts.statusFailed')}{' '}
            <button
              type="button"
              className={cx('retry')}
              aria-disabled={isOffline ? true : undefined}
              onClick={() => {
                if (!isOffline) consent.refresh();
              }}
            >
              {t('error.retry')}
            </button>
          </span>
        ) : null}
        {canResend ? (
          <>
            <button
              type="button"
              className={cx('resend')}
              aria-label={t('familyPanel.accounts.resendNamed', { name })}
              aria-disabled={isBlocked ? true : undefined}
              aria-busy={resend.state.status === 'pending' ? true : undefined}
              aria-describedby={resend.cooldown.isCoolingDown ? `${baseId}-wait` : undefined}
              data-state={resend.state.status}
              onClick={() => {
                if (!isOffline) resend.resend();
              }}
            >
              {t('consent.resend')}
            </button>
            {resend.cooldown.isCoolingDown ? (
              <span id={`${baseId}-wait`} className={cx('note')}>
                {t('consent.resend.wait', { seconds: resend.cooldown.remainingSeconds })}
              </span>
            ) : null}
            <output className={cx('feedback')} aria-live="polite">
              {resend.state.status === 'success' ? t('consent.resent') : null}
            </output>
            <div role="alert" className={cx('error')}>
              {resendErrorLines(translator, resend.state.error).map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once per error
                <p key={index}>{line}</p>
              ))}
            </div>
          </>
        ) : null}
      </div>
    </li>
  );
}

interface ChildAccountsProps {
  panel: PanelContext;
  accounts: readonly FamilyPanelAccount[];
  privo: ServiceConfig | undefined;
  parentEmail: string | undefined;
  onAccountCreated: FamilyPanelProps['onAccountCreated'];
  accountDialogProps: FamilyPanelProps['accountDialogProps'];
  intervalMs: number;
  resendCooldownMs: number;
  container: HTMLElement | null | undefined;
  unstyled: boolean;
}

function ChildAccounts(props: ChildAccountsProps) {
  const { panel, accounts, privo, parentEmail, onAccountCreated, container, unstyled } = props;
  const { cx, translator } = panel;
  const { t } = translator;
  const { theme } = useKinshipConfig();
  const headingId = `kinship-family-${React.useId().replace(/[^\w-]/g, '')}`;
  // The parent's email typed in the form (when the host did not give one), for the new account.
  const typedParentEmail = React.useRef<string | undefined>(undefined);
  const {
    onCreated: hostOnCreated,
    stateReducer: hostStateReducer,
    ...dialogProps
  } = props.accountDialogProps ?? {};

  const stateReducer = React.useCallback<NonNullable<AddChildDialogAccountProps['stateReducer']>>(
    (state, actionAndChanges) => {
      const next = hostStateReducer ? hostStateReducer(state, actionAndChanges) : actionAndChanges.changes;
      const values: Partial<AddChildFormValues> = next.values;
      typedParentEmail.current = values.parentEmail?.trim() || undefined;
      return next;
    },
    [hostStateReducer],
  );

  const created = (result: AddChildAccountResult) => {
    hostOnCreated?.(result);
    const serviceId = result.entity.serviceId ?? result.entity.id;
    if (!serviceId) return;
    const email = parentEmail ?? typedParentEmail.current;
    onAccountCreated?.(
      {
        serviceId,
        firstName: result.entity.firstName ?? null,
        ...(email ? { parentEmail: email } : {}),
      },
      result,
    );
  };

  return (
    <section className={cx('section')} data-section="accounts" aria-labelledby={headingId}>
      <div className={cx('sectionHeader')}>
        <Heading level={panel.headingLevel + 1} id={headingId} className={cx('sectionHeading')}>
          {t('familyPanel.accounts.heading')}
        </Heading>
        <AddChildDialog
          {...dialogProps}
          flow="account"
          {...(parentEmail ? { parentEmail } : {})}
          {...(privo ? { privo } : {})}
          {...(container ? { container } : {})}
          stateReducer={stateReducer}
          onCreated={created}
          unstyled={unstyled}
          trigger={
            <button type="button" className={cx('addTrigger')} data-kinship-theme={theme}>
              {t('dialog.account.trigger')}
            </button>
          }
        />
      </div>
      {accounts.length === 0 ? (
        <p className={cx('message')} data-state="empty">
          {t('familyPanel.accounts.empty')}
        </p>
      ) : (
        <ul className={cx('list')} aria-labelledby={headingId}>
          {accounts.map((account) => (
            <AccountRow
              key={account.serviceId}
              panel={panel}
              account={account}
              privo={privo}
              intervalMs={props.intervalMs}
              resendCooldownMs={props.resendCooldownMs}
              unstyled={unstyled}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * A parent's children in one place. Conomy side (`identityId`): the linked children with their
 * status, "Link children" (the picker in a dialog) and "Unlink" per child behind a confirmation
 * (focus then goes to the neighbouring row). PRIVO side (`accounts`): each child account with its
 * live consent status (changes announced politely), "Resend to parent" with a wait, and "Add a
 * child" (the account form in a dialog). Loading, empty, error (with a retry) and offline states;
 * a long list grows with the page.
 */
export const FamilyPanel = React.forwardRef<HTMLElement, FamilyPanelProps>(function FamilyPanel(props, ref) {
  const {
    identityId,
    accounts,
    onAccountCreated,
    onLinked,
    onUnlinked,
    candidates,
    loadCandidates,
    parentEmail,
    conomy,
    privo,
    consentPollIntervalMs = 5000,
    resendCooldownMs = 30_000,
    headingLevel = 2,
    title,
    accountDialogProps,
    linkDialogProps,
    container,
    className,
    classNames,
    unstyled = false,
  } = props;
  const translator = useTranslator();
  const { theme } = useKinshipConfig();
  const isOffline = useIsOffline();
  const headingId = `kinship-family-${React.useId().replace(/[^\w-]/g, '')}`;
  const [announcement, setAnnouncement] = React.useState<{ text: string; count: number } | null>(null);
  const announce = React.useCallback(
    (text: string) => setAnnouncement((previous) => ({ text, count: (previous?.count ?? 0) + 1 })),
    [],
  );
  const cx: ClassFor = (slot) =>
    joinClassNames(!unstyled && `kinship-FamilyPanel-${slot}`, classNames?.[slot]);
  const panel: PanelContext = { cx, translator, isOffline, announce, headingLevel };

  return (
    <section
      ref={ref}
      className={joinClassNames(!unstyled && 'kinship-FamilyPanel', classNames?.root, className)}
      aria-labelledby={headingId}
      data-offline={isOffline ? '' : undefined}
      data-kinship-theme={theme}
    >
      <Heading level={headingLevel} id={headingId} className={cx('heading')}>
        {title ?? translator.t('familyPanel.heading')}
      </Heading>
      {isOffline ? (
        <p className={cx('offline')} data-state="offline">
          {translator.t('familyPanel.offline')}
        </p>
      ) : null}
      {/* Present from the start and hidden by inline style (unstyled too): consent changes and
          unlinks are announced here, once each. */}
      <div role="status" aria-live="polite" style={VISUALLY_HIDDEN}>
        {announcement ? <span key={announcement.count}>{announcement.text}</span> : null}
      </div>
      {identityId !== undefined ? (
        <LinkedChildren
          panel={panel}
          identityId={identityId}
          conomy={conomy}
          candidates={candidates}
          loadCandidates={loadCandidates}
          onLinked={onLinked}
          onUnlinked={onUnlinked}
          linkDialogProps={linkDialogProps}
          container={container}
          unstyled={unstyled}
        />
      ) : null}
      {accounts !== undefined ? (
        <ChildAccounts
          panel={panel}
          accounts={accounts}
          privo={privo}
          parentEmail={parentEmail}
          onAccountCreated={onAccountCreated}
          accountDialogProps={accountDialogProps}
          intervalMs={consentPollIntervalMs}
          resendCooldownMs={resendCooldownMs}
          container={container}
          unstyled={unstyled}
        />
      ) : null}
    </section>
  );
});

const VISUALLY_HIDDEN: React.CSSProperties = {
  position: 'absolute',
  inlineSize: 1,
  blockSize: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};
