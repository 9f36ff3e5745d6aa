import { describe, expect, it, vi } from 'vitest';
import { datePartOrder } from './dateParts.js';

// Core never imports React: this makes any such import fail.
vi.mock('react', () => ({}));

describe('given the neutral age screen', () => {
  describe('when the date inputs are laid out for a locale', () => {
    it.each([
      ['en', ['month', 'day', 'year']],
      ['en-US', ['month', 'day', 'year']],
      ['en-GB', ['day', 'month', 'year']],
      ['es', ['day', 'month', 'year']],
      ['es-MX', ['day', 'month', 'year']],
      ['pt-BR', ['day', 'month', 'year']],
      ['de-DE', ['day', 'month', 'year']],
      ['ja-JP', ['year', 'month', 'day']],
      ['ja', ['year', 'month', 'day']],
      ['zh-CN', ['year', 'month', 'day']],
      ['ar', ['day', 'month', 'year']],
      ['he', ['day', 'month', 'year']],
      ['fr', ['day', 'month', 'year']],
      ['it', ['day', 'month', 'year']],
      ['nl', ['day', 'month', 'year']],
      ['pl', ['day', 'month', 'year']],
      ['ko-KR', ['year', 'month', 'day']],
    ])('orders %s as %j', (locale, expected) => {
      expect(datePartOrder(locale)).toEqual(expected);
    });
  });

  describe('when the locale tag is malformed', () => {
    it.each(['', 'not a locale!', 'x-'])('falls back to day/month/year for %j', (locale) => {
      expect(datePartOrder(locale)).toEqual(['day', 'month', 'year']);
    });
  });
});
