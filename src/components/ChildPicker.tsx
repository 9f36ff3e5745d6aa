'use client';

import * as React from 'react';
import { type AlertMessage, alertMessages } from '../core/alert.js';
import type { ConomyConfig } from '../core/conomy.js';
import type { KinshipError } from '../core/errors.js';
import type { IdentitySearchField } from '../core/identityQuery.js';
import type { LoadCandidates } from '../core/picker/candidateLoader.js';
import type { Identity } from '../core/schemas.js';
import { joinClassNames as cx, useIsomorphicLayoutEffect } from '../hooks/internal/dom.js';
import { useFloatingList } from '../hooks/internal/useFloatingList.js';
import { useKinshipConfig } from '../hooks/KinshipProvider.js';
import type { UseChildPickerResult } from '../hooks/useChildPicker.js';
import { type ChildPickerLinkOutcome, useChildPickerLink } from '../hooks/useChildPickerLink.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { formatNodes } from './formatNodes.js';
import { IdentityStatusBadge } from './IdentityStatusBadge.js';

/** Class name slots of `ChildPicker` (added after the kit's own). */
export interface ChildPickerClassNames {
  /** The root `<div>`. */
  root?: string;
  /** The visible label of the search input. */
  label?: string;
  /** Holds the field and the pop-up. */
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
  /** The pop-up next to the field (listbox and messages), shown in the top layer. */
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

/** "Lucía Pérez": the given and last names that are not blank; `''` when neither is. */
function fullName(identity: Pick<Identity, 'name' | 'lastname'>): string {
  return [identity.name, identity.lastname].filter((part) => part?.trim()).join(' ');
}

/** "Lucía Pérez", else the nickname, else a "No name (id)" placeholder. */
export function identityDisplayName(identity: Identity, translator: Translator): string {
  return fullName(identity) || identity.nickname || translator.t('picker.unnamed', { id: identity.id });
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

function Announcement({ outcome, translator }: { outcome: ChildPickerLinkOutcome; translator: Translator }) {
  const names = outcome.linked.map((item) => identityDisplayName(item, translator));
  const { parent } = outcome;
  const parentFullName = fullName(parent);
  // The parent's name in `<bdi>`; a parent without one gets the catalogue's placeholder as text.
  const parentIsName = parentFullName !== '';
  const parentName = parentFullName || translator.t('picker.parent');
  const status = statusSentence(parent.status, translator);
  return (
    <>
      {formatNodes(
        translator,
        'picker.success',
        { count: names.length },
        { names: listNames(names, translator.locale) },
      )}
      {status ? (
        <>
          {' '}
          {formatNodes(translator, status.key, status.values, {
            parent: parentIsName ? <bdi>{parentName}</bdi> : parentName,
          })}
        </>
      ) : null}
    </>
  );
}

/** One alert line as the user reads it (an unknown key reads as the server error). */
function alertText(translator: Translator, line: AlertMessage): React.ReactNode {
  return translator.has(line.key)
    ? formatNodes(translator, line.key, line.values)
    : translator.t('error.server');
}

/** A field error as the user reads it: the catalogue's `fieldError.<code>`, else the server's own text. */
function fieldErrorText(translator: Translator, code: string): string {
  const key = `fieldError.${code}`;
  return translator.has(key) ? translator.t(key) : code;
}

/** The first line of the shared wording, for the pop-up's search and next-page errors. */
function firstAlertText(translator: Translator, error: KinshipError, isOffline: boolean): React.ReactNode {
  const [line] = alertMessages(error, isOffline);
  return line ? alertText(translator, line) : translator.t('error.server');
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
// Only while open: a `display` here would override the closed pop-up's `hidden`.
const UNSTYLED_POPOVER = {
  position: 'fixed',
  inset: 'auto',
  margin: '0',
  display: 'flex',
  'flex-direction': 'column',
  'box-sizing': 'border-box',
  overflow: 'hidden',
};
const UNSTYLED_LISTBOX = {
  position: 'relative',
  'overflow-y': 'auto',
  flex: '0 1 auto',
  'min-block-size': '0',
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

    const submitRef = React.useRef<HTMLButtonElement>(null);
    const rootRef = React.useRef<HTMLDivElement | null>(null);
    const controlRef = React.useRef<HTMLDivElement>(null);
    const fieldRef = React.useRef<HTMLDivElement>(null);
    const popoverRef = React.useRef<HTMLDivElement>(null);
    const spacerRef = React.useRef<HTMLDivElement>(null);
    const listboxRef = React.useRef<HTMLDivElement>(null);
    useInlineLayout(controlRef, UNSTYLED_CONTROL, unstyled);
    useInlineLayout(listboxRef, UNSTYLED_LISTBOX, unstyled);
    const setRootRef = React.useCallback(
      (element: HTMLDivElement | null) => {
        rootRef.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      },
      [ref],
    );

    const link = useChildPickerLink({
      identityId,
      ...(candidates ? { candidates } : {}),
      ...(loadCandidates ? { loadCandidates } : {}),
      ...(debounceMs !== undefined ? { debounceMs } : {}),
      ...(rowHeight !== undefined ? { rowHeight } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      ...(onValueChange ? { onValueChange } : {}),
      ...(linkedChildIds ? { linkedChildIds } : {}),
      ...(conomy ? { conomy } : {}),
      ...(onLinked ? { onLinked } : {}),
    });
    const { picker, isOffline, canSubmit, alert } = link;
    useInlineLayout(popoverRef, UNSTYLED_POPOVER, unstyled && picker.isOpen);
    useFloatingList({
      isOpen: picker.isOpen,
      anchorRef: fieldRef,
      floatingRef: popoverRef,
      spacerRef,
      rootRef,
    });

    const count = picker.selectedIds.length;
    // Plural formatting builds Intl objects: once per count, not on every keystroke, and not at all
    // for the empty selection (mounting stays cheap).
    const submitLabel = React.useMemo(
      () => (count === 0 ? translator.t('picker.submitEmpty') : translator.t('picker.submit', { count })),
      [translator, count],
    );
    const retry = () => {
      if (!link.canRetry) return;
      // The alert (and this button) goes away while the retry is pending: hand focus to the submit
      // button, which stays (aria-busy), so it never drops to <body>.
      submitRef.current?.focus();
      link.retry();
    };

    const { isOpen, itemCount, status: searchStatus, searchableBy, moreStatus } = picker;
    const query = picker.inputValue.trim();
    let message: React.ReactNode = null;
    if (isOpen && itemCount === 0) {
      if (searchStatus === 'loading' || searchStatus === 'idle') message = t('picker.loading');
      else if (searchStatus === 'error') message = null;
      else if (picker.isUnsupportedQuery) message = t('picker.unsupportedQuery');
      else if (query) message = formatNodes(translator, 'picker.empty', { query });
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
        ref={setRootRef}
        className={cx(!unstyled && 'kinship-ChildPicker', classNames.root, className)}
        data-state={isOpen ? 'open' : 'closed'}
        data-status={link.status}
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
          <div
            ref={fieldRef}
            className={cx(kit('field'), classNames.field)}
            data-state={isOpen ? 'open' : 'closed'}
          >
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
          {/* In the top layer while open (useFloatingList), yet here in the DOM: inside a dialog's
              focus scope and outside-click checks, under the same `dir` and theme. */}
          <div
            ref={popoverRef}
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
                  {t('picker.searchError')}{' '}
                  {firstAlertText(translator, picker.error as KinshipError, isOffline)}{' '}
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
                  {t('picker.loadMoreError')}{' '}
                  {firstAlertText(translator, picker.moreError as KinshipError, isOffline)}{' '}
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
          {/* Room for the list while it is below the field: what follows moves down, uncovered. */}
          <div ref={spacerRef} aria-hidden="true" className={cx(kit('spacer'))} />
        </div>
        <div role="status" className={cx(kit('status'), classNames.status)}>
          {link.outcome ? <Announcement outcome={link.outcome} translator={translator} /> : null}
        </div>
        {alert ? (
          <div
            role="alert"
            className={cx(kit('alert'), classNames.alert)}
            data-may-have-succeeded={link.error?.mayHaveSucceeded ? '' : undefined}
          >
            {alert.messages.map((line) => (
              <p key={line.key}>{alertText(translator, line)}</p>
            ))}
            {alert.fieldErrors.map((code, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once per error
              <p key={index}>{fieldErrorText(translator, code)}</p>
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
          aria-busy={link.isPending || undefined}
          data-status={link.status}
          onClick={link.submit}
        >
          {submitLabel}
        </button>
      </div>
    );
  },
);
