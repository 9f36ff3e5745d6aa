import { describe, expect, it, vi } from 'vitest';
import { type PlacementRect, placeList } from './placement.js';

// core must never import React: if it did, this empty mock would break it.
vi.mock('react', () => ({}));

/** A field 400 px wide and 44 px tall whose top edge is at `top`. */
function field(top: number, left = 100, width = 400): PlacementRect {
  return { top, bottom: top + 44, left, right: left + width, width, height: 44 };
}

const viewport = { width: 1280, height: 900 };

describe('placeList', () => {
  describe('given room below the field', () => {
    it('puts the list below, as wide as the field, capped by the room below', () => {
      expect(placeList({ anchor: field(100), viewport, contentHeight: 330 })).toEqual({
        side: 'bottom',
        top: 148,
        bottom: null,
        left: 100,
        width: 400,
        maxHeight: 900 - 8 - 144 - 4,
        isAnchorHidden: false,
      });
    });
  });

  describe('given the field near the bottom of the viewport', () => {
    it('flips the list above, its bottom edge just over the field, capped by the room above', () => {
      const placement = placeList({ anchor: field(800), viewport, contentHeight: 330 });
      expect(placement.side).toBe('top');
      expect(placement.top).toBeNull();
      expect(placement.bottom).toBe(900 - 800 + 4);
      expect(placement.maxHeight).toBe(800 - 4 - 8);
    });

    it('keeps a short list below when it fits there', () => {
      expect(placeList({ anchor: field(780), viewport, contentHeight: 60 }).side).toBe('bottom');
    });
  });

  describe('given too little room on both sides', () => {
    it('takes the side with more room', () => {
      const small = { width: 390, height: 400 };
      expect(placeList({ anchor: field(120, 8, 374), viewport: small, contentHeight: 330 }).side).toBe(
        'bottom',
      );
      expect(placeList({ anchor: field(240, 8, 374), viewport: small, contentHeight: 330 }).side).toBe('top');
    });
  });

  describe('given the list is open on a side', () => {
    it('stays there while that side has a couple of rows of room, even if the other fits better', () => {
      const placement = placeList({ anchor: field(600), viewport, contentHeight: 60, side: 'top' });
      expect(placement.side).toBe('top');
    });

    it('moves when its side runs out of room', () => {
      const placement = placeList({ anchor: field(60), viewport, contentHeight: 330, side: 'top' });
      expect(placement.side).toBe('bottom');
    });
  });

  describe('given a field wider than the viewport or past its edge', () => {
    it('keeps the list inside the viewport', () => {
      const narrow = { width: 390, height: 844 };
      const placement = placeList({ anchor: field(100, -20, 600), viewport: narrow, contentHeight: 200 });
      expect(placement.left).toBe(8);
      expect(placement.width).toBe(390 - 16);
      const right = placeList({ anchor: field(100, 300, 200), viewport: narrow, contentHeight: 200 });
      expect(right.left + right.width).toBeLessThanOrEqual(390 - 8);
    });

    it('lines the list up with a field flush with the viewport’s edge (no shift off the field)', () => {
      const narrow = { width: 320, height: 844 };
      const placement = placeList({ anchor: field(100, 0, 320), viewport: narrow, contentHeight: 200 });
      expect(placement.left).toBe(0);
      expect(placement.width).toBe(320);
    });
  });

  describe('given the field scrolled out of the viewport', () => {
    it('says so, so the list can be hidden', () => {
      expect(placeList({ anchor: field(-100), viewport, contentHeight: 200 }).isAnchorHidden).toBe(true);
      expect(placeList({ anchor: field(950), viewport, contentHeight: 200 }).isAnchorHidden).toBe(true);
      expect(placeList({ anchor: field(-20), viewport, contentHeight: 200 }).isAnchorHidden).toBe(false);
    });
  });
});
