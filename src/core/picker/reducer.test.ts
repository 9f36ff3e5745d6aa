import { describe, expect, it, vi } from 'vitest';
import {
  INITIAL_PICKER_STATE,
  type PickerAction,
  type PickerContext,
  type PickerState,
  pickerReducer,
  reducePickerState,
} from './reducer.js';

// core must never import React: if it did, this empty mock would break it.
vi.mock('react', () => ({}));

/** Six options `o0`…`o5`; `disabled` lists the positions that are already linked. */
function context(disabled: number[] = [], itemCount = 6): PickerContext {
  const linked = new Set(disabled);
  return {
    itemCount,
    getItemId: (index) => `o${index}`,
    isItemDisabled: (index) => linked.has(index),
    pageSize: 3,
  };
}

function state(changes: Partial<PickerState> = {}): PickerState {
  return { ...INITIAL_PICKER_STATE, ...changes };
}

const open = (highlightedIndex: number, changes: Partial<PickerState> = {}) =>
  state({ isOpen: true, highlightedIndex, ...changes });

describe('pickerReducer', () => {
  describe('given the keyboard moves the highlight', () => {
    it.each<[string, PickerState, PickerAction, number[], Partial<PickerState>]>([
      [
        'ArrowDown on a closed list opens it on the first option',
        state(),
        { type: 'InputKeyDownArrowDown' },
        [],
        { isOpen: true, highlightedIndex: 0 },
      ],
      [
        'ArrowUp on a closed list opens it on the last option',
        state(),
        { type: 'InputKeyDownArrowUp' },
        [],
        { isOpen: true, highlightedIndex: 5 },
      ],
      [
        'ArrowDown moves to the next option',
        open(1),
        { type: 'InputKeyDownArrowDown' },
        [],
        { highlightedIndex: 2 },
      ],
      [
        'ArrowDown skips linked options',
        open(1),
        { type: 'InputKeyDownArrowDown' },
        [2, 3],
        { highlightedIndex: 4 },
      ],
      [
        'ArrowDown stays on the last option',
        open(5),
        { type: 'InputKeyDownArrowDown' },
        [],
        { highlightedIndex: 5 },
      ],
      [
        'ArrowDown stays when only linked ones follow',
        open(3),
        { type: 'InputKeyDownArrowDown' },
        [4, 5],
        { highlightedIndex: 3 },
      ],
      [
        'ArrowUp skips linked options',
        open(4),
        { type: 'InputKeyDownArrowUp' },
        [3, 2],
        { highlightedIndex: 1 },
      ],
      [
        'ArrowUp stays on the first option',
        open(0),
        { type: 'InputKeyDownArrowUp' },
        [],
        { highlightedIndex: 0 },
      ],
      [
        'ArrowDown from nothing goes to the first enabled option',
        open(-1),
        { type: 'InputKeyDownArrowDown' },
        [0],
        { highlightedIndex: 1 },
      ],
      [
        'Home goes to the first enabled option',
        open(4),
        { type: 'InputKeyDownHome' },
        [0, 1],
        { highlightedIndex: 2 },
      ],
      [
        'End goes to the last enabled option',
        open(0),
        { type: 'InputKeyDownEnd' },
        [5],
        { highlightedIndex: 4 },
      ],
      ['PageDown moves a page', open(0), { type: 'InputKeyDownPageDown' }, [], { highlightedIndex: 3 }],
      [
        'PageDown stops at the last enabled option',
        open(4),
        { type: 'InputKeyDownPageDown' },
        [5],
        { highlightedIndex: 4 },
      ],
      ['PageUp moves a page back', open(5), { type: 'InputKeyDownPageUp' }, [], { highlightedIndex: 2 }],
    ])('%s', (_title, before, action, disabled, expected) => {
      expect(pickerReducer(before, action, context(disabled))).toEqual({ ...before, ...expected });
    });

    it('ArrowDown on an empty list highlights nothing', () => {
      expect(pickerReducer(state(), { type: 'InputKeyDownArrowDown' }, context([], 0))).toEqual(
        state({ isOpen: true, highlightedIndex: -1 }),
      );
    });
  });

  describe('given options are toggled', () => {
    it.each<[string, PickerState, PickerAction, number[], readonly string[]]>([
      ['Enter selects the highlighted option', open(2), { type: 'InputKeyDownEnter' }, [], ['o2']],
      ['Enter again unselects it', open(2, { selectedIds: ['o2'] }), { type: 'InputKeyDownEnter' }, [], []],
      [
        'Space toggles like Enter',
        open(1, { selectedIds: ['o4'] }),
        { type: 'InputKeyDownSpace' },
        [],
        ['o4', 'o1'],
      ],
      ['Enter with nothing highlighted does nothing', open(-1), { type: 'InputKeyDownEnter' }, [], []],
      [
        'Enter on a closed list does nothing',
        state({ highlightedIndex: 2 }),
        { type: 'InputKeyDownEnter' },
        [],
        [],
      ],
      [
        'a click on an option selects it, in picking order',
        open(-1, { selectedIds: ['o5'] }),
        { type: 'ItemClick', index: 0 },
        [],
        ['o5', 'o0'],
      ],
      ['a click on a linked option does nothing', open(-1), { type: 'ItemClick', index: 3 }, [3], []],
      ['Enter on a linked option does nothing', open(3), { type: 'InputKeyDownEnter' }, [3], []],
      [
        'clearing the selection empties it',
        state({ selectedIds: ['o1', 'o2'] }),
        { type: 'FunctionClearSelection' },
        [],
        [],
      ],
      [
        'removing a chip unselects it',
        state({ selectedIds: ['o1', 'o2'] }),
        { type: 'ChipRemove', id: 'o1' },
        [],
        ['o2'],
      ],
      [
        'Backspace in an empty input removes the last chip',
        state({ selectedIds: ['o1', 'o2'] }),
        { type: 'InputKeyDownBackspace' },
        [],
        ['o1'],
      ],
      [
        'Backspace with text typed keeps the chips',
        state({ inputValue: 'lu', selectedIds: ['o1'] }),
        { type: 'InputKeyDownBackspace' },
        [],
        ['o1'],
      ],
    ])('%s', (_title, before, action, disabled, expected) => {
      expect(pickerReducer(before, action, context(disabled)).selectedIds).toEqual(expected);
    });
  });

  describe('given text was typed and an option is picked', () => {
    it.each<[string, PickerState, PickerAction, Partial<PickerState>]>([
      [
        'a click picks it, empties the text and keeps the list open, nothing highlighted',
        open(-1, { inputValue: 'jose' }),
        { type: 'ItemClick', index: 1 },
        { isOpen: true, inputValue: '', highlightedIndex: -1, selectedIds: ['o1'] },
      ],
      [
        'Enter picks it and empties the text',
        open(2, { inputValue: 'jose', selectedIds: ['o4'] }),
        { type: 'InputKeyDownEnter' },
        { isOpen: true, inputValue: '', highlightedIndex: -1, selectedIds: ['o4', 'o2'] },
      ],
      [
        'Space picks it and empties the text',
        open(0, { inputValue: 'jose' }),
        { type: 'InputKeyDownSpace' },
        { isOpen: true, inputValue: '', highlightedIndex: -1, selectedIds: ['o0'] },
      ],
      [
        'unselecting keeps the text and the highlight (the other matches stay listed)',
        open(2, { inputValue: 'jose', selectedIds: ['o2'] }),
        { type: 'InputKeyDownEnter' },
        { isOpen: true, inputValue: 'jose', highlightedIndex: 2, selectedIds: [] },
      ],
      [
        'a linked option changes nothing, the text stays',
        open(-1, { inputValue: 'jose' }),
        { type: 'ItemClick', index: 3 },
        { isOpen: true, inputValue: 'jose', highlightedIndex: 3, selectedIds: [] },
      ],
      [
        'with no text typed, the highlight stays on the picked row',
        open(2),
        { type: 'InputKeyDownEnter' },
        { isOpen: true, inputValue: '', highlightedIndex: 2, selectedIds: ['o2'] },
      ],
    ])('%s', (_title, before, action, expected) => {
      expect(pickerReducer(before, action, context([3]))).toEqual({ ...before, ...expected });
    });
  });

  describe('given the list opens and closes', () => {
    it.each<[string, PickerState, PickerAction, Partial<PickerState>]>([
      [
        'typing opens the list and clears the highlight',
        open(3),
        { type: 'InputChange', inputValue: 'lu' },
        { isOpen: true, inputValue: 'lu', highlightedIndex: -1 },
      ],
      [
        'Escape closes the list and keeps the text',
        open(2, { inputValue: 'lu' }),
        { type: 'InputKeyDownEscape' },
        { isOpen: false, highlightedIndex: -1, inputValue: 'lu' },
      ],
      [
        'Escape on a closed list clears the text',
        state({ inputValue: 'lu' }),
        { type: 'InputKeyDownEscape' },
        { inputValue: '' },
      ],
      [
        'leaving the input closes the list',
        open(1),
        { type: 'InputBlur' },
        { isOpen: false, highlightedIndex: -1 },
      ],
      ['the toggle button opens a closed list', state(), { type: 'ToggleButtonClick' }, { isOpen: true }],
      [
        'the toggle button closes an open list',
        open(2),
        { type: 'ToggleButtonClick' },
        { isOpen: false, highlightedIndex: -1 },
      ],
      ['a click in the input opens the list', state(), { type: 'InputClick' }, { isOpen: true }],
      [
        'Reset starts over',
        open(2, { inputValue: 'x', selectedIds: ['o1'] }),
        { type: 'Reset' },
        INITIAL_PICKER_STATE,
      ],
    ])('%s', (_title, before, action, expected) => {
      expect(pickerReducer(before, action, context())).toEqual({ ...before, ...expected });
    });
  });

  describe('given the results change under the highlight', () => {
    it.each<[string, number, number, number[], number]>([
      ['a highlight still in range stays', 2, 6, [], 2],
      ['a highlight past the new end is cleared', 5, 3, [], -1],
      ['a highlight on a now-linked option is cleared', 1, 6, [1], -1],
    ])('%s', (_title, highlightedIndex, itemCount, disabled, expected) => {
      const next = pickerReducer(
        open(highlightedIndex),
        { type: 'ItemsChange' },
        context(disabled, itemCount),
      );
      expect(next.highlightedIndex).toBe(expected);
    });
  });

  it('never mutates the state it is given', () => {
    const before = Object.freeze(open(1, { selectedIds: Object.freeze(['o0']) as readonly string[] }));
    expect(() => pickerReducer(before, { type: 'InputKeyDownEnter' }, context())).not.toThrow();
    expect(before.selectedIds).toEqual(['o0']);
  });
});

describe('reducePickerState', () => {
  describe('given a host stateReducer', () => {
    it('when an option is picked, the host sees the proposed changes and its answer wins', () => {
      // A host that keeps the typed text and closes the list on a pick (the kit's default is the opposite).
      const stateReducer = vi.fn(
        (state: PickerState, { type, changes }: { type: string; changes: PickerState }) =>
          type === 'ItemClick' ? { ...changes, isOpen: false, inputValue: state.inputValue } : changes,
      );
      const before = open(-1, { inputValue: 'lu' });
      const next = reducePickerState(before, { type: 'ItemClick', index: 2 }, context(), stateReducer);
      expect(stateReducer).toHaveBeenCalledWith(before, {
        type: 'ItemClick',
        index: 2,
        changes: { ...before, inputValue: '', highlightedIndex: -1, selectedIds: ['o2'] },
      });
      expect(next).toEqual({
        ...before,
        isOpen: false,
        inputValue: 'lu',
        highlightedIndex: -1,
        selectedIds: ['o2'],
      });
    });
  });
});
