import { describe, expect, it, vi } from 'vitest';
import { formatMessage } from './format.js';

vi.mock('react', () => ({}));

const children = '{count, plural, =0 {No children} one {# child} other {# children}}';

describe('formatMessage', () => {
  it.each([
    ['Hello {name}', { name: 'Lucía' }, 'en', 'Hello Lucía'],
    ['Hello {name}', {}, 'en', 'Hello {name}'],
    [children, { count: 0 }, 'en', 'No children'],
    [children, { count: 1 }, 'en', '1 child'],
    [children, { count: 2 }, 'en', '2 children'],
    [children, { count: 1500 }, 'en', '1,500 children'],
    [children, { count: 1500 }, 'pt-BR', '1.500 children'],
    ['Vincular {count, plural, one {# hijo} other {# hijos}}', { count: 3 }, 'es', 'Vincular 3 hijos'],
    [
      '{count, plural, one {# filho} other {# filhos} } de {name}',
      { count: 1, name: 'João' },
      'pt-BR',
      '1 filho de João',
    ],
    ['unbalanced {name', { name: 'x' }, 'en', 'unbalanced {name'],
    ['{count, plural, one {#}}', { count: 'many' }, 'en', '{count, plural, one {#}}'],
  ])('%s with %o in %s → %s', (template, values, locale, expected) => {
    expect(formatMessage(template, values, locale)).toBe(expected);
  });

  it('falls back to English plural rules for an invalid locale tag', () => {
    expect(formatMessage(children, { count: 2 }, 'not a locale!')).toBe('2 children');
  });
});
