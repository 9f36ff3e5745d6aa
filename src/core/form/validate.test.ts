import { describe, expect, it, vi } from 'vitest';
import {
  type AddChildFormConfigOptions,
  type AddChildFormValues,
  EMPTY_ADD_CHILD_FORM_VALUES,
  resolveAddChildFormConfig,
  visibleFields,
} from './config.js';
import {
  buildAddChildAccountInput,
  placeFieldErrors,
  serverFieldErrorsByField,
  validateAddChildForm,
} from './validate.js';

// Core never imports React: this makes any such import fail.
vi.mock('react', () => ({}));

const NOW = new Date(2025, 5, 15);

function values(overrides: Partial<AddChildFormValues>): AddChildFormValues {
  return { ...EMPTY_ADD_CHILD_FORM_VALUES, ...overrides };
}

const COMPLETE = values({
  firstName: 'Lucía',
  userName: 'lucia_2015',
  birthDay: '7',
  birthMonth: '3',
  birthYear: '2015',
  parentEmail: 'ana@example.com',
});

describe('given the form configuration', () => {
  describe('when the host gives nothing', () => {
    it('asks first name, username, date of birth, gender, child email and parent email; hides last name', () => {
      const config = resolveAddChildFormConfig();
      expect(config.fields).toEqual({
        firstName: 'required',
        lastName: 'hidden',
        userName: 'required',
        birthDate: 'required',
        roleIdentifier: 'hidden',
        gender: 'optional',
        email: 'optional',
        parentEmail: 'required',
      });
      expect(visibleFields(config)).toEqual([
        'firstName',
        'userName',
        'birthDate',
        'gender',
        'email',
        'parentEmail',
      ]);
    });
  });

  describe('when the host configures fields', () => {
    it.each<[string, AddChildFormConfigOptions, string[]]>([
      [
        'the role instead of the date',
        { ageInput: 'role' },
        ['firstName', 'userName', 'roleIdentifier', 'gender', 'email', 'parentEmail'],
      ],
      [
        'the parent email',
        { parentEmail: 'ana@example.com' },
        ['firstName', 'userName', 'birthDate', 'gender', 'email'],
      ],
      [
        'a blank parent email (still loading)',
        { parentEmail: '  ' },
        ['firstName', 'userName', 'birthDate', 'gender', 'email', 'parentEmail'],
      ],
      [
        'hidden email and gender',
        { fields: { email: 'hidden', gender: 'hidden' } },
        ['firstName', 'userName', 'birthDate', 'parentEmail'],
      ],
      [
        'a required last name',
        { fields: { lastName: 'required' } },
        ['firstName', 'lastName', 'userName', 'birthDate', 'gender', 'email', 'parentEmail'],
      ],
      [
        'an unknown requirement (falls back)',
        { fields: { email: 'sometimes' as 'optional' } },
        ['firstName', 'userName', 'birthDate', 'gender', 'email', 'parentEmail'],
      ],
    ])('with %s it shows %j', (_title, options, expected) => {
      expect(visibleFields(resolveAddChildFormConfig(options))).toEqual(expected);
    });
  });
});

describe('given values typed in the form', () => {
  describe('when the request body is built', () => {
    it.each<[string, AddChildFormConfigOptions, Partial<AddChildFormValues>, Record<string, string>]>([
      [
        'defaults: date as YYYYMMDD, trimmed values, empty optional fields left out',
        {},
        { ...COMPLETE, firstName: '  Lucía ', gender: '', email: '' },
        {
          firstName: 'Lucía',
          userName: 'lucia_2015',
          birthDate_YYYYMMDD: '20150307',
          parentEmail: 'ana@example.com',
        },
      ],
      [
        'the host-given parent email wins over anything typed',
        { parentEmail: 'host@example.com' },
        { ...COMPLETE, parentEmail: 'typed@example.com' },
        {
          firstName: 'Lucía',
          userName: 'lucia_2015',
          birthDate_YYYYMMDD: '20150307',
          parentEmail: 'host@example.com',
        },
      ],
      [
        'hidden fields are never sent, even with a value',
        { fields: { gender: 'hidden', email: 'hidden' } },
        { ...COMPLETE, lastName: 'Pérez', gender: 'Female', email: 'kid@example.com' },
        {
          firstName: 'Lucía',
          userName: 'lucia_2015',
          birthDate_YYYYMMDD: '20150307',
          parentEmail: 'ana@example.com',
        },
      ],
      [
        'shown optional fields are sent when filled in',
        { fields: { lastName: 'optional' } },
        { ...COMPLETE, lastName: 'Pérez', gender: 'Female', email: 'kid@example.com' },
        {
          firstName: 'Lucía',
          lastName: 'Pérez',
          userName: 'lucia_2015',
          birthDate_YYYYMMDD: '20150307',
          gender: 'Female',
          email: 'kid@example.com',
          parentEmail: 'ana@example.com',
        },
      ],
      [
        'role input sends the role, never the date',
        { ageInput: 'role' },
        { ...COMPLETE, roleIdentifier: 'CHILD_UNDER_13' },
        {
          firstName: 'Lucía',
          userName: 'lucia_2015',
          roleIdentifier: 'CHILD_UNDER_13',
          parentEmail: 'ana@example.com',
        },
      ],
      [
        'optional fields with only spaces are left out',
        {},
        { ...COMPLETE, email: '   ' },
        {
          firstName: 'Lucía',
          userName: 'lucia_2015',
          birthDate_YYYYMMDD: '20150307',
          parentEmail: 'ana@example.com',
        },
      ],
      [
        'a date with a part that is not a number is left out',
        {},
        { ...COMPLETE, birthMonth: 'March' },
        { firstName: 'Lucía', userName: 'lucia_2015', parentEmail: 'ana@example.com' },
      ],
    ])('%s', (_title, options, typed, expected) => {
      expect(buildAddChildAccountInput(values(typed), resolveAddChildFormConfig(options))).toEqual(expected);
    });
  });

  describe('when the form is validated', () => {
    it.each<[string, AddChildFormConfigOptions, Partial<AddChildFormValues>, Record<string, string[]>]>([
      ['complete: no errors', {}, COMPLETE, {}],
      [
        'empty form: every required field says required',
        {},
        {},
        {
          firstName: ['required'],
          userName: ['required'],
          birthDate: ['required'],
          parentEmail: ['required'],
        },
      ],
      ['only spaces in a required field', {}, { ...COMPLETE, firstName: '   ' }, { firstName: ['blank'] }],
      [
        'a required last name left empty',
        { fields: { lastName: 'required' } },
        COMPLETE,
        { lastName: ['required'] },
      ],
      ['a required email left empty', { fields: { email: 'required' } }, COMPLETE, { email: ['required'] }],
      [
        'a required gender left empty',
        { fields: { gender: 'required' } },
        COMPLETE,
        { gender: ['required'] },
      ],
      [
        'optional first name and username may stay empty',
        { fields: { firstName: 'optional', userName: 'optional' } },
        { ...COMPLETE, firstName: '', userName: '' },
        {},
      ],
      [
        'a missing date part',
        {},
        { ...COMPLETE, birthMonth: '' },
        { birthDate: ['invalid-birth-date-format'] },
      ],
      [
        'a two-digit year',
        {},
        { ...COMPLETE, birthYear: '15' },
        { birthDate: ['invalid-birth-date-format'] },
      ],
      [
        'not a calendar date',
        {},
        { ...COMPLETE, birthDay: '30', birthMonth: '2' },
        { birthDate: ['invalid-birth-date'] },
      ],
      [
        'a date in the future',
        {},
        { ...COMPLETE, birthYear: '2030' },
        { birthDate: ['birth-date-in-future'] },
      ],
      ['role input without a role', { ageInput: 'role' }, COMPLETE, { roleIdentifier: ['required'] }],
      [
        'a first name with a space',
        {},
        { ...COMPLETE, firstName: 'Ana María' },
        { firstName: ['invalid-first-name'] },
      ],
      ['a username too short', {}, { ...COMPLETE, userName: 'al' }, { userName: ['invalid-user-name'] }],
      ['a malformed child email', {}, { ...COMPLETE, email: 'kid@' }, { email: ['invalid-email'] }],
      [
        'the child email equal to the parent email',
        {},
        { ...COMPLETE, email: 'ANA@example.com' },
        { email: ['same-as-parent-email'] },
      ],
      [
        'a malformed parent email',
        {},
        { ...COMPLETE, parentEmail: 'ana' },
        { parentEmail: ['invalid-email'] },
      ],
      [
        'a malformed host-given parent email',
        { parentEmail: 'nope' },
        { ...COMPLETE, parentEmail: '' },
        { parentEmail: ['invalid-email'] },
      ],
    ])('%s', (_title, options, typed, expected) => {
      const result = validateAddChildForm(values(typed), resolveAddChildFormConfig(options), NOW);
      expect(result.fieldErrors).toEqual(expected);
      expect(result.input === null).toBe(Object.keys(expected).length > 0);
    });

    it('hands out the trimmed body when valid', () => {
      const result = validateAddChildForm(
        values({ ...COMPLETE, userName: ' lucia_2015 ' }),
        resolveAddChildFormConfig(),
        NOW,
      );
      expect(result.input).toEqual({
        firstName: 'Lucía',
        userName: 'lucia_2015',
        birthDate_YYYYMMDD: '20150307',
        parentEmail: 'ana@example.com',
      });
    });
  });
});

describe('given field errors from the server', () => {
  describe('when they are keyed by the wire names', () => {
    it.each<[string, Record<string, string[]> | undefined, Record<string, string[]>]>([
      ['nothing', undefined, {}],
      [
        'the date maps onto the date fieldset',
        { birthDate_YYYYMMDD: ['invalid'] },
        { birthDate: ['invalid'] },
      ],
      ['a bare birthDate key too', { birthDate: ['too young'] }, { birthDate: ['too young'] }],
      [
        'known fields keep their name',
        { userName: ['taken'], email: ['taken'] },
        { userName: ['taken'], email: ['taken'] },
      ],
      [
        'unknown keys are kept as they are',
        { form: ['Partner disabled'], mobilePhone: ['bad'] },
        { form: ['Partner disabled'], mobilePhone: ['bad'] },
      ],
      [
        'empty and duplicate messages are dropped',
        { userName: ['taken', 'taken', ''] },
        { userName: ['taken'] },
      ],
      ['a key with no messages disappears', { userName: [] }, {}],
    ])('%s', (_title, input, expected) => {
      expect(serverFieldErrorsByField(input)).toEqual(expected);
    });
  });

  describe('when they are placed for display', () => {
    it.each<[string, AddChildFormConfigOptions, Record<string, string[]>, string[], string[]]>([
      [
        'visible fields are placed',
        {},
        { userName: ['taken'], birthDate: ['x'] },
        ['userName', 'birthDate'],
        [],
      ],
      [
        'a hidden parent email is not',
        { parentEmail: 'ana@example.com' },
        { parentEmail: ['not found'] },
        [],
        ['parentEmail'],
      ],
      ['a hidden last name is not', {}, { lastName: ['bad'] }, [], ['lastName']],
      ['form-level messages are not', {}, { form: ['Partner disabled'] }, [], ['form']],
    ])('%s', (_title, options, errors, placed, unplaced) => {
      const result = placeFieldErrors(errors, resolveAddChildFormConfig(options));
      expect(Object.keys(result.placed)).toEqual(placed);
      expect(result.unplaced.map((entry) => entry.field)).toEqual(unplaced);
    });
  });
});
