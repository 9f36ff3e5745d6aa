'use client';

import {
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { KinshipError } from '../core/errors.js';
import type { IdentitySearchField } from '../core/identityQuery.js';
import { callHost } from '../core/mutation.js';
import type {
  CandidateLoadStatus,
  CandidateMoreStatus,
  LoadCandidates,
} from '../core/picker/candidateLoader.js';
import {
  INITIAL_PICKER_STATE,
  type PickerAction,
  type PickerContext,
  type PickerState,
  type PickerStateReducer,
  reducePickerState,
} from '../core/picker/reducer.js';
import type { SearchResult } from '../core/picker/searchIndex.js';
import type { VirtualWindow } from '../core/picker/virtualWindow.js';
import type { Identity } from '../core/schemas.js';
import { composeEventHandlers } from './internal/dom.js';
import { useMergedRef } from './internal/refs.js';
import { useChildPickerResults } from './useChildPickerResults.js';
import { useChildPickerWindow } from './useChildPickerWindow.js';

export type {
  CandidateMoreStatus,
  CandidatePage,
  LoadCandidates,
  LoadCandidatesOptions,
} from '../core/picker/candidateLoader.js';
export { createIdentitySearch, type IdentitySearchOptions } from '../core/picker/identitySearch.js';
export type {
  PickerAction,
  PickerActionAndChanges,
  PickerState,
  PickerStateReducer,
} from '../core/picker/reducer.js';

const KEYS_THAT_OPEN = new Set<PickerAction['type']>([
  'InputKeyDownArrowDown',
  'InputKeyDownArrowUp',
  'InputKeyDownPageDown',
  'InputKeyDownPageUp',
  'InputKeyDownHome',
  'InputKeyDownEnd',
]);

/** Default height of an option row, in pixels (the styled picker's rows are this tall). */
export const DEFAULT_PICKER_ROW_HEIGHT = 56;

/** Options of `useChildPicker`. Give `candidates` (local search) or `loadCandidates` (server search). */
export interface UseChildPickerOptions {
  /** The parent identity: never offered as its own child. */
  identityId: string;
  /**
   * Every identity that may be linked, searched in the browser (fine at 100,000). Keep the array
   * stable between renders (state or `useMemo`): a new array is indexed again.
   */
  candidates?: readonly Identity[];
  /**
   * Server search instead of `candidates`: called with the typed text (debounced) and a signal that
   * aborts when a newer text supersedes it; answering a `CandidatePage` with `next` lets the list
   * load the next page when the user scrolls to its end. `createIdentitySearch(conomy)` wires
   * Conomy's search (email, document number or phone; no names).
   */
  loadCandidates?: LoadCandidates;
  /** Server search quiet time after the last keystroke, in ms. @default 250 */
  debounceMs?: number;
  /** Children already linked: shown as linked, never selectable. */
  linkedChildIds?: readonly string[];
  /** Selected ids (controlled), in picking order. */
  value?: readonly string[];
  /** Initially selected ids (uncontrolled). @default [] */
  defaultValue?: readonly string[];
  /** Called when the selection changes, with the ids in picking order. */
  onValueChange?: (ids: string[]) => void;
  /** Typed text (controlled). */
  inputValue?: string;
  /** Initial typed text (uncontrolled). @default "" */
  defaultInputValue?: string;
  /** Called when the typed text changes. */
  onInputValueChange?: (inputValue: string) => void;
  /** Whether the list is open (controlled). */
  isOpen?: boolean;
  /** Whether the list starts open (uncontrolled). @default false */
  defaultOpen?: boolean;
  /** Called when the list opens or closes. */
  onOpenChange?: (isOpen: boolean) => void;
  /** Adjusts any state transition (Downshift style): gets the proposed `changes`, returns the state to use. */
  stateReducer?: PickerStateReducer;
  /** Height of every option row, in pixels (rows must be exactly this tall). @default 56 */
  rowHeight?: number;
  /** Rows rendered beyond the visible ones on each side. @default 2 */
  overscan?: number;
}

/** Props a getter returns, merged with the host's. */
type Props = Record<string, unknown>;

/** What `useChildPicker` returns: state, the options to render, and prop getters with the ARIA wiring. */
export interface UseChildPickerResult {
  /** The whole picker state (controlled parts included). */
  state: PickerState;
  /** Element ids the prop getters use (from `useId`). */
  ids: { label: string; input: string; listbox: string };
  /** Whether the list is open. */
  isOpen: boolean;
  /** The typed text. */
  inputValue: string;
  /** The highlighted option's position, `-1` for none. */
  highlightedIndex: number;
  /** Selected ids in picking order. */
  selectedIds: readonly string[];
  /** The selected identities in picking order (an id not seen yet gives `{ id }` alone). */
  selectedItems: readonly Identity[];
  /** Number of options matching the text. */
  itemCount: number;
  /** The option at a position (0 ≤ index < itemCount). */
  getItem: (index: number) => Identity;
  /** All options matching the text; built on first read: prefer `getItem` for big lists. */
  readonly items: readonly Identity[];
  /** True for a selected id. O(1). */
  isSelected: (id: string) => boolean;
  /** True for an already linked id. O(1). */
  isLinked: (id: string) => boolean;
  /** Search status: local search is `loading` until the search index chunk has arrived (`error` if it could not load), then `success`; server search follows its request. */
  status: CandidateLoadStatus;
  /** The failure of the latest server search. */
  error: KinshipError | undefined;
  /** True while the list shows the options of an older text than the input's. */
  isStale: boolean;
  /** Sends the latest server search again. */
  retry: () => void;
  /** Server mode: the list shown has a next page. It loads by itself when the end of the list is in view. */
  hasMore: boolean;
  /** Server mode: loads the next page now and appends it (no-op without one, or while one loads). */
  loadMore: () => void;
  /** Server mode: where loading the next page stands (`idle` until one is asked for). */
  moreStatus: CandidateMoreStatus;
  /** Server mode: the failure of the latest next page (`loadMore` tries again). */
  moreError: KinshipError | undefined;
  /** Server mode: how many identities the latest page added (for a polite announcement). */
  loadedMoreCount: number;
  /** Server mode: the server cannot search by the typed text (a name, on Conomy); nothing was sent. */
  isUnsupportedQuery: boolean;
  /** Server mode: the only filters the server matches text against (`loadCandidates.searchableBy`). */
  searchableBy: readonly IdentitySearchField[] | undefined;
  /** Positions of the option rows to render, in order (virtualized; includes the highlighted one). */
  rows: readonly number[];
  /** The range of rows in view (plus overscan). */
  window: VirtualWindow;
  /** Height of one row, in pixels. */
  rowHeight: number;
  /** Height of all rows together, in pixels: size the listbox's content with it. */
  totalHeight: number;
  /** Runs an action through the reducer (and `stateReducer`), like a user event would. */
  dispatch: (action: PickerAction) => void;
  /** Unselects one id. */
  removeSelected: (id: string) => void;
  /** Empties the selection (e.g. after linking). */
  clearSelection: () => void;
  /** Moves focus to the input. */
  focusInput: () => void;
  /** Props of the visible label of the input. */
  getLabelProps: (props?: Props) => Props;
  /** Props of the text input (`role="combobox"`). */
  getInputProps: (props?: Props & { ref?: Ref<HTMLInputElement> }) => Props;
  /** Props of the scrolling list (`role="listbox"`, multi-select). */
  getListboxProps: (props?: Props) => Props;
  /** Props of the option row at `index` (`role="option"`). */
  getOptionProps: (options: { index: number } & Props) => Props;
  /** Props of the button that removes a selected id's chip. */
  getChipRemoveButtonProps: (options: { id: string } & Props) => Props;
  /** Props of a button that opens and closes the list. */
  getToggleButtonProps: (props?: Props) => Props;
}

type Handler<E> = ((event: E) => void) | undefined;

/** The host's prop (typed `unknown` in `Props`) composed with the kit's handler: see `composeEventHandlers`. */
function compose<E extends { defaultPrevented: boolean }>(
  host: unknown,
  own: (event: E) => void,
): (event: E) => void {
  return composeEventHandlers(host as Handler<E>, own);
}

/**
 * Headless state of the child picker: a WAI-ARIA combobox over a virtualized, multi-select
 * listbox of identities. Searches locally (`candidates`, indexed once, fine at 100,000) or through
 * the server (`loadCandidates`: debounced, superseded calls aborted, older answers ignored). Typing
 * never waits for the list. The parent is never offered; linked children are shown but cannot be
 * picked (skipped by the keyboard, `aria-disabled`). State follows the Downshift pattern: one
 * reducer over events, a `stateReducer` override, and controlled/uncontrolled trios for the
 * selection, the text and the open state. Renders nothing itself.
 */
export function useChildPicker(options: UseChildPickerOptions): UseChildPickerResult {
  const { identityId, candidates, loadCandidates, debounceMs, linkedChildIds } = options;
  const rowHeight = options.rowHeight ?? DEFAULT_PICKER_ROW_HEIGHT;
  const overscan = options.overscan ?? 2;
  const baseId = useId();
  const ids = {
    label: `${baseId}label`,
    input: `${baseId}input`,
    listbox: `${baseId}listbox`,
    option: (index: number) => `${baseId}option-${index}`,
  };

  const [internal, setInternal] = useState<PickerState>(() => ({
    ...INITIAL_PICKER_STATE,
    isOpen: options.defaultOpen ?? false,
    inputValue: options.defaultInputValue ?? '',
    selectedIds: options.defaultValue ?? [],
  }));
  const state: PickerState = {
    isOpen: options.isOpen ?? internal.isOpen,
    inputValue: options.inputValue ?? internal.inputValue,
    highlightedIndex: internal.highlightedIndex,
    selectedIds: options.value ?? internal.selectedIds,
  };

  const results = useChildPickerResults({
    identityId,
    candidates,
    loadCandidates,
    inputValue: state.inputValue,
    isOpen: state.isOpen,
    debounceMs,
  });
  const { index, result } = results;
  const itemCount = result.count;
  const getItem = useCallback(
    (position: number) => index.identities[result.at(position)] as Identity,
    [index, result],
  );

  const linkedSet = useMemo(() => new Set(linkedChildIds ?? []), [linkedChildIds]);
  const selectedSet = useMemo(() => new Set(state.selectedIds), [state.selectedIds]);
  const isLinked = useCallback((id: string) => linkedSet.has(id), [linkedSet]);
  const isSelected = useCallback((id: string) => selectedSet.has(id), [selectedSet]);
  const isItemDisabled = useCallback(
    (position: number) => position < 0 || position >= itemCount || linkedSet.has(getItem(position).id),
    [itemCount, getItem, linkedSet],
  );

  // A highlight the new results no longer have is dropped at once (before an effect can catch up).
  const highlightedIndex =
    state.highlightedIndex >= 0 && !isItemDisabled(state.highlightedIndex) ? state.highlightedIndex : -1;
  const shownState: PickerState = { ...state, highlightedIndex };

  const view = useChildPickerWindow({
    count: itemCount,
    rowHeight,
    overscan,
    highlightedIndex,
    isOpen: state.isOpen,
    // Appending a page keeps the scroll position; a new list starts at the top.
    resultKey: results.listKey,
  });

  // Server mode: the end of the list in view (scrolled or moved there by keyboard) asks for the
  // next page. Only with real layout: without it every row counts as "in view".
  const { hasMore, loadMore } = results;
  const isEndInView = view.isMeasured && itemCount > 0 && view.window.end >= itemCount;
  useEffect(() => {
    if (hasMore && isEndInView) loadMore();
  }, [hasMore, isEndInView, loadMore]);

  // Identities seen when picked, so chips keep their names when the search moves on (server mode).
  const knownRef = useRef(new Map<string, Identity>());

  // Event handlers read the latest values through refs: they are created once per render anyway,
  // but a second event in the same tick must see the first one's state.
  const contextFor = (items: SearchResult): PickerContext => {
    const itemAt = (position: number) => index.identities[items.at(position)] as Identity;
    return {
      itemCount: items.count,
      getItemId: (position) => itemAt(position).id,
      isItemDisabled: (position) =>
        position < 0 || position >= items.count || linkedSet.has(itemAt(position).id),
      pageSize: view.pageSize,
    };
  };
  const latest = useRef({
    state: shownState,
    options,
    getItem,
    context: null as PickerContext | null,
    results,
  });
  latest.current.state = shownState;
  latest.current.options = options;
  latest.current.getItem = getItem;
  latest.current.results = results;
  latest.current.context = contextFor(result);
  const contextForRef = useRef(contextFor);
  contextForRef.current = contextFor;

  const dispatch = useCallback((action: PickerAction) => {
    const { state: previous, options: current, results: shown } = latest.current;
    let { context } = latest.current;
    if (!context) return;
    // Opening with the keyboard highlights an option: the closed list may not have been searched.
    if (shown.isPlaceholder && KEYS_THAT_OPEN.has(action.type))
      context = contextForRef.current(shown.resolve());
    if (
      action.type === 'ItemClick' ||
      action.type === 'InputKeyDownEnter' ||
      action.type === 'InputKeyDownSpace'
    ) {
      const position = action.type === 'ItemClick' ? action.index : previous.highlightedIndex;
      if (position >= 0 && position < context.itemCount) {
        const picked = latest.current.getItem(position);
        knownRef.current.set(picked.id, picked);
      }
    }
    const next = reducePickerState(previous, action, context, current.stateReducer);
    latest.current.state = next;
    setInternal(next);
    if (next.selectedIds !== previous.selectedIds) callHost(current.onValueChange, [...next.selectedIds]);
    if (next.inputValue !== previous.inputValue) callHost(current.onInputValueChange, next.inputValue);
    if (next.isOpen !== previous.isOpen) callHost(current.onOpenChange, next.isOpen);
  }, []);

  // Results replaced under a highlight: let the reducer (and a host stateReducer) see it.
  useEffect(() => {
    if (state.highlightedIndex !== highlightedIndex) dispatch({ type: 'ItemsChange' });
  }, [state.highlightedIndex, highlightedIndex, dispatch]);

  const selectedItems = useMemo(() => {
    const known = knownRef.current;
    const missing = state.selectedIds.filter((id) => !known.has(id));
    if (missing.length > 0 && candidates) {
      const wanted = new Set(missing);
      for (const candidate of candidates) {
        if (wanted.has(candidate.id)) known.set(candidate.id, candidate);
      }
    }
    return state.selectedIds.map((id) => known.get(id) ?? ({ id, children: [] } as Identity));
  }, [state.selectedIds, candidates]);

  const inputRef = useRef<HTMLInputElement | null>(null);
  const focusInput = useCallback(() => inputRef.current?.focus(), []);
  // Stable refs: a new callback each render would make React detach and re-attach the element on
  // every commit (and the listbox's measuring with it).
  const setInputRef = useCallback((element: HTMLInputElement | null) => {
    inputRef.current = element;
  }, []);
  const mergeInputRef = useMergedRef(setInputRef);
  const listboxElementRef = useRef<HTMLElement | null>(null);
  const viewListboxRef = view.listboxRef;
  const setListboxRef = useCallback(
    (element: HTMLElement | null) => {
      listboxElementRef.current = element;
      viewListboxRef(element);
    },
    [viewListboxRef],
  );
  const mergeListboxRef = useMergedRef(setListboxRef);
  const removeSelected = useCallback((id: string) => dispatch({ type: 'ChipRemove', id }), [dispatch]);
  const clearSelection = useCallback(() => dispatch({ type: 'FunctionClearSelection' }), [dispatch]);

  const activeDescendant =
    state.isOpen && highlightedIndex >= 0 && view.rows.includes(highlightedIndex)
      ? ids.option(highlightedIndex)
      : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const { isOpen, inputValue, selectedIds } = latest.current.state;
    const current = latest.current.state.highlightedIndex;
    let action: PickerAction | null = null;
    switch (event.key) {
      case 'ArrowDown':
        action = { type: 'InputKeyDownArrowDown' };
        break;
      case 'ArrowUp':
        action = { type: 'InputKeyDownArrowUp' };
        break;
      case 'PageDown':
        if (isOpen) action = { type: 'InputKeyDownPageDown' };
        break;
      case 'PageUp':
        if (isOpen) action = { type: 'InputKeyDownPageUp' };
        break;
      // Closed, Home and End move the caret as in any text field.
      case 'Home':
        if (isOpen) action = { type: 'InputKeyDownHome' };
        break;
      case 'End':
        if (isOpen) action = { type: 'InputKeyDownEnd' };
        break;
      case 'Enter':
        if (isOpen && current >= 0) action = { type: 'InputKeyDownEnter' };
        break;
      // Space toggles only once the user moved into the list; after typing it is a space.
      case ' ':
        if (isOpen && current >= 0) action = { type: 'InputKeyDownSpace' };
        break;
      case 'Escape':
        if (isOpen || inputValue !== '') action = { type: 'InputKeyDownEscape' };
        break;
      case 'Backspace':
        if (inputValue === '' && selectedIds.length > 0) action = { type: 'InputKeyDownBackspace' };
        break;
    }
    if (!action) return;
    if (action.type !== 'InputKeyDownBackspace') event.preventDefault();
    dispatch(action);
  };

  /**
   * Closes the list after a blur, once focus has arrived where it is going (its `focus` event, else
   * the next task). Closing removes the option rows, and a focus trap that sees focus on `<body>`
   * while nodes are removed (Radix Dialog's, between blur and focus) pulls focus back to the dialog
   * itself: Tab from the input would then never reach the "Link" button.
   */
  const closeOnceFocused = (next: EventTarget | null) => {
    if (!(next instanceof HTMLElement)) {
      dispatch({ type: 'InputBlur' });
      return;
    }
    let isDone = false;
    const close = () => {
      if (isDone) return;
      isDone = true;
      next.removeEventListener('focus', close);
      // Focus came back in the meantime (a script, a quick click): stay open.
      const active = next.ownerDocument.activeElement;
      if (active === inputRef.current || (active && listboxElementRef.current?.contains(active))) return;
      dispatch({ type: 'InputBlur' });
    };
    next.addEventListener('focus', close);
    setTimeout(close, 0);
  };

  const getLabelProps = (props: Props = {}): Props => ({ id: ids.label, htmlFor: ids.input, ...props });

  const getInputProps = ({ ref, ...props }: Props & { ref?: Ref<HTMLInputElement> } = {}): Props => ({
    id: ids.input,
    type: 'text',
    role: 'combobox',
    autoComplete: 'off',
    spellCheck: false,
    'aria-autocomplete': 'list',
    'aria-expanded': state.isOpen,
    'aria-controls': ids.listbox,
    'aria-activedescendant': activeDescendant,
    ...props,
    ref: ref ? mergeInputRef(ref) : setInputRef,
    value: state.inputValue,
    onChange: compose<ChangeEvent<HTMLInputElement>>(props.onChange, (event) =>
      dispatch({ type: 'InputChange', inputValue: event.target.value }),
    ),
    onKeyDown: compose<KeyboardEvent<HTMLInputElement>>(props.onKeyDown, onKeyDown),
    onClick: compose<MouseEvent<HTMLInputElement>>(props.onClick, () => dispatch({ type: 'InputClick' })),
    // Focus leaving the combobox closes the list; focus moving into the list (a focusable row
    // content) does not.
    onBlur: compose<FocusEvent<HTMLInputElement>>(props.onBlur, (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && listboxElementRef.current?.contains(next)) return;
      closeOnceFocused(next);
    }),
  });

  const getListboxProps = (props: Props = {}): Props => ({
    id: ids.listbox,
    role: 'listbox',
    'aria-multiselectable': true,
    'aria-labelledby': ids.label,
    'aria-busy': results.status === 'loading' || results.isStale || undefined,
    // Not a tab stop: focus stays in the input (aria-activedescendant). Chromium would otherwise
    // make the scrolling list keyboard-focusable, and Tab would stop on it with the list open.
    tabIndex: -1,
    ...props,
    ref: props.ref ? mergeListboxRef(props.ref as Ref<HTMLElement>) : setListboxRef,
    onScroll: compose(props.onScroll, view.onScroll),
    // Focus that went into the list (host content, a script) closes it when it leaves the combobox.
    onBlur: compose<FocusEvent<HTMLElement>>(props.onBlur, (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && (event.currentTarget.contains(next) || next === inputRef.current)) return;
      closeOnceFocused(next);
    }),
    // Keeps focus in the input when a row is clicked (a blur would close the list first).
    onMouseDown: compose<MouseEvent>(props.onMouseDown, (event) => event.preventDefault()),
  });

  const getOptionProps = ({ index: position, ...props }: { index: number } & Props): Props => {
    const item = getItem(position);
    const disabled = linkedSet.has(item.id);
    const selected = selectedSet.has(item.id);
    const highlighted = position === highlightedIndex;
    return {
      id: ids.option(position),
      role: 'option',
      'aria-selected': selected,
      'aria-disabled': disabled || undefined,
      // Only a window of rows exists in the DOM: tell assistive technology the real size and place.
      'aria-setsize': itemCount,
      'aria-posinset': position + 1,
      'data-highlighted': highlighted ? '' : undefined,
      'data-selected': selected ? '' : undefined,
      'data-disabled': disabled ? '' : undefined,
      ...props,
      onClick: compose<MouseEvent>(props.onClick, () => {
        dispatch({ type: 'ItemClick', index: position });
        focusInput();
      }),
    };
  };

  const getChipRemoveButtonProps = ({ id, ...props }: { id: string } & Props): Props => ({
    type: 'button',
    ...props,
    onClick: compose<MouseEvent>(props.onClick, () => {
      dispatch({ type: 'ChipRemove', id });
      focusInput();
    }),
  });

  const getToggleButtonProps = (props: Props = {}): Props => ({
    type: 'button',
    tabIndex: -1,
    'aria-controls': ids.listbox,
    'aria-expanded': state.isOpen,
    ...props,
    // Keeps focus in the input: a blur would close the list before the click toggles it.
    onMouseDown: compose<MouseEvent>(props.onMouseDown, (event) => event.preventDefault()),
    onClick: compose<MouseEvent>(props.onClick, () => {
      dispatch({ type: 'ToggleButtonClick' });
      focusInput();
    }),
  });

  let materialized: readonly Identity[] | null = null;
  const pickerResult: Omit<UseChildPickerResult, 'items'> = {
    state: shownState,
    ids: { label: ids.label, input: ids.input, listbox: ids.listbox },
    isOpen: state.isOpen,
    inputValue: state.inputValue,
    highlightedIndex,
    selectedIds: state.selectedIds,
    selectedItems,
    itemCount,
    getItem,
    isSelected,
    isLinked,
    status: results.status,
    error: results.error,
    isStale: results.isStale,
    retry: results.retry,
    hasMore: results.hasMore,
    loadMore: results.loadMore,
    moreStatus: results.moreStatus,
    moreError: results.moreError,
    loadedMoreCount: results.loadedMoreCount,
    isUnsupportedQuery: results.isUnsupportedQuery,
    searchableBy: loadCandidates && !candidates ? loadCandidates.searchableBy : undefined,
    rows: view.rows,
    window: view.window,
    rowHeight,
    totalHeight: view.totalHeight,
    dispatch,
    removeSelected,
    clearSelection,
    focusInput,
    getLabelProps,
    getInputProps,
    getListboxProps,
    getOptionProps,
    getChipRemoveButtonProps,
    getToggleButtonProps,
  };
  // Built on first read, and not enumerable: spreading or inspecting the result (React's
  // development build diffs props) must not copy 100,000 identities.
  Object.defineProperty(pickerResult, 'items', {
    enumerable: false,
    get() {
      materialized ??= Array.from(result.indices, (position) => index.identities[position] as Identity);
      return materialized;
    },
  });
  return pickerResult as UseChildPickerResult;
}
