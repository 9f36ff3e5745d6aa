import { describe, expect, it, vi } from 'vitest';
import { getFallbackWindow, getVirtualWindow, isInWindow, scrollTopToReveal } from './virtualWindow.js';

// core must never import React: if it did, this empty mock would break it.
vi.mock('react', () => ({}));

describe('getVirtualWindow', () => {
  describe('given 48 px rows in a 480 px viewport', () => {
    it.each([
      ['at the top', 0, 100_000, 2, { start: 0, end: 12 }],
      ['scrolled by whole rows', 4800, 100_000, 2, { start: 98, end: 112 }],
      ['scrolled to the middle of a row', 4824, 100_000, 2, { start: 98, end: 113 }],
      ['at the very end', 100_000 * 48 - 480, 100_000, 2, { start: 99_988, end: 100_000 }],
      ['scrolled past the end (elastic scroll)', 10_000_000, 100_000, 2, { start: 99_988, end: 100_000 }],
      ['scrolled above the top (elastic scroll)', -300, 100_000, 2, { start: 0, end: 12 }],
      ['with fewer rows than fit', 0, 3, 2, { start: 0, end: 3 }],
      ['with no rows', 0, 0, 2, { start: 0, end: 0 }],
      ['without overscan', 960, 1000, 0, { start: 20, end: 30 }],
    ])('%s renders %j…', (_title, scrollTop, count, overscan, expected) => {
      expect(getVirtualWindow({ scrollTop, viewportHeight: 480, rowHeight: 48, count, overscan })).toEqual(
        expected,
      );
    });
  });

  it('given no layout (height 0) it renders nothing: callers use the fallback window', () => {
    expect(getVirtualWindow({ scrollTop: 0, viewportHeight: 0, rowHeight: 48, count: 100 })).toEqual({
      start: 0,
      end: 0,
    });
  });
});

describe('getFallbackWindow', () => {
  it.each([
    ['no highlight', 10_000, -1, { start: 0, end: 30 }],
    ['a highlight inside the first rows', 10_000, 29, { start: 0, end: 30 }],
    ['a highlight further down', 10_000, 30, { start: 1, end: 31 }],
    ['a highlight on the last row', 10_000, 9999, { start: 9970, end: 10_000 }],
    ['a short list', 5, -1, { start: 0, end: 5 }],
    ['an empty list', 0, -1, { start: 0, end: 0 }],
  ])('given %s it renders %j', (_title, count, anchor, expected) => {
    const window = getFallbackWindow(count, anchor);
    expect(window).toEqual(expected);
    if (anchor >= 0) expect(isInWindow(window, anchor)).toBe(true);
  });
});

describe('scrollTopToReveal', () => {
  it.each([
    ['a visible row keeps the scroll', 480, 12, 480],
    ['a row above scrolls up to its top', 480, 5, 240],
    ['a row below scrolls down to its bottom', 0, 20, 528],
    ['a partly hidden row at the bottom is shown whole', 10, 10, 48],
    ['no row keeps the scroll', 480, -1, 480],
  ])('%s', (_title, scrollTop, index, expected) => {
    expect(scrollTopToReveal(scrollTop, 480, 48, index)).toBe(expected);
  });
});
