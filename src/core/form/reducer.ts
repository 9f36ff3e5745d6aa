/**
 * The add-child form as a pure reducer over events (Downshift's `useCombobox/reducer.ts` idea):
 * values, which fields were left, how many submits, the submission's status and the server's
 * field errors. Errors from the rules are derived (`visibleFieldErrors`), never stored.
 */
import type { KinshipError } from '../errors.js';
import { createFieldErrorMap, ownFieldErrors } from '../http.js';
import type { AddChildAccountResult } from '../schemas.js';
import {
  type AddChildFormField,
  type AddChildFormInputName,
  type AddChildFormValues,
  EMPTY_ADD_CHILD_FORM_VALUES,
  fieldOfInput,
} from './config.js';
import { type AddChildFormFieldErrors, serverFieldErrorsByField } from './validate.js';

/** Where the submission stands. */
export type AddChildFormStatus = 'idle' | 'pending' | 'success' | 'error';

/** Everything the form remembers. */
export interface AddChildFormState {
  /** What the user typed: never cleared by an error. */
  values: AddChildFormValues;
  /** Fields the user has left at least once: their rule errors are shown. */
  touched: Partial<Record<AddChildFormField, true>>;
  /** Submit attempts (valid or not); after the first, every rule error is shown. */
  submitCount: number;
  /** The submission's status. */
  status: AddChildFormStatus;
  /** The created account, once `status` is `success`. */
  result: AddChildAccountResult | null;
  /** The last failure, while `status` is `error`. */
  error: KinshipError | null;
  /**
   * The server's field errors keyed by form field (or the server's key when unknown); a field's
   * entry is dropped as soon as the user edits that field.
   */
  serverErrors: Record<string, string[]>;
}

/** The events that change the form, named for what happened. */
export type AddChildFormAction =
  /** The user changed an input. */
  | { type: 'FieldChange'; name: AddChildFormInputName; value: string }
  /** Focus left a field (for the birth date: left the whole fieldset). */
  | { type: 'FieldBlur'; field: AddChildFormField }
  /** The user submitted; `isValid` says whether the rules let the request go. */
  | { type: 'Submit'; isValid: boolean }
  /** The server created the account. */
  | { type: 'SubmitSuccess'; result: AddChildAccountResult }
  /** The request failed (or was refused before sending). */
  | { type: 'SubmitFailure'; error: KinshipError }
  /** Start over, e.g. to add another child. */
  | { type: 'Reset'; values?: Partial<AddChildFormValues> | undefined };

/** The action types, for `stateReducer` overrides. */
export const AddChildFormActionTypes = {
  FieldChange: 'FieldChange',
  FieldBlur: 'FieldBlur',
  Submit: 'Submit',
  SubmitSuccess: 'SubmitSuccess',
  SubmitFailure: 'SubmitFailure',
  Reset: 'Reset',
} as const satisfies Record<AddChildFormAction['type'], AddChildFormAction['type']>;

/** The first state, with optional initial values. */
export function initialAddChildFormState(values?: Partial<AddChildFormValues>): AddChildFormState {
  const initial: AddChildFormValues = { ...EMPTY_ADD_CHILD_FORM_VALUES };
  if (values) {
    for (const key of Object.keys(initial) as AddChildFormInputName[]) {
      const value = values[key];
      if (typeof value === 'string') initial[key] = value;
    }
  }
  return {
    values: initial,
    touched: {},
    submitCount: 0,
    status: 'idle',
    result: null,
    error: null,
    serverErrors: createFieldErrorMap(),
  };
}

/** A copy without `key` (own entries only: `constructor` is never an inherited member here). */
function withoutKey(record: Record<string, string[]>, key: string): Record<string, string[]> {
  if (!Object.hasOwn(record, key)) return record;
  const rest = createFieldErrorMap();
  for (const [name, list] of Object.entries(record)) if (name !== key) rest[name] = list;
  return rest;
}

/** The pure transition function. */
export function addChildFormReducer(state: AddChildFormState, action: AddChildFormAction): AddChildFormState {
  switch (action.type) {
    case 'FieldChange': {
      if (state.values[action.name] === action.value) return state;
      return {
        ...state,
        values: { ...state.values, [action.name]: action.value },
        serverErrors: withoutKey(state.serverErrors, fieldOfInput(action.name)),
      };
    }
    case 'FieldBlur': {
      if (state.touched[action.field]) return state;
      return { ...state, touched: { ...state.touched, [action.field]: true } };
    }
    case 'Submit': {
      // Enter held down or a double click: the submission in flight is the only one.
      if (state.status === 'pending') return state;
      return {
        ...state,
        submitCount: state.submitCount + 1,
        status: action.isValid ? 'pending' : 'idle',
        error: null,
        result: null,
      };
    }
    case 'SubmitSuccess': {
      return {
        ...state,
        status: 'success',
        result: action.result,
        error: null,
        serverErrors: createFieldErrorMap(),
      };
    }
    case 'SubmitFailure': {
      return {
        ...state,
        status: 'error',
        result: null,
        error: action.error,
        serverErrors: serverFieldErrorsByField(action.error.fieldErrors),
      };
    }
    case 'Reset': {
      return initialAddChildFormState(action.values);
    }
    default: {
      action satisfies never;
      return state;
    }
  }
}

/**
 * The errors to show per field: the rules' errors once the field was left or after a submit,
 * then the server's (until the field is edited).
 */
export function visibleFieldErrors(
  state: AddChildFormState,
  ruleErrors: AddChildFormFieldErrors,
): Record<string, string[]> {
  const visible = createFieldErrorMap();
  for (const [field, codes] of Object.entries(ruleErrors) as [AddChildFormField, string[]][]) {
    if (codes.length > 0 && (state.submitCount > 0 || state.touched[field])) visible[field] = [...codes];
  }
  for (const [field, messages] of Object.entries(state.serverErrors)) {
    if (!Array.isArray(messages)) continue;
    const list = [...(ownFieldErrors(visible, field) ?? [])];
    for (const message of messages) if (!list.includes(message)) list.push(message);
    if (list.length > 0) visible[field] = list;
  }
  return visible;
}
