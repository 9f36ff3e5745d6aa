/**
 * From what the user typed to what PRIVO receives, and the field errors on the way, with the
 * lead's rules (`validateAddChildAccountInput`) plus the form's own: required-by-configuration
 * fields and the three free-entry parts of the birth date.
 */
import { createFieldErrorMap, ownFieldErrors } from '../http.js';
import type { AddChildAccountInput } from '../schemas.js';
import { birthDateFromParts, type FieldErrorCode, validateAddChildAccountInput } from '../validation.js';
import {
  ADD_CHILD_FORM_FIELDS,
  type AddChildFormConfig,
  type AddChildFormField,
  type AddChildFormValues,
} from './config.js';

/** Errors per form field: stable codes (`FieldErrorCode`) or a server's own message. */
export type AddChildFormFieldErrors = Partial<Record<AddChildFormField, string[]>>;

const TEXT_FIELDS = ['firstName', 'lastName', 'userName', 'gender', 'email'] as const;

function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** The trimmed host-given parent email, or `undefined` when blank or absent. */
function hostParentEmail(config: AddChildFormConfig): string | undefined {
  return given(config.parentEmail) ? config.parentEmail.trim() : undefined;
}

/**
 * Builds the request body from the values and the configuration: only fields that are shown and
 * filled in (trimmed); hidden fields are never sent (data minimisation). The birth date is sent as
 * `YYYYMMDD` when its three parts are numbers; the role when `ageInput` is `'role'`; the parent's
 * email from the configuration when the host gave it, else from the form. The result may lack
 * `parentEmail`: `validateAddChildForm` says so.
 */
export function buildAddChildAccountInput(
  values: AddChildFormValues,
  config: AddChildFormConfig,
): Partial<AddChildAccountInput> {
  const input: Partial<AddChildAccountInput> = {};
  for (const field of TEXT_FIELDS) {
    if (config.fields[field] !== 'hidden' && given(values[field])) input[field] = values[field].trim();
  }
  if (config.ageInput === 'birthDate') {
    const birthDate = birthDateFromParts({
      day: values.birthDay,
      month: values.birthMonth,
      year: values.birthYear,
    });
    if (birthDate !== null) input.birthDate_YYYYMMDD = birthDate;
  } else if (given(values.roleIdentifier)) {
    input.roleIdentifier = values.roleIdentifier.trim();
  }
  const parentEmail =
    hostParentEmail(config) ?? (given(values.parentEmail) ? values.parentEmail.trim() : undefined);
  if (parentEmail !== undefined) input.parentEmail = parentEmail;
  return input;
}

/** The form field a wire (or server) field name belongs to, or `null` for an unknown one. */
export function formFieldOfWireField(key: string): AddChildFormField | null {
  if (typeof key !== 'string') return null;
  if (key === 'birthDate_YYYYMMDD' || key === 'birthDate') return 'birthDate';
  return (ADD_CHILD_FORM_FIELDS as readonly string[]).includes(key) ? (key as AddChildFormField) : null;
}

function push(errors: AddChildFormFieldErrors, field: AddChildFormField, code: string): void {
  const list = errors[field];
  if (!list) errors[field] = [code];
  else if (!list.includes(code)) list.push(code);
}

/** The outcome of validating the form. */
export interface AddChildFormValidation {
  /** The body to send, or `null` while any field has an error. */
  input: AddChildAccountInput | null;
  /** Errors per form field; `{}` when valid. Includes hidden fields (a host-given `parentEmail`). */
  fieldErrors: AddChildFormFieldErrors;
}

/**
 * Validates the values against the configuration: an empty required field gives `required` (only
 * spaces: `blank`); a birth date with a missing or non-numeric part gives
 * `invalid-birth-date-format`; everything filled in goes through the core's rules.
 */
export function validateAddChildForm(
  values: AddChildFormValues,
  config: AddChildFormConfig,
  now: Date = new Date(),
): AddChildFormValidation {
  const errors: AddChildFormFieldErrors = {};
  const emptyCode = (value: string): FieldErrorCode => (value === '' ? 'required' : 'blank');

  for (const field of TEXT_FIELDS) {
    if (config.fields[field] === 'required' && !given(values[field]))
      push(errors, field, emptyCode(values[field]));
  }
  if (config.ageInput === 'birthDate') {
    const parts = [values.birthDay, values.birthMonth, values.birthYear];
    if (parts.every((part) => part.trim() === '')) push(errors, 'birthDate', 'required');
    else if (
      birthDateFromParts({ day: values.birthDay, month: values.birthMonth, year: values.birthYear }) === null
    ) {
      push(errors, 'birthDate', 'invalid-birth-date-format');
    }
  } else if (!given(values.roleIdentifier)) {
    push(errors, 'roleIdentifier', 'required');
  }
  if (hostParentEmail(config) === undefined && !given(values.parentEmail)) {
    push(errors, 'parentEmail', emptyCode(values.parentEmail));
  }

  const input = buildAddChildAccountInput(values, config);
  const checked = validateAddChildAccountInput(input, now);
  for (const [key, codes] of Object.entries(checked.fieldErrors)) {
    const field = formFieldOfWireField(key);
    if (field === null) continue;
    for (const code of codes) {
      // Replaced by the form's own `required` on the birth date or the role.
      if (code === 'birth-date-or-role-required') continue;
      // Already reported as `required`/`blank` above.
      if (code === 'required' && errors[field]) continue;
      push(errors, field, code);
    }
  }
  const isValid = Object.keys(errors).length === 0;
  return { input: isValid ? checked.value : null, fieldErrors: errors };
}

/**
 * Server field errors keyed by form field: wire names are mapped (`birthDate_YYYYMMDD` → `birthDate`);
 * unknown keys (`form`, an attribute the form does not have, even `constructor` or `__proto__`) are
 * kept under their own name, in a map without a prototype.
 */
export function serverFieldErrorsByField(
  fieldErrors: Record<string, readonly string[]> | undefined,
): Record<string, string[]> {
  const mapped = createFieldErrorMap();
  if (!fieldErrors || typeof fieldErrors !== 'object') return mapped;
  for (const [key, messages] of Object.entries(fieldErrors)) {
    if (!Array.isArray(messages)) continue;
    const target = formFieldOfWireField(key) ?? key;
    const list = [...(ownFieldErrors(mapped, target) ?? [])];
    for (const message of messages) {
      if (typeof message === 'string' && message !== '' && !list.includes(message)) list.push(message);
    }
    if (list.length > 0) mapped[target] = list;
  }
  return mapped;
}

/** Errors that have no field on screen: an unknown server key, or a hidden field such as a host-given `parentEmail`. */
export interface UnplacedFieldError {
  /** Form field or the server's key (`form` for form-level messages). */
  field: string;
  /** Codes or server messages. */
  messages: string[];
}

/** Splits errors into those shown on a visible field and the rest (shown in the alert region). */
export function placeFieldErrors(
  errors: Record<string, readonly string[] | undefined>,
  config: AddChildFormConfig,
): { placed: AddChildFormFieldErrors; unplaced: UnplacedFieldError[] } {
  const placed: AddChildFormFieldErrors = {};
  const unplaced: UnplacedFieldError[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    if (!messages || messages.length === 0) continue;
    const field = formFieldOfWireField(key);
    if (field !== null && config.fields[field] !== 'hidden') placed[field] = [...messages];
    else unplaced.push({ field: field ?? key, messages: [...messages] });
  }
  return { placed, unplaced };
}
