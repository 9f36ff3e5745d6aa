import { describe, expect, it, vi } from 'vitest';
import { KinshipError } from '../errors.js';
import type { AddChildAccountResult } from '../schemas.js';
import {
  type AddChildFormAction,
  type AddChildFormState,
  addChildFormReducer,
  initialAddChildFormState,
  visibleFieldErrors,
} from './reducer.js';

// Core never imports React: this makes any such import fail.
vi.mock('react', () => ({}));

const RESULT: AddChildAccountResult = {
  status: 'success',
  message: null,
  entity: { serviceId: 'child-1', firstName: 'Lucía' },
  consentUrl: 'https://consent.example.com/abc',
};

function run(actions: AddChildFormAction[], state = initialAddChildFormState()): AddChildFormState {
  return actions.reduce(addChildFormReducer, state);
}

const serverFailure = new KinshipError('validation', 'refused', {
  fieldErrors: {
    userName: ['taken'],
    birthDate_YYYYMMDD: ['Too young for this partner'],
    form: ['Check the details'],
  },
});

describe('given the add-child form reducer', () => {
  describe('when a sequence of events happens', () => {
    it.each<[string, AddChildFormAction[], Partial<AddChildFormState>]>([
      [
        'typing stores the value',
        [{ type: 'FieldChange', name: 'firstName', value: 'Lu' }],
        { values: { ...initialAddChildFormState().values, firstName: 'Lu' } },
      ],
      [
        'leaving a field marks it touched',
        [{ type: 'FieldBlur', field: 'birthDate' }],
        { touched: { birthDate: true } },
      ],
      [
        'an invalid submit counts but sends nothing',
        [{ type: 'Submit', isValid: false }],
        { submitCount: 1, status: 'idle' },
      ],
      [
        'a valid submit goes pending',
        [{ type: 'Submit', isValid: true }],
        { submitCount: 1, status: 'pending' },
      ],
      [
        'a second submit while pending is ignored',
        [
          { type: 'Submit', isValid: true },
          { type: 'Submit', isValid: true },
          { type: 'Submit', isValid: true },
        ],
        { submitCount: 1, status: 'pending' },
      ],
      [
        'success keeps the result',
        [
          { type: 'Submit', isValid: true },
          { type: 'SubmitSuccess', result: RESULT },
        ],
        { status: 'success', result: RESULT },
      ],
      [
        'failure keeps the error and maps server field errors onto fields',
        [
          { type: 'Submit', isValid: true },
          { type: 'SubmitFailure', error: serverFailure },
        ],
        {
          status: 'error',
          error: serverFailure,
          serverErrors: {
            userName: ['taken'],
            birthDate: ['Too young for this partner'],
            form: ['Check the details'],
          },
        },
      ],
      [
        'editing a field clears only that field’s server errors',
        [
          { type: 'Submit', isValid: true },
          { type: 'SubmitFailure', error: serverFailure },
          { type: 'FieldChange', name: 'userName', value: 'lucia_2' },
        ],
        { serverErrors: { birthDate: ['Too young for this partner'], form: ['Check the details'] } },
      ],
      [
        'editing any date part clears the date fieldset’s server errors',
        [
          { type: 'Submit', isValid: true },
          { type: 'SubmitFailure', error: serverFailure },
          { type: 'FieldChange', name: 'birthMonth', value: '4' },
        ],
        { serverErrors: { userName: ['taken'], form: ['Check the details'] } },
      ],
      [
        'a new submit clears the alert but keeps field errors until the answer',
        [
          { type: 'Submit', isValid: true },
          { type: 'SubmitFailure', error: serverFailure },
          { type: 'Submit', isValid: true },
        ],
        {
          status: 'pending',
          error: null,
          submitCount: 2,
          serverErrors: {
            userName: ['taken'],
            birthDate: ['Too young for this partner'],
            form: ['Check the details'],
          },
        },
      ],
      [
        'a failure without field errors clears the old ones',
        [
          { type: 'Submit', isValid: true },
          { type: 'SubmitFailure', error: serverFailure },
          { type: 'Submit', isValid: true },
          { type: 'SubmitFailure', error: new KinshipError('server', 'boom') },
        ],
        { status: 'error', serverErrors: {} },
      ],
      [
        'reset starts over with the given values',
        [
          { type: 'FieldChange', name: 'firstName', value: 'Lucía' },
          { type: 'Submit', isValid: true },
          { type: 'SubmitSuccess', result: RESULT },
          { type: 'Reset', values: { parentEmail: 'ana@example.com' } },
        ],
        { ...initialAddChildFormState({ parentEmail: 'ana@example.com' }) },
      ],
    ])('%s', (_title, actions, expected) => {
      expect(run(actions)).toMatchObject(expected);
    });
  });

  describe('when a failure happens', () => {
    it('never clears what was typed', () => {
      const typed = run([
        { type: 'FieldChange', name: 'firstName', value: 'Lucía' },
        { type: 'FieldChange', name: 'birthYear', value: '2015' },
      ]);
      const failed = run(
        [
          { type: 'Submit', isValid: true },
          { type: 'SubmitFailure', error: new KinshipError('timeout', 'slow', { mayHaveSucceeded: true }) },
        ],
        typed,
      );
      expect(failed.values).toEqual(typed.values);
    });
  });

  describe('when nothing changes', () => {
    it.each<[string, AddChildFormAction, AddChildFormState]>([
      [
        'the same value again',
        { type: 'FieldChange', name: 'firstName', value: '' },
        initialAddChildFormState(),
      ],
      [
        'leaving a field already left',
        { type: 'FieldBlur', field: 'email' },
        run([{ type: 'FieldBlur', field: 'email' }]),
      ],
    ])('%s returns the same state object', (_title, action, state) => {
      expect(addChildFormReducer(state, action)).toBe(state);
    });
  });

  describe('when errors are shown', () => {
    const rules = { firstName: ['required'], userName: ['invalid-user-name'] };
    it.each<[string, AddChildFormAction[], Record<string, string[]>]>([
      ['nothing before the user leaves a field or submits', [], {}],
      [
        'only the field the user left',
        [{ type: 'FieldBlur', field: 'userName' }],
        { userName: ['invalid-user-name'] },
      ],
      ['every field after a submit', [{ type: 'Submit', isValid: false }], rules],
      [
        'server errors always, after the rules’ ones',
        [
          { type: 'Submit', isValid: true },
          { type: 'SubmitFailure', error: serverFailure },
        ],
        {
          firstName: ['required'],
          userName: ['invalid-user-name', 'taken'],
          birthDate: ['Too young for this partner'],
          form: ['Check the details'],
        },
      ],
    ])('%s', (_title, actions, expected) => {
      expect(visibleFieldErrors(run(actions), rules)).toEqual(expected);
    });
  });
});
