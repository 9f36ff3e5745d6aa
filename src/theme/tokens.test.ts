import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const docs = readFileSync(new URL('../../docs/theming.md', import.meta.url), 'utf8');

/** The declarations of the first rule whose selector contains `selector`. */
function block(selector: string, from = 0): Map<string, string> {
  const start = css.indexOf(selector, from);
  if (start === -1) throw new Error(`no rule for ${selector}`);
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  const declarations = new Map<string, string>();
  for (const match of css.slice(open + 1, close).matchAll(/(--kinship-[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    declarations.set(match[1]!, match[2]!.trim());
  }
  return declarations;
}

const light = block(':where([data-kinship-theme="system"]) {');
const dark = block(':where([data-kinship-theme="dark"]) {');
const darkBySystem = block(
  ':where([data-kinship-theme="system"]) {',
  css.indexOf('@media (prefers-color-scheme: dark)'),
);
const shared = block(':where(:root) {\n  --kinship-radius');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((index) => {
    const channel = Number.parseInt(hex.slice(index, index + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

// Text colour on background: WCAG AA needs 4.5:1 for normal text, 3:1 for borders (non-text).
const PAIRS: Array<[foreground: string, background: string, minimum: number]> = [
  ['fg', 'bg', 4.5],
  ['fg', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'bg', 4.5],
  ['accent-fg', 'accent', 4.5],
  ['danger', 'bg', 4.5],
  ['danger', 'danger-surface', 4.5],
  ['success', 'bg', 4.5],
  ['success', 'success-surface', 4.5],
  ['warning', 'bg', 4.5],
  ['warning', 'warning-surface', 4.5],
  ['fg', 'danger-surface', 4.5],
  ['border', 'bg', 3],
  ['border', 'surface', 3],
];

describe('design tokens (src/theme/tokens.css)', () => {
  describe('given the light and dark palettes', () => {
    it('declare the same tokens', () => {
      expect([...dark.keys()].sort()).toEqual([...light.keys()].sort());
    });

    it('keep the system-dark block identical to data-kinship-theme="dark"', () => {
      expect(Object.fromEntries(darkBySystem)).toEqual(Object.fromEntries(dark));
    });

    for (const [name, palette] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      for (const [foreground, background, minimum] of PAIRS) {
        it(`${name}: ${foreground} on ${background} reaches ${minimum}:1`, () => {
          const fg = palette.get(`--kinship-color-${foreground}`)!;
          const bg = palette.get(`--kinship-color-${background}`)!;
          expect(contrast(fg, bg)).toBeGreaterThanOrEqual(minimum);
        });
      }

      it(`${name}: the focus ring is the accent colour`, () => {
        expect(palette.get('--kinship-focus-ring')).toBe(
          `2px solid ${palette.get('--kinship-color-accent')}`,
        );
      });
    }
  });

  describe('given docs/theming.md', () => {
    const declared = new Set([...light.keys(), ...shared.keys()]);
    const documented = new Set(
      [...docs.matchAll(/^\| `(--kinship-[a-z0-9-]+)`/gm)].map((match) => match[1]!),
    );

    it('documents every token', () => {
      expect([...declared].filter((token) => !documented.has(token))).toEqual([]);
    });

    it('documents no token that does not exist', () => {
      expect([...documented].filter((token) => !declared.has(token))).toEqual([]);
    });

    it('shows the real light and dark colours', () => {
      for (const [token, value] of light) {
        if (!value.startsWith('#')) continue;
        expect(docs).toContain(`| \`${token}\` | \`${value}\` | \`${dark.get(token)}\` |`);
      }
    });
  });

  describe('given prefers-reduced-motion', () => {
    it('turns transitions off', () => {
      const reduced = block(':where(:root) {', css.indexOf('@media (prefers-reduced-motion: reduce)'));
      expect(reduced.get('--kinship-transition')).toMatch(/^0ms/);
    });
  });
});
