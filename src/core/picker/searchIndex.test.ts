import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Identity } from '../schemas.js';
import { normalizeKey, normalizeQuery } from './normalize.js';
import { createSearchIndex, identitySearchText } from './searchIndex.js';

// core must never import React: if it did, this empty mock would break it.
vi.mock('react', () => ({}));

function person(id: string, fields: Partial<Identity> = {}): Identity {
  return { id, type: 'USER', children: [], ...fields } as Identity;
}

/** Names of the matches, in result order. */
function names(candidates: Identity[], query: string, options = {}): string[] {
  const index = createSearchIndex(candidates, options);
  const result = index.search(query);
  return Array.from(result.indices, (position) => index.identities[position]?.name ?? '');
}

// The reference the optimised index must agree with: one key per candidate, plain string methods.
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 128;
}
function referenceSearch(candidates: readonly Identity[], query: string): number[] {
  const normalized = normalizeQuery(query);
  const ranked: Array<{ position: number; rank: number }> = [];
  candidates.forEach((identity, position) => {
    const key = normalizeKey(identitySearchText(identity).replace(/\n/g, ' '));
    if (normalized === '') {
      ranked.push({ position, rank: 0 });
      return;
    }
    let at = key.indexOf(normalized);
    if (at === -1) return;
    let rank = 2;
    if (at === 0) rank = 0;
    else {
      while (at !== -1) {
        if (!isWordChar(key.charCodeAt(at - 1))) {
          rank = 1;
          break;
        }
        at = key.indexOf(normalized, at + 1);
      }
    }
    ranked.push({ position, rank });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.position - b.position).map((entry) => entry.position);
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const FIRST = ['Lucía', 'María', 'José', 'Ana', 'Ñandú', 'Martín', 'Łukasz', 'Мария', 'Zoë', 'Jean-Luc'];
const LAST = ['Pérez', 'González', 'Muñoz', 'Díaz', 'O’Brien', 'Lucero', 'da Silva', 'Ørsted', 'Smith'];
function generate(count: number, seed = 7): Identity[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const name = pick(FIRST);
    const lastname = pick(LAST);
    return person(`id-${index}`, {
      name,
      lastname,
      nickname: random() < 0.2 ? pick(FIRST).slice(0, 3) : null,
      email: random() < 0.9 ? `${name}.${lastname}${index}@example.com`.replace(/\s/g, '') : null,
      documentNumber:
        random() < 0.8 ? `${Math.floor(random() * 90_000_000) + 10_000_000}-${index % 10}` : null,
    });
  });
}

describe('createSearchIndex', () => {
  describe('given identities whose names carry accents and capitals', () => {
    const candidates = [
      person('1', { name: 'Lucía', lastname: 'Pérez' }),
      person('2', { name: 'LUCIA', lastname: 'Soto' }),
      person('3', { name: 'Lucas', lastname: 'Díaz' }),
      person('4', { name: 'Łukasz', lastname: 'Ørsted' }),
      person('5', { name: 'Мария', lastname: 'Иванова' }),
    ];
    it.each([
      ['lucia', ['Lucía', 'LUCIA']],
      ['LUCÍA', ['Lucía', 'LUCIA']],
      ['  Lucia   Perez ', ['Lucía']],
      ['perez', ['Lucía']],
      ['diaz', ['Lucas']],
      ['łuk', ['Łukasz']],
      ['ørs', ['Łukasz']],
      ['мар', ['Мария']],
      ['иван', ['Мария']],
      ['zzz', []],
    ])('when searching %j it finds %j', (query, expected) => {
      expect(names(candidates, query)).toEqual(expected);
    });
  });

  describe('given each searchable key', () => {
    const candidates = [
      person('name', { name: 'Alba' }),
      person('last', { name: 'B', lastname: 'Quintana' }),
      person('nick', { name: 'C', nickname: 'Chispa' }),
      person('mail', { name: 'D', email: 'dmitri@correo.cl' }),
      person('doc', { name: 'E', documentNumber: '12.345.678-9' }),
      person('other', { name: 'F', country: 'CHL', phone: '+56911112222', externalId: 'ext-quintana' }),
    ];
    it.each([
      ['alba', ['Alba']],
      ['quint', ['B']],
      ['chisp', ['C']],
      ['correo.cl', ['D']],
      ['12345678', ['E']],
      ['12.345.678-9', ['E']],
      ['345678-9', ['E']],
      ['chl', []],
      ['5691111', []],
    ])('when searching %j it finds %j (and nothing from other fields)', (query, expected) => {
      expect(names(candidates, query)).toEqual(expected);
    });
  });

  describe('given matches at the start of the name, at a word start and inside a word', () => {
    const candidates = [
      person('a', { name: 'Ana', lastname: 'Talu' }), // inside a word: "ta-lu"
      person('b', { name: 'Marta', lastname: 'Lucero' }), // last name starts with it
      person('c', { name: 'Lucía', lastname: 'Pérez' }), // name starts with it
      person('d', { name: 'Pedro', email: 'pedro.luna@example.com' }), // email word
      person('e', { name: 'Luna', lastname: 'Soto' }), // name starts with it
      person('f', { name: 'Iván', email: 'ivanlu@example.com' }), // inside the email
    ];
    it('when searching "lu" it lists name starts, then word starts, then the rest, each in list order', () => {
      expect(names(candidates, 'lu')).toEqual(['Lucía', 'Luna', 'Marta', 'Pedro', 'Ana', 'Iván']);
    });
    it('when searching "" it lists everyone in list order', () => {
      expect(names(candidates, '')).toEqual(['Ana', 'Marta', 'Lucía', 'Pedro', 'Luna', 'Iván']);
    });
  });

  describe('given the parent among the candidates', () => {
    it('when searching, the excluded parent is never found', () => {
      const candidates = [person('parent', { name: 'Lucía' }), person('child', { name: 'Lucas' })];
      expect(names(candidates, 'lu', { excludeIds: ['parent'] })).toEqual(['Lucas']);
      expect(names(candidates, '', { excludeIds: ['parent'] })).toEqual(['Lucas']);
    });
  });

  describe('given a field with a line break', () => {
    it('when searching across it, the candidate is still one match and the next one is intact', () => {
      const candidates = [person('1', { name: 'Ana\nMaría' }), person('2', { name: 'Bea' })];
      const index = createSearchIndex(candidates);
      expect(index.size).toBe(2);
      expect(names(candidates, 'ana maria')).toEqual(['Ana\nMaría']);
      expect(names(candidates, 'bea')).toEqual(['Bea']);
    });
  });

  describe('given an index built in slices', () => {
    it('when searched before it is complete, it finishes first and answers in full', () => {
      const candidates = generate(10_000);
      const index = createSearchIndex(candidates, { deferBuild: true });
      expect(index.isBuilt).toBe(false);
      expect(index.buildSlice(0)).toBe(false);
      const result = index.search('maria');
      expect(index.isBuilt).toBe(true);
      expect(Array.from(result.indices)).toEqual(referenceSearch(candidates, 'maria'));
    });
    it('when sliced until done, buildSlice reports completion', () => {
      const index = createSearchIndex(generate(5000), { deferBuild: true });
      let slices = 0;
      while (!index.buildSlice(0)) slices++;
      expect(slices).toBeGreaterThan(0);
      expect(index.isBuilt).toBe(true);
    });
  });

  describe('given a user typing one character at a time (incremental narrowing)', () => {
    const candidates = generate(6000);
    it.each([
      ['lucia perez'],
      ['maria.gonzalez'],
      ['example.com'],
      ['jean-luc'],
      ['1234'],
      ['łuk'],
      ['zoe'],
      ['a'],
    ])('when typing %j, every prefix equals a fresh search of the reference', (word) => {
      const index = createSearchIndex(candidates);
      for (let length = 1; length <= word.length; length++) {
        const query = word.slice(0, length);
        expect(Array.from(index.search(query).indices), query).toEqual(referenceSearch(candidates, query));
      }
      // Backspacing reuses or recomputes, and must still agree.
      for (let length = word.length - 1; length >= 0; length--) {
        const query = word.slice(0, length);
        expect(Array.from(index.search(query).indices), query).toEqual(referenceSearch(candidates, query));
      }
    });
  });

  describe('given arbitrary candidates and query sequences', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'á', 'B', ' ', '.', '@', '1', '-', '2', 'ñ'),
      maxLength: 8,
    });
    const identity = fc.record({
      name: fc.option(text),
      lastname: fc.option(text),
      nickname: fc.option(text),
      email: fc.option(text),
      documentNumber: fc.option(text),
    });
    it('when searching each query in turn, the index agrees with the reference', () => {
      fc.assert(
        fc.property(
          fc.array(identity, { maxLength: 60 }),
          fc.array(text, { maxLength: 6 }),
          (fields, queries) => {
            const candidates = fields.map((entry, position) => person(`p${position}`, entry));
            // The parent (p3, when there is one) is left out; one-character results are prepared for.
            const index = createSearchIndex(candidates, { excludeIds: ['p3'] });
            const expected = (query: string) =>
              referenceSearch(candidates, query).filter((position) => position !== 3);
            for (const query of queries) {
              for (let length = 0; length <= query.length; length++) {
                const prefix = query.slice(0, length);
                expect(Array.from(index.search(prefix).indices)).toEqual(expected(prefix));
                if (length % 2 === 1) index.prepare(prefix, Number.POSITIVE_INFINITY);
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
