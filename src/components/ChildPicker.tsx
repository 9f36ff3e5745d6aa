'use client';

import * as React from 'react';
import type { ConomyConfig } from '../core/conomy.js';
import { type KinshipError, offlineError } from '../core/errors.js';
import type { IdentitySearchField } from '../core/identityQuery.js';
import type { LoadCandidates } from '../core/picker/candidateLoader.js';
import type { Identity } from '../core/schemas.js';
import { joinClassNames as cx, useIsomorphicLayoutEffect } from '../hooks/internal/dom.js';
import { useKinshipConfig } from '../hooks/KinshipProvider.js';
import { useAddChildren } from '../hooks/useAddChildren.js';
import { type UseChildPickerResult, useChildPicker } from '../hooks/useChildPicker.js';
import { readIsOffline, useIsOffline } from '../hooks/useIsOffline.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { IdentityStatusBadge } from './IdentityStatusBadge.js';

/** Class name slots of `ChildPicker` (added after the kit's own). */
export interface ChildPickerClassNames {
  /** The root `<div>`. */
  root?: string;
  /** The visible label of the search input. */
  label?: string;
  /** Positions the pop-up under the field (holds both). */
  control?: string;
  /** The box holding the chips, the input and the toggle button. */
  field?: string;
  /** The list of selected chips. */
  chips?: string;
  /** One selected identity. */
  chip?: string;
  /** The name inside a chip. */
  chipLabel?: string;
  /** The button that removes a chip. */
  chipRemove?: string;
  /** The search input (`role="combobox"`). */
  input?: string;
  /** The button that opens and closes the list. */
  toggle?: string;
  /** The pop-up under the field (listbox and messages). */
  popover?: string;
  /** The scrolling `role="listbox"`. */
  listbox?: string;
  /** One `role="option"` row. */
  option?: string;
  /** The name line of an option. */
  optionName?: string;
  /** The line under the name (type, email or document). */
  optionDetails?: string;
  /** The status badge of an option. */
  optionStatus?: string;
  /** The "Already linked" marker. */
  optionLinked?: string;
  /** Loading, empty and search error messages in the pop-up. */
  message?: string;
  /** Server mode: the line under the label naming the searches the server supports. */
  hint?: string;
  /** The `role="status"` region announcing the outcome. */
  status?: string;
  /** The `role="alert"` region of a failed link. */
  alert?: string;
  /** Retry buttons (link and search). */
  retry?: string;
  /** The submit button. */
  submit?: string;
}

/** Props of `ChildPicker`. Give `candidates` (searched in the browser) or `loadCandidates` (server search). */
export interface ChildPickerProps
  extends Omit<React.HTMLAttributes<HTMLDivElement>, 'children' | 'className' | 'defaultValue' | 'onChange'> {
  /** The parent identity the children are linked to. It is never offered as its own child. */
  identityId: string;
  /**
   * Every identity that may be linked, searched in the browser (fine at 100,000). Keep the array
   * stable between renders (state or `useMemo`): a new array is indexed again.
   */
  candidates?: readonly Identity[];
  /**
   * Server search instead of `candidates`: `createIdentitySearch(conomy)`, or any
   * `(query, { signal, next }) => Promise<Identity[] | CandidatePage>`. Debounced; superseded calls
   * are aborted; a page's `next` is followed when the user scrolls to the end. With
   * `createIdentitySearch` a hint says what can be searched (email, document number, phone).
   */
  loadCandidates?: LoadCandidates;
  /** Children already linked to `identityId`: shown as linked, never selectable. @default [] */
  linkedChildIds?: readonly string[];
  /** Called with the updated parent identity after the children were linked. */
  onLinked?: (identity: Identity) => void;
  /** Overrides the provider's Conomy config. */
  conomy?: ConomyConfig;
  /** Selected ids (controlled). */
  value?: readonly string[];
  /** Initially selected ids (uncontrolled). @default [] */
  defaultValue?: readonly string[];
  /** Called when the selection changes. */
  onValueChange?: (ids: string[]) => void;
  /** Server search quiet time after the last keystroke, in ms. @default 250 */
  debounceMs?: number;
  /** Height of an option row in pixels; match it if your CSS changes the rows. @default 56 */
  rowHeight?: number;
  /** Extra class names on the root, after the kit's. */
  className?: string;
  /** Class names per part, after the kit's. */
  classNames?: ChildPickerClassNames;
  /** Leaves out the kit's class names (keeps `data-*` state and the layout the virtual list needs). @default false */
  unstyled?: boolean;
}

/** "Lucía Pérez", else the nickname, else a "No name (id)" placeholder. */
export function identityDisplayName(identity: Identity, translator: Translator): string {
  const full = [identity.name, identity.lastname].filter((part) => part?.trim()).join(' ');
  return full || identity.nickname || translator.t('picker.unnamed', { id: identity.id });
}

/** The parent's status after linking: a catalogue sentence and its values. */
interface StatusSentence {
  key: MessageKey;
  values: Record<string, string>;
}

/**
 * "Lucía is now active.": the per-status sentence (`picker.successStatus.ACTIVE`), so each language
 * words and inflects the status itself; an unknown status falls back to the generic sentence with the
 * raw value; no status, no sentence.
 */
function statusSentence(status: string | null | undefined, translator: Translator): StatusSentence | null {
  const normalized = (status ?? '').trim().toUpperCase();
  if (!normalized) return null;
  const key = `picker.successStatus.${normalized}`;
  return translator.has(key)
    ? { key, values: {} }
    : { key: 'picker.successStatus', values: { status: (status ?? '').trim() } };
}

function typeLabel(type: string | undefined, translator: Translator): string | null {
  if (!type) return null;
  const key = `identityType.${type.toUpperCase()}`;
  return translator.has(key) ? translator.t(key as MessageKey) : type;
}

/** "email, document number or phone number", in the reader's language. */
function searchFieldsLabel(fields: readonly IdentitySearchField[], translator: Translator): string {
  const labels = fields.map((field) => translator.t(`picker.searchField.${field}`));
  try {
    return new Intl.ListFormat(translator.locale, { style: 'long', type: 'disjunction' }).format(labels);
  } catch {
    return labels.join(', ');
  }
}

// Splits a formatted message around a value that is rendered as nodes (never a real character).
const PLACEHOLDER = '\u0000';

/** "Lucía Pérez and Ana Soto", each name in its own `<bdi>`, the words between them as text. */
function listNames(names: string[], locale: string): React.ReactNode {
  let parts: Array<{ type: string; value: string }>;
  try {
    parts = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).formatToParts(names);
  } catch {
    parts = names.flatMap((name, index) => [
      ...(index > 0 ? [{ type: 'literal', value: ', ' }] : []),
      { type: 'element', value: name },
    ]);
  }
  let element = 0;
  return parts.map((part, index) =>
    part.type === 'element' ? (
      // The names are the list's elements in order (the formatter may normalise their text).
      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once
      <bdi key={index}>{names[element++] ?? part.value}</bdi>
    ) : (
      part.value
    ),
  );
}

/** A message whose `{name}` value is a node (names in `<bdi>`), the rest as catalogue text. */
function formatWithNode(
  translator: Translator,
  key: MessageKey,
  values: Record<string, string | number>,
  name: string,
  node: React.ReactNode,
): React.ReactNode {
  const [before = '', ...after] = translator.t(key, { ...values, [name]: PLACEHOLDER }).split(PLACEHOLDER);
  return (
    <>
      {before}
      {node}
      {after.join('')}
    </>
  );
}

/** What a successful link reports: who was linked, and the parent's name and status. */
interface LinkOutcome {
  names: string[];
  parentName: string;
  /** False when the parent has no name and a catalogue placeholder stands in. */
  parentIsName: boolean;
  status: StatusSentence | null;
}

function Announcement({ outcome, translator }: { outcome: LinkOutcome; translator: Translator }) {
  const { names, parentName, parentIsName, status } = outcome;
  return (
    <>
      {formatWithNode(
        translator,
        'picker.success',
        { count: names.length },
        'names',
        listNames(names, translator.locale),
      )}
      {status ? (
        <>
          {' '}
          {formatWithNode(
            translator,
            status.key,
            status.values,
            'parent',
            parentIsName ? <bdi>{parentName}</bdi> : parentName,
          )}
        </>
      ) : null}
    </>
  );
}

/**
 * What the user reads for a failed link: the kind's message (or that the browser is offline),
 * field errors, and the trace id.
 */
function errorMessages(error: KinshipError, translator: Translator, isOffline = false): string[] {
  const { t } = translator;
  const lines: string[] = [];
  if (isOffline && (error.kind === 'network' || error.kind === 'timeout')) {
    lines.push(t('error.offline'));
  } else if (error.kind === 'rate-limited' && error.retryAfterMs) {
    lines.push(t('error.rate-limited.wait', { seconds: Math.ceil(error.retryAfterMs / 1000) }));
  } else {
    const key = `error.${error.kind}`;
    lines.push(translator.has(key) ? t(key as MessageKey) : t('error.server'));
  }
  for (const values of Object.values(error.fieldErrors ?? {})) {
    for (const value of values) {
      const key = `fieldError.${value}`;
      lines.push(translator.has(key) ? t(key as MessageKey) : value);
    }
  }
  if (error.traceId) lines.push(t('error.trace', { traceId: error.traceId }));
  return lines;
}

// Layout is set from script after mount (the CSSOM, which a strict CSP allows), never as a `style`
// attribute in the markup: a server-rendered `style="…"` is blocked by `style-src 'self'`.
/** Sets inline properties through the CSSOM while mounted (and `active`), removing them after. */
function useInlineLayout(
  ref: React.RefObject<HTMLElement | null>,
  properties: Record<string, string>,
  active: boolean,
): void {
  const key = active ? JSON.stringify(properties) : '';
  // `key` stands for `properties`: a new object with the same values changes nothing.
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element || !key) return;
    const entries = Object.entries(JSON.parse(key) as Record<string, string>);
    for (const [name, value] of entries) element.style.setProperty(name, value);
    return () => {
      for (const [name] of entries) element.style.removeProperty(name);
    };
  }, [ref, key]);
}

// What the virtual list needs even without the kit's stylesheet (`unstyled`); picker.css has the same.
const UNSTYLED_CONTROL = { position: 'relative' };
const UNSTYLED_LISTBOX = {
  position: 'relative',
  'overflow-y': 'auto',
  'max-block-size': 'var(--kinship-ChildPicker-list-height, 20rem)',
};
const UNSTYLED_SIZER = { position: 'relative', contain: 'layout paint' };

/**
 * The listbox's content box, as tall as all rows together. A child of the listbox, so its height
 * is set before the picker measures the list in the same commit.
 */
function ListSizer({
  totalHeight,
  unstyled,
  className,
  children,
}: {
  totalHeight: number;
  unstyled: boolean;
  className: string | undefined;
  children: React.ReactNode;
}) {
  const ref = React.useRef<HTMLDivElement>(null);
  useInlineLayout(ref, UNSTYLED_SIZER, unstyled);
  useInlineLayout(ref, { 'block-size': `${totalHeight}px` }, true);
  return (
    <div ref={ref} role="presentation" className={className}>
      {children}
    </div>
  );
}

interface OptionRowProps {
  picker: UseChildPickerResult;
  index: number;
  translator: Translator;
  unstyled: boolean;
  classNames: ChildPickerClassNames;
}

function OptionRow({ picker, index, translator, unstyled, classNames }: OptionRowProps) {
  const item = picker.getItem(index);
  const linked = picker.isLinked(item.id);
  const type = typeLabel(item.type, translator);
  const detail =
    item.email ||
    (item.documentNumber
      ? item.documentType
        ? translator.t('picker.document', { type: item.documentType, number: item.documentNumber })
        : item.documentNumber
      : null);
  const kit = (part: string) => !unstyled && `kinship-ChildPicker-${part}`;
  return (
    <div
      {...picker.getOptionProps({ index })}
      className={cx(kit('option'), classNames.option)}
      data-type={item.type?.toUpperCase()}
      style={{
        position: 'absolute',
        insetInline: 0,
        insetBlockStart: index * picker.rowHeight,
        blockSize: picker.rowHeight,
        // Each row's layout and paint stay inside it: a keystroke relays out a few rows, not the page.
        contain: 'strict',
      }}
    >
      <span className={cx(kit('optionText'))}>
        <span className={cx(kit('optionName'), classNames.optionName)}>
          <bdi>{identityDisplayName(item, translator)}</bdi>
        </span>
        <span className={cx(kit('optionDetails'), classNames.optionDetails)}>
          {type ? <span className={cx(kit('optionType'))}>{type}</span> : null}
          {detail ? (
            <span className={cx(kit('optionDetail'))}>
              <bdi>{detail}</bdi>
            </span>
          ) : null}
        </span>
      </span>
      {linked ? (
        <span className={cx(kit('optionLinked'), classNames.optionLinked)}>
          {translator.t('picker.linked')}
        </span>
      ) : (
        <IdentityStatusBadge status={item.status} unstyled={unstyled} className={classNames.optionStatus} />
      )}
    </div>
  );
}

/**
 * Links existing identities as children of `identityId`. A WAI-ARIA combobox over a virtualized,
 * multi-select listbox (only the rows in view are in the DOM, so 100,000 candidates stay instant),
 * selected identities as removable chips, and a "Link N children" button. Search ignores case and
 * accents over name, last name, nickname, email and document; the parent is never offered; linked
 * children show as linked. The outcome is announced in a `role="status"` region; a failure shows
 * in a `role="alert"` region with a retry, and the selection is kept.
 */
export const ChildPicker = React.forwardRef<HTMLDivElement, ChildPickerProps>(
  function ChildPicker(props, ref) {
    const {
      identityId,
      candidates,
      loadCandidates,
      linkedChildIds,
      onLinked,
      conomy,
      value,
      defaultValue,
      onValueChange,
      debounceMs,
      rowHeight,
      className,
      classNames = {},
      unstyled = false,
      ...rest
    } = props;
    const translator = useTranslator();
    const { theme } = useKinshipConfig();
    const { t } = translator;
    const kit = (part: string) => !unstyled && `kinship-ChildPicker-${part}`;

    // Children linked through this picker join the host's list at once, before the host re-renders.
    const [linkedHere, setLinkedHere] = React.useState<readonly string[]>([]);
    const linked = React.useMemo(
      () => (linkedHere.length === 0 ? (linkedChildIds ?? []) : [...(linkedChildIds ?? []), ...linkedHere]),
      [linkedChildIds, linkedHere],
    );
    const [outcome, setOutcome] = React.useState<LinkOutcome | null>(null);
    // A link asked for while offline: nothing was sent, the alert says so.
    const [offlineFailure, setOfflineFailure] = React.useState<KinshipError | null>(null);
    const isOffline = useIsOffline();
    const submittedRef = React.useRef<Identity[]>([]);
    const submitRef = React.useRef<HTMLButtonElement>(null);
    const controlRef = React.useRef<HTMLDivElement>(null);
    const listboxRef = React.useRef<HTMLDivElement>(null);
    useInlineLayout(controlRef, UNSTYLED_CONTROL, unstyled);
    useInlineLayout(listboxRef, UNSTYLED_LISTBOX, unstyled);

    const picker = useChildPicker({
      identityId,
      ...(candidates ? { candidates } : {}),
      ...(loadCandidates ? { loadCandidates } : {}),
      ...(debounceMs !== undefined ? { debounceMs } : {}),
      ...(rowHeight !== undefined ? { rowHeight } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      ...(onValueChange ? { onValueChange } : {}),
      linkedChildIds: linked,
    });

    const link = useAddChildren({
      identityId,
      ...(conomy ? { conomy } : {}),
      onSuccess: (identity, children) => {
        const names = submittedRef.current.map((item) => identityDisplayName(item, translator));
        const fullName = [identity.name, identity.lastname].filter(Boolean).join(' ');
        setLinkedHere((previous) => [
          ...previous,
          ...children,
          ...identity.children.map((child) => child.id),
        ]);
        // The next search starts fresh: no selection, no leftover text, the list closed.
        picker.dispatch({ type: 'Reset' });
        setOutcome({
          names,
          parentName: fullName || t('picker.parent'),
          parentIsName: fullName !== '',
          status: statusSentence(identity.status, translator),
        });
        onLinked?.(identity);
      },
    });

    const count = picker.selectedIds.length;
    // Plural formatting builds Intl objects: once per count, not on every keystroke, and not at all
    // for the empty selection (mounting stays cheap).
    const submitLabel = React.useMemo(
      () => (count === 0 ? translator.t('picker.submitEmpty') : translator.t('picker.submit', { count })),
      [translator, count],
    );
    const isPending = link.status === 'pending';
    const linkStatus = offlineFailure ? 'error' : link.status;
    const linkError = offlineFailure ?? link.error;
    const canSubmit = count > 0 && !isPending;
    const submit = () => {
      if (!canSubmit) return;
      setOutcome(null);
      if (readIsOffline()) {
        // Nothing is sent while the browser is offline; the alert offers a retry once it is back.
        setOfflineFailure(offlineError('addChildren'));
        return;
      }
      setOfflineFailure(null);
      submittedRef.current = [...picker.selectedItems];
      link.addChildren([...picker.selectedIds]);
    };
    const canRetry = canSubmit && !isOffline;
    const retry = () => {
      if (!canRetry) return;
      // The alert (and this button) goes away while the retry is pending: hand focus to the submit
      // button, which stays (aria-busy), so it never drops to <body>.
      submitRef.current?.focus();
      submit();
    };

    const { isOpen, itemCount, status: searchStatus, searchableBy, moreStatus } = picker;
    const query = picker.inputValue.trim();
    let message: React.ReactNode = null;
    if (isOpen && itemCount === 0) {
      if (searchStatus === 'loading' || searchStatus === 'idle') message = t('picker.loading');
      else if (searchStatus === 'error') message = null;
      else if (picker.isUnsupportedQuery) message = t('picker.unsupportedQuery');
      else if (query) message = t('picker.empty', { query });
      else message = t('picker.noCandidates');
    } else if (isOpen && moreStatus === 'loading') message = t('picker.loadingMore');
    else if (isOpen && moreStatus === 'success' && picker.loadedMoreCount > 0) {
      message = t('picker.loadedMore', { count: picker.loadedMoreCount });
    }
    const showSearchError = isOpen && searchStatus === 'error' && picker.error;
    const showMoreError = isOpen && itemCount > 0 && moreStatus === 'error' && picker.moreError;
    const hintId = `${picker.ids.input}-hint`;
    const hint = searchableBy
      ? t('picker.serverHint', { fields: searchFieldsLabel(searchableBy, translator) })
      : null;

    return (
      <div
        {...rest}
        ref={ref}
        className={cx(!unstyled && 'kinship-ChildPicker', classNames.root, className)}
        data-state={isOpen ? 'open' : 'closed'}
        data-status={linkStatus}
        data-search-status={searchStatus}
        data-more-status={loadCandidates && !candidates ? moreStatus : undefined}
        data-kinship-theme={theme}
      >
        <label
          {...picker.getLabelProps()}
          htmlFor={picker.ids.input}
          className={cx(kit('label'), classNames.label)}
        >
          {t('picker.label')}
        </label>
        {hint ? (
          <p id={hintId} className={cx(kit('hint'), classNames.hint)}>
            {hint}
          </p>
        ) : null}
        <div ref={controlRef} className={cx(kit('control'), classNames.control)}>
          <div className={cx(kit('field'), classNames.field)} data-state={isOpen ? 'open' : 'closed'}>
            {count > 0 ? (
              <ul className={cx(kit('chips'), classNames.chips)} aria-label={t('picker.selected')}>
                {picker.selectedItems.map((item) => {
                  const name = identityDisplayName(item, translator);
                  return (
                    <li key={item.id} className={cx(kit('chip'), classNames.chip)}>
                      <bdi className={cx(kit('chipLabel'), classNames.chipLabel)}>{name}</bdi>
                      <button
                        {...picker.getChipRemoveButtonProps({ id: item.id })}
                        className={cx(kit('chipRemove'), classNames.chipRemove)}
                        aria-label={t('picker.removeChip', { name })}
                      >
                        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                          <path
                            d="M4 4l8 8M12 4l-8 8"
                            stroke="currentColor"
                            strokeWidth="2"
                            strokeLinecap="round"
                          />
                        </svg>
                      </button>
                    </li>
                  );
                })}
              </ul>
            ) : null}
            <input
              {...picker.getInputProps({
                placeholder: t(searchableBy ? 'picker.serverPlaceholder' : 'picker.placeholder'),
                'aria-describedby': hint ? hintId : undefined,
              })}
              className={cx(kit('input'), classNames.input)}
            />
            <button
              {...picker.getToggleButtonProps({ 'aria-label': t('picker.toggle') })}
              className={cx(kit('toggle'), classNames.toggle)}
            >
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                <path
                  d="M3 6l5 5 5-5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                />
              </svg>
            </button>
          </div>
          <div
            className={cx(kit('popover'), classNames.popover)}
            data-state={isOpen ? 'open' : 'closed'}
            hidden={!isOpen}
          >
            <div
              {...picker.getListboxProps({ ref: listboxRef })}
              className={cx(kit('listbox'), classNames.listbox)}
              hidden={!isOpen || itemCount === 0}
            >
              <ListSizer totalHeight={picker.totalHeight} unstyled={unstyled} className={cx(kit('sizer'))}>
                {picker.rows.map((index) => (
                  <OptionRow
                    key={index}
                    picker={picker}
                    index={index}
                    translator={translator}
                    unstyled={unstyled}
                    classNames={classNames}
                  />
                ))}
              </ListSizer>
            </div>
            <div className={cx(kit('message'), classNames.message)} aria-live="polite">
              {message}
              {showSearchError ? (
                <>
                  {t('picker.searchError')} {errorMessages(picker.error as KinshipError, translator)[0]}{' '}
                  <button
                    type="button"
                    className={cx(kit('retry'), classNames.retry)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={picker.retry}
                  >
                    {t('error.retry')}
                  </button>
                </>
              ) : null}
              {showMoreError ? (
                <>
                  {t('picker.loadMoreError')} {errorMessages(picker.moreError as KinshipError, translator)[0]}{' '}
                  <button
                    type="button"
                    className={cx(kit('retry'), classNames.retry)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={picker.loadMore}
                  >
                    {t('error.retry')}
                  </button>
                </>
              ) : null}
            </div>
          </div>
        </div>
        <div role="status" className={cx(kit('status'), classNames.status)}>
          {linkStatus === 'success' && outcome ? (
            <Announcement outcome={outcome} translator={translator} />
          ) : null}
        </div>
        {linkStatus === 'error' && linkError ? (
          <div role="alert" className={cx(kit('alert'), classNames.alert)}>
            {errorMessages(linkError, translator, isOffline).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {/* Offline, the retry stays in place (and focusable) but waits for the connection. */}
            <button
              type="button"
              className={cx(kit('retry'), classNames.retry)}
              aria-disabled={isOffline || undefined}
              onClick={retry}
            >
              {t('error.retry')}
            </button>
          </div>
        ) : null}
        <button
          ref={submitRef}
          type="button"
          className={cx(kit('submit'), classNames.submit)}
          aria-disabled={!canSubmit}
          aria-busy={isPending || undefined}
          data-status={linkStatus}
          onClick={submit}
        >
          {submitLabel}
        </button>
      </div>
    );
  },
);
