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
/** Where a text sits in a key: 0 at its start, 1 at a word start, 2 elsewhere, -1 nowhere. */
function referenceRank(key: string, text: string): number {
  let at = key.indexOf(text);
  if (at === -1) return -1;
  if (at === 0) return 0;
  while (at !== -1) {
    if (!isWordChar(key.charCodeAt(at - 1))) return 1;
    at = key.indexOf(text, at + 1);
  }
  return 2;
}
/**
 * One word: where the key contains it. Several words: a match when the key contains every word;
 * rank 0 when the key starts with the whole query, else 1 when each word starts a word, else 2.
 */
function referenceSearch(candidates: readonly Identity[], query: string): number[] {
  const normalized = normalizeQuery(query);
  const words = normalized.split(' ');
  const ranked: Array<{ position: number; rank: number }> = [];
  candidates.forEach((identity, position) => {
    const key = normalizeKey(identitySearchText(identity).replace(/\n/g, ' '));
    if (normalized === '') {
      ranked.push({ position, rank: 0 });
      return;
    }
    let rank = referenceRank(key, normalized);
    if (words.length > 1) {
      const wordRanks = words.map((word) => referenceRank(key, word));
      if (wordRanks.some((wordRank) => wordRank === -1)) rank = -1;
      else if (rank !== 0) rank = wordRanks.every((wordRank) => wordRank <= 1) ? 1 : 2;
    }
    if (rank !== -1) ranked.push({ position, rank });
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

  describe('given a query of several words', () => {
    const candidates = [
      person('jose', {
        name: 'José Antonio',
        lastname: 'Núñez',
        email: 'jan@correo.cl',
        documentNumber: '12.345.678-9',
      }),
      person('lucia', { name: 'Lucía', lastname: 'Rojas', nickname: 'Chispa', email: 'lucia@gmail.com' }),
      person('nuno', { name: 'Nuno', lastname: 'Joseph', email: 'nuno@yahoo.com' }),
      person('parent', { name: 'José', lastname: 'Núñez Padre', email: 'padre@gmail.com' }),
    ];
    const options = { excludeIds: ['parent'] };
    it.each([
      ['jose nunez', ['José Antonio']],
      ['nunez jose', ['José Antonio']],
      ['  JOSÉ   NÚÑEZ ', ['José Antonio']],
      ['antonio nun', ['José Antonio']],
      ['lucia gmail', ['Lucía']],
      ['gmail.com lucia', ['Lucía']],
      ['chispa rojas', ['Lucía']],
      ['antonio 12345678', ['José Antonio']],
      ['12.345.678-9 nunez', ['José Antonio']],
      ['correo jan jose', ['José Antonio']],
      ['jose nuno', ['Nuno']],
      ['jose gmail', []],
      ['jose zzz', []],
    ])('when searching %j it finds %j, every word anywhere in one candidate', (query, expected) => {
      expect(names(candidates, query, options)).toEqual(expected);
    });

    it('when every word matches the excluded parent, the parent is still never found', () => {
      const index = createSearchIndex(candidates, options);
      expect(Array.from(index.search('padre jose').indices)).toEqual([]);
      expect(Array.from(index.search('nunez padre gmail').indices)).toEqual([]);
      expect(index.rankOf(3, 'padre jose')).toBe(-1);
    });
  });

  describe('given words that each match in a different candidate', () => {
    const candidates = [
      person('1', { name: 'Ana', lastname: 'Pérez', documentNumber: '777' }),
      person('2', { name: 'Zoe', lastname: 'Soto', email: 'zoe@correo.cl' }),
      person('3', { name: 'Bea' }),
    ];
    it.each([['777 zoe'], ['zoe 777'], ['perez soto'], ['correo.cl bea'], ['ana bea']])(
      'when searching %j (words split over neighbours), nothing is found',
      (query) => {
        expect(names(candidates, query)).toEqual([]);
      },
    );
    it('when the same words are in one candidate, it is found', () => {
      expect(names(candidates, 'soto zoe correo')).toEqual(['Zoe']);
    });
  });

  describe('given candidates matching a query of several words in different ways', () => {
    // In list order; the comment says how each matches "ana so".
    const candidates = [
      person('a', { name: 'Mariana', lastname: 'Sosa', nickname: 'Ana' }), // whole text inside a word, each word starts one: 1
      person('e', { name: 'Susana', lastname: 'Rosso' }), // each word inside a word: 2
      person('c', { name: 'Soledad', lastname: 'Ana' }), // each word starts a word: 1
      person('g', { name: 'Bea', lastname: 'Soto' }), // no "ana"
      person('b', { name: 'Ana', lastname: 'Soto' }), // whole text starts the name: 0
      person('d', { name: 'Luz', lastname: 'Ana Solís' }), // whole text starts a word: 1
      person('f', { name: 'Anabel', lastname: 'Pérez', email: 'x@sol.cl' }), // each word starts a word: 1
      person('h', { name: 'Ana', lastname: 'Soto' }), // whole text starts the name: 0
    ];
    it('when searching "ana so", names starting with it come first, then word starts, then the rest, each in list order', () => {
      const index = createSearchIndex(candidates);
      const result = index.search('ana so');
      expect(Array.from(result.indices, (position) => candidates[position]?.id)).toEqual([
        'b',
        'h',
        'a',
        'c',
        'd',
        'f',
        'e',
      ]);
    });
    it('when asking rankOf, it gives the rank search sorted by', () => {
      const index = createSearchIndex(candidates);
      expect(candidates.map((_, position) => index.rankOf(position, 'ana so'))).toEqual([
        1, 2, 1, -1, 0, 1, 1, 0,
      ]);
      // Reversed, no name starts with it: the word starts decide.
      expect(candidates.map((_, position) => index.rankOf(position, 'so ana'))).toEqual([
        1, 2, 1, -1, 1, 1, 1, 1,
      ]);
      expect(Array.from(index.search('so ana').indices, (position) => candidates[position]?.id)).toEqual([
        'a',
        'c',
        'b',
        'd',
        'f',
        'h',
        'e',
      ]);
    });
  });

  describe('given a user typing several words into a big list', () => {
    const candidates = generate(6000);
    candidates.splice(
      4321,
      0,
      person('jose-antonio', { name: 'José Antonio', lastname: 'Núñez', email: 'jan@correo.cl' }),
    );
    candidates.splice(1234, 0, person('parent-jose', { name: 'José', lastname: 'Núñez Soto' }));
    it('when typing "jose" → "jose n" → "jose nu" → "jose nunez" and back, each result equals a fresh index’s', () => {
      // The parent would match every step: none may offer it.
      const parent = candidates.findIndex((identity) => identity.id === 'parent-jose');
      const excludeIds = ['parent-jose'];
      const index = createSearchIndex(candidates, { excludeIds });
      const fresh = (query: string) =>
        Array.from(createSearchIndex(candidates, { excludeIds }).search(query).indices);
      const steps = ['jose', 'jose ', 'jose n', 'jose nu', 'jose nun', 'jose nune', 'jose nunez'];
      for (const query of [...steps, ...steps.slice(0, -1).reverse()]) {
        const found = Array.from(index.search(query).indices);
        expect(found, query).toEqual(fresh(query));
        const expected = referenceSearch(candidates, query);
        expect(expected, query).toContain(parent);
        expect(found, query).toEqual(expected.filter((position) => position !== parent));
      }
      expect(Array.from(index.search('jose nunez').indices, (position) => candidates[position]?.id)).toEqual([
        'jose-antonio',
      ]);
    });
    it.each([['lucia perez'], ['perez lucia'], ['a lu'], ['e 1'], ['maria exa com'], ['zoe 12 smith']])(
      'when typing %j, every prefix equals a fresh search of the reference, backspacing too',
      (text) => {
        const index = createSearchIndex(candidates);
        const prefixes = Array.from(text, (_, length) => text.slice(0, length + 1));
        for (const query of [...prefixes, ...prefixes.slice(0, -1).reverse()]) {
          expect(Array.from(index.search(query).indices), query).toEqual(referenceSearch(candidates, query));
          // Getting ready for the next keystroke never changes an answer.
          expect(index.prepare(query, Number.POSITIVE_INFINITY), query).toBe(true);
        }
      },
    );
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
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'á', 'B', '.', '@', '1', '-', '2', 'ñ'),
      minLength: 1,
      maxLength: 3,
    });
    const words = fc.array(word, { minLength: 2, maxLength: 4 }).map((list) => list.join(' '));
    it('when searching queries of several words, typed and retyped, search and rankOf agree with the reference', () => {
      fc.assert(
        fc.property(
          fc.array(identity, { maxLength: 40 }),
          fc.array(words, { minLength: 1, maxLength: 4 }),
          fc.boolean(),
          (fields, queries, typed) => {
            const candidates = fields.map((entry, position) => person(`p${position}`, entry));
            const index = createSearchIndex(candidates, { excludeIds: ['p3'], cacheSize: typed ? 6 : 0 });
            const expected = (query: string) =>
              referenceSearch(candidates, query).filter((position) => position !== 3);
            for (const query of queries) {
              const prefixes = typed ? Array.from(query, (_, length) => query.slice(0, length + 1)) : [query];
              for (const prefix of prefixes) {
                const found = Array.from(index.search(prefix).indices);
                expect(found, prefix).toEqual(expected(prefix));
                const normalized = normalizeQuery(prefix);
                const ranks = found.map((position) => index.rankOf(position, normalized));
                expect(ranks, prefix).toEqual([...ranks].sort());
                expect(ranks, prefix).not.toContain(-1);
                const unmatched = candidates.map((_, position) => position).filter((p) => !found.includes(p));
                for (const position of unmatched) expect(index.rankOf(position, normalized), prefix).toBe(-1);
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('given a list that reads only the window it shows (lazily ranked results)', () => {
    const candidates = generate(6000);
    const excludeIds = ['id-17'];
    const expected = (query: string) =>
      referenceSearch(candidates, query).filter((position) => position !== 17);
    /** What a virtual window shows: the rows [start, end) read one by one through `at`. */
    const windowOf = (result: { at(position: number): number }, start: number, end: number) =>
      Array.from({ length: end - start }, (_, offset) => result.at(start + offset));

    it.each([['a'], ['m'], ['z'], ['1'], ['9'], ['q'], ['.'], ['@']])(
      'when searching %j and scrolling to random windows, each window and the count equal the full-sort reference',
      (query) => {
        const index = createSearchIndex(candidates, { excludeIds });
        const result = index.search(query);
        const reference = expected(query);
        expect(result.count, query).toBe(reference.length);
        const random = seeded(query.charCodeAt(0));
        // First the top of the list, then jumps anywhere (a scrollbar drag), then back up.
        const windows: Array<[number, number]> = [[0, 20]];
        for (let jump = 0; jump < 12; jump++) {
          const start = Math.floor(random() * (reference.length + 10));
          windows.push([start, start + 1 + Math.floor(random() * 40)]);
        }
        windows.push([0, 5]);
        for (const [start, end] of windows) {
          const shown = windowOf(result, start, end);
          const wanted = windowOf({ at: (position) => reference[position] ?? -1 }, start, end);
          expect(shown, `${query} [${start}, ${end})`).toEqual(wanted);
        }
        expect(result.at(-1)).toBe(-1);
        expect(result.at(result.count)).toBe(-1);
        expect(Array.from(result.indices), query).toEqual(reference);
      },
    );

    it('when typing and reading only a window at each step, narrowing never depends on the unread rest', () => {
      const index = createSearchIndex(candidates, { excludeIds });
      for (const text of ['maria', 'a lu', 'perez', '12', 'jean-luc']) {
        for (let length = 1; length <= text.length; length++) {
          const query = text.slice(0, length);
          const result = index.search(query);
          const reference = expected(query);
          expect(result.count, query).toBe(reference.length);
          expect(windowOf(result, 0, 12), query).toEqual(windowOf({ at: (p) => reference[p] ?? -1 }, 0, 12));
          index.prepare(query, 1);
        }
      }
      for (const query of ['m', 'ma', 'a', 'a ', 'a l', '1', '12']) {
        expect(Array.from(index.search(query).indices), query).toEqual(expected(query));
      }
    });

    it('when arbitrary candidates are searched for one character, any window read in any order equals the reference', () => {
      const field = fc.option(
        fc.string({ unit: fc.constantFrom('a', 'b', 'á', 'B', ' ', '.', '1', '2', 'ñ'), maxLength: 6 }),
      );
      fc.assert(
        fc.property(
          fc.array(
            fc.record({ name: field, lastname: field, nickname: field, email: field, documentNumber: field }),
            { maxLength: 80 },
          ),
          fc.constantFrom('a', 'b', 'n', '1', '2', 'á'),
          fc.array(fc.tuple(fc.nat(90), fc.nat(30)), { maxLength: 8 }),
          (fields, query, windows) => {
            const list = fields.map((entry, position) => person(`p${position}`, entry));
            const index = createSearchIndex(list, { excludeIds: ['p3'] });
            const reference = referenceSearch(list, query).filter((position) => position !== 3);
            const result = index.search(query);
            expect(result.count).toBe(reference.length);
            for (const [start, length] of windows) {
              expect(windowOf(result, start, start + length)).toEqual(
                windowOf({ at: (position) => reference[position] ?? -1 }, start, start + length),
              );
            }
            expect(Array.from(result.indices)).toEqual(reference);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
