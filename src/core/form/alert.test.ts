import { encode } from 'uqr';
import { describe, expect, it, vi } from 'vitest';
import { KinshipError } from '../errors.js';
import { alertMessages } from './alert.js';
import { drawQrCode, qrPathFromMatrix } from './qr.js';

// Core never imports React: this makes any such import fail.
vi.mock('react', () => ({}));

describe('given a failed account creation', () => {
  describe('when the alert is worded', () => {
    it.each<[string, KinshipError, boolean, string[]]>([
      ['a server error', new KinshipError('server', 'x'), false, ['error.server']],
      [
        'with a trace id',
        new KinshipError('server', 'x', { traceId: 'tr-1' }),
        false,
        ['error.server', 'error.trace'],
      ],
      [
        'a rate limit with a wait',
        new KinshipError('rate-limited', 'x', { retryAfterMs: 2500 }),
        false,
        ['error.rate-limited.wait'],
      ],
      ['a rate limit without a wait', new KinshipError('rate-limited', 'x'), false, ['error.rate-limited']],
      [
        'a lost connection',
        new KinshipError('network', 'x', { mayHaveSucceeded: true }),
        false,
        ['error.may-have-succeeded'],
      ],
      [
        'a timeout',
        new KinshipError('timeout', 'x', { mayHaveSucceeded: true }),
        false,
        ['error.may-have-succeeded'],
      ],
      [
        'a lost connection while offline',
        new KinshipError('network', 'x', { mayHaveSucceeded: true }),
        true,
        ['error.offline', 'error.may-have-succeeded'],
      ],
      ['nothing sent because offline', new KinshipError('network', 'x'), true, ['error.offline']],
      [
        'a server error while offline (not about the connection)',
        new KinshipError('server', 'x'),
        true,
        ['error.server'],
      ],
      ['an unreadable answer', new KinshipError('invalid-response', 'x'), false, ['error.invalid-response']],
    ])('%s', (_title, error, isOffline, keys) => {
      expect(alertMessages(error, isOffline).map((line) => line.key)).toEqual(keys);
    });

    it('rounds the wait up to whole seconds', () => {
      expect(
        alertMessages(new KinshipError('rate-limited', 'x', { retryAfterMs: 2500 }), false)[0]?.values,
      ).toEqual({
        seconds: 3,
      });
    });
  });
});

const CONSENT_URL = 'https://consent.example.com/approve?token=abc';

describe('given the consent URL as a QR code', () => {
  describe('when a matrix is turned into a path', () => {
    it.each<[string, boolean[][], number, string]>([
      ['an empty matrix', [[false, false]], 0, ''],
      [
        'runs of dark modules become one rectangle each',
        [[true, true, false, true]],
        0,
        'M0 0h2v1h-2zM3 0h1v1h-1z',
      ],
      ['the quiet zone shifts everything', [[false], [true]], 4, 'M4 5h1v1h-1z'],
    ])('%s', (_title, matrix, offset, path) => {
      expect(qrPathFromMatrix(matrix, offset)).toBe(path);
    });
  });

  describe('when a URL is drawn', () => {
    it('covers exactly the dark modules of the code, inside a 4-module quiet zone', () => {
      const drawing = drawQrCode(CONSENT_URL);
      const dark = new Set<string>();
      for (const [, x, y, run] of drawing.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
        for (let i = 0; i < Number(run); i++) dark.add(`${Number(x) + i},${y}`);
      }
      const { data, size } = encode(CONSENT_URL, { ecc: 'M', border: 0 });
      expect(drawing.size).toBe(size + 8);
      // Every module drawn dark is dark in the encoder's matrix, and the other way round.
      const expected = new Set<string>();
      data.forEach((row, y) => {
        row.forEach((isDark, x) => {
          if (isDark) expected.add(`${x + 4},${y + 4}`);
        });
      });
      expect([...dark].sort()).toEqual([...expected].sort());
      // The three finder patterns' 7×7 outlines are dark.
      for (const [fx, fy] of [
        [4, 4],
        [drawing.size - 11, 4],
        [4, drawing.size - 11],
      ] as const) {
        for (let i = 0; i < 7; i++) {
          expect(dark.has(`${fx + i},${fy}`)).toBe(true);
          expect(dark.has(`${fx},${fy + i}`)).toBe(true);
        }
      }
    });

    it('refuses a text too long for any QR version', () => {
      expect(() => drawQrCode('x'.repeat(5000))).toThrow();
    });
  });
});
