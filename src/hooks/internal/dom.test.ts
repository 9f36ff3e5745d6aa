import { describe, expect, it } from 'vitest';
import { composeEventHandlers, joinClassNames } from './dom.js';

const click = () => new Event('click', { cancelable: true });

describe('composeEventHandlers', () => {
  describe('given a host handler and the kit’s', () => {
    it('runs the host’s first, then the kit’s', () => {
      const calls: string[] = [];
      const handler = composeEventHandlers<Event>(
        () => calls.push('host'),
        () => calls.push('kit'),
      );
      handler(click());
      expect(calls).toEqual(['host', 'kit']);
    });

    describe('when the host calls preventDefault()', () => {
      it('skips the kit’s', () => {
        const calls: string[] = [];
        const handler = composeEventHandlers<Event>(
          (event) => event.preventDefault(),
          () => calls.push('kit'),
        );
        handler(click());
        expect(calls).toEqual([]);
      });
    });

    describe('when the event arrives already prevented (a Radix dialog keeping itself open)', () => {
      it('still runs the kit’s: only the host’s own call counts', () => {
        const calls: string[] = [];
        const handler = composeEventHandlers<Event>(
          () => calls.push('host'),
          () => calls.push('kit'),
        );
        const event = click();
        event.preventDefault();
        handler(event);
        expect(calls).toEqual(['host', 'kit']);
      });
    });
  });

  describe('given no host handler', () => {
    it('runs the kit’s', () => {
      const calls: string[] = [];
      composeEventHandlers<Event>(undefined, () => calls.push('kit'))(click());
      expect(calls).toEqual(['kit']);
    });
  });
});

describe('joinClassNames', () => {
  it('joins the given names with spaces, skipping false, null, undefined and empty ones', () => {
    expect(joinClassNames('kinship-a', false, null, undefined, '', 'host')).toBe('kinship-a host');
  });

  it('gives undefined when no name is left, so no empty class attribute is rendered', () => {
    expect(joinClassNames(false, undefined, '')).toBeUndefined();
  });
});
