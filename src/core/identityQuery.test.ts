import { describe, expect, it, vi } from 'vitest';
import { classifyIdentitySearch, IDENTITY_SEARCH_PARAMETERS } from './identityQuery.js';

vi.mock('react', () => ({}));

describe('classifyIdentitySearch', () => {
  describe('given what a parent types in the picker', () => {
    it.each([
      // email: trimmed, lower-cased
      ['  Valentina.Pena@Example.com ', { field: 'email', value: 'valentina.pena@example.com' }],
      // phone: a leading + makes it a phone, sent as E.164
      ['+56 9 1111 1111', { field: 'phone', value: '+56911111111' }],
      ['+52 (55) 1234-5678', { field: 'phone', value: '+525512345678' }],
      ['+56987654321', { field: 'phone', value: '+56987654321' }],
      // document numbers: RUT with or without dots, CURP, DNI, digits only
      ['17604011-4', { field: 'documentNumber', value: '17604011-4' }],
      ['17.604.011-4', { field: 'documentNumber', value: '17604011-4' }],
      ['16.245.781-k', { field: 'documentNumber', value: '16245781-K' }],
      ['gomc100315hdfmrra7', { field: 'documentNumber', value: 'GOMC100315HDFMRRA7' }],
      ['70451238', { field: 'documentNumber', value: '70451238' }],
      ['00451238', { field: 'documentNumber', value: '00451238' }],
      ['1017 234 568', { field: 'documentNumber', value: '1017234568' }],
      // nothing Conomy can match: names, half-typed emails, blank, a lone +
      ['Valentina Peña', { field: 'none', value: '' }],
      ['josé', { field: 'none', value: '' }],
      ['ana@', { field: 'none', value: '' }],
      ['   ', { field: 'none', value: '' }],
      ['+', { field: 'none', value: '' }],
      ['12/05/2010', { field: 'none', value: '' }],
    ])('%j → %j', (text, expected) => {
      expect(classifyIdentitySearch(text)).toEqual(expected);
    });
  });

  it('lists exactly the query parameters Conomy documents for GET /identities', () => {
    expect([...IDENTITY_SEARCH_PARAMETERS].sort()).toEqual(
      ['country', 'documentNumber', 'email', 'limit', 'next', 'phone', 'status', 'type'].sort(),
    );
  });
});
