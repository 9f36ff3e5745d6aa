import { describe, expect, it, vi } from 'vitest';
import {
  birthDateFromParts,
  checkBirthDate,
  isEmail,
  validateAddChildAccountInput,
  validateAddChildrenInput,
} from './validation.js';

// core must never import React: if it did, this empty mock would break it.
vi.mock('react', () => ({}));

const NOW = new Date(2026, 10, 22, 12, 0, 0);

describe('checkBirthDate', () => {
  it.each([
    ['20100605', null],
    ['20000229', null], // leap year
    ['19000101', null],
    ['20261122', null], // today is allowed
    ['20100230', 'invalid-birth-date'],
    ['19000229', 'invalid-birth-date'], // 1900 is not a leap year
    ['20101301', 'invalid-birth-date'],
    ['20100600', 'invalid-birth-date'],
    ['18991231', 'invalid-birth-date'],
    ['20261123', 'birth-date-in-future'],
    ['2010065', 'invalid-birth-date-format'],
    ['2010-06-05', 'invalid-birth-date-format'],
    ['２０１００６０５', 'invalid-birth-date-format'], // full-width digits are not \d
  ])('%s → %s', (value, expected) => {
    expect(checkBirthDate(value, NOW)).toBe(expected);
  });
});

describe('isEmail', () => {
  it.each([
    ['ana@example.com', true],
    ['ana.maría@correo.cl', true],
    ['a@b.co', true],
    ['ana@example', false],
    ['ana example@x.com', false],
    ['@x.com', false],
    ['ana@@x.com', false],
    ['ana@.com', false],
    [`${'a'.repeat(250)}@x.com`, false],
  ])('%s → %s', (value, expected) => {
    expect(isEmail(value)).toBe(expected);
  });
});

describe('birthDateFromParts', () => {
  it.each([
    [{ day: '5', month: '6', year: '2010' }, '20100605'],
    [{ day: ' 05 ', month: '06', year: '2010' }, '20100605'],
    [{ day: '', month: '6', year: '2010' }, null],
    [{ day: '5', month: '6', year: '10' }, null],
    [{ day: 'x', month: '6', year: '2010' }, null],
  ])('%o → %s', (parts, expected) => {
    expect(birthDateFromParts(parts)).toBe(expected);
  });
});

describe('validateAddChildAccountInput', () => {
  const valid = {
    firstName: 'Sally',
    userName: 'coolkid23',
    birthDate_YYYYMMDD: '20100605',
    gender: 'Female',
    email: 'sally@example.com',
    parentEmail: 'parent@example.com',
  };

  it('accepts the seed example and sends exactly its fields', () => {
    const result = validateAddChildAccountInput(valid, NOW);
    expect(result.fieldErrors).toEqual({});
    expect(result.value).toEqual(valid);
  });

  it('trims values but never rewrites emails otherwise', () => {
    const result = validateAddChildAccountInput(
      { ...valid, email: '  Sally@Example.COM ', firstName: ' Sally ' },
      NOW,
    );
    expect(result.value.email).toBe('Sally@Example.COM');
    expect(result.value.firstName).toBe('Sally');
  });

  it('drops keys the API does not know (data minimisation)', () => {
    const result = validateAddChildAccountInput({ ...valid, ssn: '123', favouriteColour: 'red' }, NOW);
    expect(Object.keys(result.value).sort()).toEqual(Object.keys(valid).sort());
  });

  it('accepts a role instead of a birth date', () => {
    const result = validateAddChildAccountInput(
      { parentEmail: 'p@example.com', roleIdentifier: 'childRole' },
      NOW,
    );
    expect(result.fieldErrors).toEqual({});
  });

  it('accepts accented first names', () => {
    expect(validateAddChildAccountInput({ ...valid, firstName: 'María' }, NOW).fieldErrors).toEqual({});
    expect(validateAddChildAccountInput({ ...valid, firstName: 'João' }, NOW).fieldErrors).toEqual({});
  });

  it.each([
    ['no parent email', { birthDate_YYYYMMDD: '20100605' }, { parentEmail: ['required'] }],
    [
      'neither birth date nor role',
      { parentEmail: 'p@example.com' },
      { birthDate_YYYYMMDD: ['birth-date-or-role-required'] },
    ],
    ['a blank first name', { ...valid, firstName: '   ' }, { firstName: ['blank'] }],
    ['a blank child email', { ...valid, email: '' }, { email: ['blank'] }],
    ['an invalid parent email', { ...valid, parentEmail: 'parent' }, { parentEmail: ['invalid-email'] }],
    ['an invalid child email', { ...valid, email: 'sally@' }, { email: ['invalid-email'] }],
    [
      'child email equal to parent email, any case',
      { ...valid, email: 'PARENT@example.com' },
      { email: ['same-as-parent-email'] },
    ],
    [
      'a first name with a space',
      { ...valid, firstName: 'Sally Ann' },
      { firstName: ['invalid-first-name'] },
    ],
    ['a first name with digits', { ...valid, firstName: 'Sally2' }, { firstName: ['invalid-first-name'] }],
    ['a short user name', { ...valid, userName: 'ab' }, { userName: ['invalid-user-name'] }],
    ['a user name with a dash', { ...valid, userName: 'cool-kid' }, { userName: ['invalid-user-name'] }],
    [
      'an impossible date',
      { ...valid, birthDate_YYYYMMDD: '20100230' },
      { birthDate_YYYYMMDD: ['invalid-birth-date'] },
    ],
    [
      'a future date',
      { ...valid, birthDate_YYYYMMDD: '20300101' },
      { birthDate_YYYYMMDD: ['birth-date-in-future'] },
    ],
    [
      'a 7-digit date',
      { ...valid, birthDate_YYYYMMDD: '2010065' },
      { birthDate_YYYYMMDD: ['invalid-birth-date-format'] },
    ],
    ['a number where a string is expected', { ...valid, userName: 42 }, { userName: ['invalid-type'] }],
  ])('refuses %s', (_title, input, expected) => {
    expect(validateAddChildAccountInput(input, NOW).fieldErrors).toEqual(expected);
  });

  it.each([null, undefined, 'text', 42, []])('treats %o as an empty input', (input) => {
    expect(validateAddChildAccountInput(input, NOW).fieldErrors.parentEmail).toEqual(['required']);
  });
});

describe('validateAddChildrenInput', () => {
  it('trims and de-duplicates child ids in order, keeping opaque ids as they are', () => {
    const result = validateAddChildrenInput({
      identityId: ' parent ',
      children: [
        ' 1a5925ac-4629-f7bf-db28-ac0f655e3eef',
        '679d29934a21df7584b38e12',
        '1a5925ac-4629-f7bf-db28-ac0f655e3eef',
      ],
    });
    expect(result.fieldErrors).toEqual({});
    expect(result.value).toEqual({
      identityId: 'parent',
      children: ['1a5925ac-4629-f7bf-db28-ac0f655e3eef', '679d29934a21df7584b38e12'],
    });
  });

  it.each([
    ['a blank parent id', { identityId: '  ', children: ['a'] }, { identityId: ['blank'] }],
    ['an empty parent id', { identityId: '', children: ['a'] }, { identityId: ['required'] }],
    ['no children', { identityId: 'p', children: [] }, { children: ['required'] }],
    ['children missing', { identityId: 'p' }, { children: ['required'] }],
    ['children not an array', { identityId: 'p', children: 'a' }, { children: ['invalid-type'] }],
    ['a blank child id', { identityId: 'p', children: ['a', ' '] }, { children: ['blank'] }],
    ['a non-string child id', { identityId: 'p', children: ['a', 7] }, { children: ['invalid-type'] }],
    ['the parent as its own child', { identityId: 'p', children: ['a', ' p '] }, { children: ['self-link'] }],
  ])('refuses %s', (_title, input, expected) => {
    expect(validateAddChildrenInput(input).fieldErrors).toEqual(expected);
  });
});
