/**
 * What the add-child form asks, as data: which fields are shown, optional or required, and how
 * the child's age is asked. PRIVO only accepts attributes enabled in the partner's configuration,
 * and anything not collected here is collected later from the parent (DOMAIN.md), so this is
 * configuration, not code.
 */

/** Whether a field is shown, and if so whether it must be filled in. */
export type FieldRequirement = 'hidden' | 'optional' | 'required';

/** How the form asks for the child's age (partner configuration at PRIVO). */
export type AgeInput = 'birthDate' | 'role';

/** A role configured for the partner at PRIVO, offered when `ageInput` is `'role'`. */
export interface AddChildFormRole {
  /** PRIVO's `roleIdentifier`, sent as is. */
  identifier: string;
  /** What the user sees (already translated by the host). */
  label: string;
}

/** Per-field configuration a host may give. Collect no more than needed (COPPA, GDPR). */
export interface AddChildFormFieldsOption {
  /** @default 'required' */
  firstName?: 'required' | 'optional';
  /** @default 'required' */
  userName?: 'required' | 'optional';
  /** The child's own email. @default 'optional' */
  email?: FieldRequirement;
  /** @default 'optional' */
  gender?: FieldRequirement;
  /** @default 'hidden' (data minimisation) */
  lastName?: FieldRequirement;
}

/** The text inputs of the form, one per DOM control (the birth date has three). */
export type AddChildFormInputName =
  | 'firstName'
  | 'lastName'
  | 'userName'
  | 'birthDay'
  | 'birthMonth'
  | 'birthYear'
  | 'roleIdentifier'
  | 'gender'
  | 'email'
  | 'parentEmail';

/** What the user typed or chose, as strings (empty string: nothing). */
export type AddChildFormValues = Record<AddChildFormInputName, string>;

/**
 * The fields errors are shown on. The three birth date inputs share one field, `birthDate`,
 * shown on their fieldset.
 */
export type AddChildFormField =
  | 'firstName'
  | 'lastName'
  | 'userName'
  | 'birthDate'
  | 'roleIdentifier'
  | 'gender'
  | 'email'
  | 'parentEmail';

/** Every field in the order the form renders them (focus goes to the first invalid one). */
export const ADD_CHILD_FORM_FIELDS: readonly AddChildFormField[] = [
  'firstName',
  'lastName',
  'userName',
  'birthDate',
  'roleIdentifier',
  'gender',
  'email',
  'parentEmail',
];

/** Every input name, with empty values. */
export const EMPTY_ADD_CHILD_FORM_VALUES: Readonly<AddChildFormValues> = Object.freeze({
  firstName: '',
  lastName: '',
  userName: '',
  birthDay: '',
  birthMonth: '',
  birthYear: '',
  roleIdentifier: '',
  gender: '',
  email: '',
  parentEmail: '',
});

/** The field an input's errors belong to. */
export function fieldOfInput(name: AddChildFormInputName): AddChildFormField {
  return name === 'birthDay' || name === 'birthMonth' || name === 'birthYear' ? 'birthDate' : name;
}

/** What a host passes to configure the form (all optional). */
export interface AddChildFormConfigOptions {
  /** The parent's email when the host knows it: sent, not asked. */
  parentEmail?: string | undefined;
  /** @default 'birthDate' */
  ageInput?: AgeInput | undefined;
  /** Per-field requirements. */
  fields?: AddChildFormFieldsOption | undefined;
}

/** The resolved configuration: a requirement for every field. */
export interface AddChildFormConfig {
  ageInput: AgeInput;
  /** The host-given parent email, or `undefined` when the form asks for it. */
  parentEmail: string | undefined;
  /** Requirement of each field (`hidden` fields are neither shown nor sent). */
  fields: Record<AddChildFormField, FieldRequirement>;
}

/** Fills in the defaults: first name and username required, email and gender optional, last name hidden. */
export function resolveAddChildFormConfig(options: AddChildFormConfigOptions = {}): AddChildFormConfig {
  const ageInput: AgeInput = options.ageInput === 'role' ? 'role' : 'birthDate';
  const fields = options.fields ?? {};
  // A blank string (a host still loading the parent) counts as not given: the form asks.
  const parentEmail =
    typeof options.parentEmail === 'string' && options.parentEmail.trim() !== ''
      ? options.parentEmail.trim()
      : undefined;
  return {
    ageInput,
    parentEmail,
    fields: {
      firstName: fields.firstName === 'optional' ? 'optional' : 'required',
      lastName: requirement(fields.lastName, 'hidden'),
      userName: fields.userName === 'optional' ? 'optional' : 'required',
      birthDate: ageInput === 'birthDate' ? 'required' : 'hidden',
      roleIdentifier: ageInput === 'role' ? 'required' : 'hidden',
      gender: requirement(fields.gender, 'optional'),
      email: requirement(fields.email, 'optional'),
      parentEmail: parentEmail === undefined ? 'required' : 'hidden',
    },
  };
}

function requirement(value: unknown, fallback: FieldRequirement): FieldRequirement {
  return value === 'hidden' || value === 'optional' || value === 'required' ? value : fallback;
}

/** The fields the form shows, in render order. */
export function visibleFields(config: AddChildFormConfig): AddChildFormField[] {
  return ADD_CHILD_FORM_FIELDS.filter((field) => config.fields[field] !== 'hidden');
}
