/**
 * The picker's state machine (Downshift style): a pure reducer over actions named for the event that
 * caused them. Hosts adjust any transition through a `stateReducer` that receives the proposed
 * changes, instead of forking the component.
 */

/** Everything the picker remembers between events. */
export interface PickerState {
  /** Whether the listbox is shown. */
  isOpen: boolean;
  /** What is typed in the combobox input. */
  inputValue: string;
  /** Position of the highlighted option in the current results, `-1` for none. */
  highlightedIndex: number;
  /** Ids of the selected identities, in the order they were picked. */
  selectedIds: readonly string[];
}

/** What the reducer needs to know about the results shown when the event happened. */
export interface PickerContext {
  /** Number of options in the current results. */
  itemCount: number;
  /** Id of the option at a position. */
  getItemId(index: number): string;
  /** True for an option that cannot be picked (already linked). Checked per row: make it O(1). */
  isItemDisabled(index: number): boolean;
  /** Rows a page key moves by. @default 10 */
  pageSize?: number;
}

/** The events the picker reacts to. `type` names the event, never the intended change. */
export type PickerAction =
  | { type: 'InputChange'; inputValue: string }
  | { type: 'InputClick' }
  | { type: 'InputKeyDownArrowDown' }
  | { type: 'InputKeyDownArrowUp' }
  | { type: 'InputKeyDownPageDown' }
  | { type: 'InputKeyDownPageUp' }
  | { type: 'InputKeyDownHome' }
  | { type: 'InputKeyDownEnd' }
  | { type: 'InputKeyDownEnter' }
  | { type: 'InputKeyDownSpace' }
  | { type: 'InputKeyDownEscape' }
  | { type: 'InputKeyDownBackspace' }
  | { type: 'InputBlur' }
  | { type: 'ItemClick'; index: number }
  | { type: 'ChipRemove'; id: string }
  | { type: 'ToggleButtonClick' }
  | { type: 'Reset' }
  /** The host (or the styled picker, after linking) emptied the selection. */
  | { type: 'FunctionClearSelection' }
  /** The results changed under the highlight (new query, answer, or candidate list). */
  | { type: 'ItemsChange' };

/** The name of a picker event. */
export type PickerActionType = PickerAction['type'];

/** The state a fresh picker starts in. */
export const INITIAL_PICKER_STATE: PickerState = {
  isOpen: false,
  inputValue: '',
  highlightedIndex: -1,
  selectedIds: [],
};

/** First enabled position at or after `from` moving by `step` (±1); `-1` when there is none. */
export function findEnabledIndex(context: PickerContext, from: number, step: 1 | -1): number {
  for (let index = from; index >= 0 && index < context.itemCount; index += step) {
    if (!context.isItemDisabled(index)) return index;
  }
  return -1;
}

/** Moves the highlight by `amount` rows, landing on an enabled option; stays put at the ends. */
function moveHighlight(state: PickerState, context: PickerContext, amount: number): number {
  const { itemCount } = context;
  if (itemCount === 0) return -1;
  if (state.highlightedIndex < 0) {
    return amount > 0 ? findEnabledIndex(context, 0, 1) : findEnabledIndex(context, itemCount - 1, -1);
  }
  const step: 1 | -1 = amount > 0 ? 1 : -1;
  const target = Math.max(0, Math.min(itemCount - 1, state.highlightedIndex + amount));
  const found = findEnabledIndex(context, target, step);
  if (found !== -1) return found;
  // Past the last enabled option in that direction: look back towards where we were.
  const back = findEnabledIndex(context, target, step === 1 ? -1 : 1);
  return back === -1 ? state.highlightedIndex : back;
}

/** Adds the id if absent, removes it if present; keeps the picking order. */
function toggleId(selectedIds: readonly string[], id: string): readonly string[] {
  return selectedIds.includes(id) ? selectedIds.filter((selected) => selected !== id) : [...selectedIds, id];
}

function toggleAt(state: PickerState, context: PickerContext, index: number): readonly string[] {
  if (index < 0 || index >= context.itemCount || context.isItemDisabled(index)) return state.selectedIds;
  return toggleId(state.selectedIds, context.getItemId(index));
}

/**
 * Toggles the option at `index`; the list stays open. A pick (an id added) empties the text, as in
 * Downshift's multiple-selection combobox, so the next name is a new search ("cam", not "josecam");
 * the highlight then waits for the new results. Unselecting keeps the text: the other matches stay.
 */
function toggleAndClear(state: PickerState, context: PickerContext, index: number): PickerState {
  const selectedIds = toggleAt(state, context, index);
  const picked = selectedIds.length > state.selectedIds.length;
  if (picked && state.inputValue !== '')
    return { ...state, selectedIds, inputValue: '', highlightedIndex: -1 };
  return { ...state, selectedIds, highlightedIndex: index };
}

/**
 * The next state for an event. Pure: same state, action and context give the same answer, and the
 * input state is never mutated.
 */
export function pickerReducer(state: PickerState, action: PickerAction, context: PickerContext): PickerState {
  const pageSize = Math.max(1, context.pageSize ?? 10);
  switch (action.type) {
    case 'InputChange':
      // The results for the new text are not known yet: nothing is highlighted until the user
      // moves into the list, so a typed space stays a space.
      return { ...state, inputValue: action.inputValue, isOpen: true, highlightedIndex: -1 };
    case 'InputClick':
      return state.isOpen ? state : { ...state, isOpen: true };
    // The arrows open a closed list (and move at once); open, they only move.
    case 'InputKeyDownArrowDown':
      return { ...state, isOpen: true, highlightedIndex: moveHighlight(state, context, 1) };
    case 'InputKeyDownArrowUp':
      return { ...state, isOpen: true, highlightedIndex: moveHighlight(state, context, -1) };
    case 'InputKeyDownPageDown':
      return { ...state, isOpen: true, highlightedIndex: moveHighlight(state, context, pageSize) };
    case 'InputKeyDownPageUp':
      return { ...state, isOpen: true, highlightedIndex: moveHighlight(state, context, -pageSize) };
    case 'InputKeyDownHome':
      return { ...state, isOpen: true, highlightedIndex: findEnabledIndex(context, 0, 1) };
    case 'InputKeyDownEnd':
      return {
        ...state,
        isOpen: true,
        highlightedIndex: findEnabledIndex(context, context.itemCount - 1, -1),
      };
    case 'InputKeyDownEnter':
    case 'InputKeyDownSpace':
      if (!state.isOpen || state.highlightedIndex < 0) return state;
      return toggleAndClear(state, context, state.highlightedIndex);
    case 'InputKeyDownEscape':
      // Escape closes first; a second Escape clears the text (WAI-ARIA combobox pattern).
      if (state.isOpen) return { ...state, isOpen: false, highlightedIndex: -1 };
      return state.inputValue === '' ? state : { ...state, inputValue: '' };
    case 'InputKeyDownBackspace':
      // Only with an empty input: Backspace then removes the last chip instead of a character.
      if (state.inputValue !== '' || state.selectedIds.length === 0) return state;
      return { ...state, selectedIds: state.selectedIds.slice(0, -1) };
    case 'InputBlur':
      return state.isOpen || state.highlightedIndex !== -1
        ? { ...state, isOpen: false, highlightedIndex: -1 }
        : state;
    case 'ItemClick':
      return toggleAndClear(state, context, action.index);
    case 'ChipRemove':
      return state.selectedIds.includes(action.id)
        ? { ...state, selectedIds: state.selectedIds.filter((id) => id !== action.id) }
        : state;
    case 'ToggleButtonClick':
      return { ...state, isOpen: !state.isOpen, highlightedIndex: -1 };
    case 'Reset':
      return { ...INITIAL_PICKER_STATE };
    case 'FunctionClearSelection':
      return state.selectedIds.length === 0 ? state : { ...state, selectedIds: [] };
    case 'ItemsChange': {
      const index = state.highlightedIndex;
      const stillValid = index >= 0 && index < context.itemCount && !context.isItemDisabled(index);
      return index === -1 || stillValid ? state : { ...state, highlightedIndex: -1 };
    }
    default:
      action satisfies never;
      return state;
  }
}

/** An action with the changes the reducer proposes, as a `stateReducer` receives it. */
export type PickerActionAndChanges = PickerAction & {
  /** The state `pickerReducer` would produce. */
  changes: PickerState;
};

/**
 * Overrides transitions: receives the current state and the action with the proposed `changes`,
 * returns the state to use (usually `changes`, adjusted).
 */
export type PickerStateReducer = (
  state: PickerState,
  actionAndChanges: PickerActionAndChanges,
) => PickerState;

/** Runs `pickerReducer`, then the host's `stateReducer` when there is one. */
export function reducePickerState(
  state: PickerState,
  action: PickerAction,
  context: PickerContext,
  stateReducer?: PickerStateReducer,
): PickerState {
  const changes = pickerReducer(state, action, context);
  return stateReducer ? stateReducer(state, { ...action, changes }) : changes;
}
