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
  for (const match of css.slice(open + 1, close).matchAll(/(--_?kinship-[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
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

// Text colour on background: WCAG AA needs 4.5:1 for normal text, 3:1 for borders (non-text). The
// accent is derived from the partner's brand in the browser: theme.browser.test.tsx checks it.
const PAIRS: Array<[foreground: string, background: string, minimum: number]> = [
  ['fg', 'bg', 4.5],
  ['fg', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
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

/** Tokens the host sets and the kit reads, never declared by the kit (so :root values reach everything). */
const INPUTS = [
  '--kinship-accent',
  '--kinship-accent-contrast',
  '--kinship-color-accent',
  '--kinship-focus-ring',
  '--kinship-font-family',
];

function srgbToLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function linearToSrgb(channel: number): number {
  const clipped = Math.min(1, Math.max(0, channel));
  return clipped <= 0.0031308 ? clipped * 12.92 : 1.055 * clipped ** (1 / 2.4) - 0.055;
}

/** sRGB (0..1) to OKLab, and back with per-channel clipping (what Chromium paints out-of-gamut colours as). */
function toOklab([r, g, b]: number[]): [number, number, number] {
  const [lr, lg, lb] = [r!, g!, b!].map(srgbToLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808667423 * s,
  ];
}

function fromOklab([L, a, b]: [number, number, number]): string {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  return `#${linear
    .map((channel) =>
      Math.round(linearToSrgb(channel) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Brand colours over the whole sRGB cube, 11 steps a side. */
const CUBE: number[][] = [];
for (let r = 0; r <= 10; r++)
  for (let g = 0; g <= 10; g++) for (let b = 0; b <= 10; b++) CUBE.push([r / 10, g / 10, b / 10]);

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

      it(`${name}: any brand colour, brought into the accent's lightness range, reaches 4.5:1 on bg and surface`, () => {
        const minimum = Number(palette.get('--_kinship-accent-lightness-min'));
        const maximum = Number(palette.get('--_kinship-accent-lightness-max'));
        expect(Number.isFinite(minimum) && Number.isFinite(maximum) && minimum < maximum).toBe(true);
        const failures: string[] = [];
        for (const brand of CUBE) {
          const [L, a, b] = toOklab(brand);
          const accent = fromOklab([Math.min(maximum, Math.max(minimum, L)), a, b]);
          for (const background of ['bg', 'surface']) {
            const ratio = contrast(accent, palette.get(`--kinship-color-${background}`)!);
            if (ratio < 4.5) failures.push(`${accent} on ${background}: ${ratio.toFixed(2)}`);
          }
        }
        expect(failures).toEqual([]);
      });
    }
  });

  describe("given the visitor's OS in dark mode", () => {
    it('only data-kinship-theme="system" follows it: the root stays light', () => {
      const media = css.indexOf('@media (prefers-color-scheme: dark)');
      const selectors = css.slice(css.indexOf('{', media) + 1, css.indexOf('{', css.indexOf('{', media) + 1));
      expect(selectors.replace(/\/\*[\s\S]*?\*\//g, '').trim()).toBe(':where([data-kinship-theme="system"])');
    });
  });

  describe("given the host's own tokens", () => {
    for (const token of INPUTS) {
      it(`never declares ${token}, so a value on :root reaches themed wrappers and portals`, () => {
        expect(css).not.toMatch(new RegExp(`${token}\\s*:`));
      });
    }

    it('derives the accent, the text on it and the ring on every kit element, not on :root', () => {
      const derived = block(':where([class^="kinship-"], [class*=" kinship-"]) {');
      const relative = block(
        ':where([class^="kinship-"], [class*=" kinship-"]) {',
        css.indexOf('@supports (color: oklch(from'),
      );
      expect(relative.get('--_kinship-accent')).toMatch(/^oklch\(\s*from var\(--_kinship-brand\)/);
      expect(css).toContain('--_kinship-brand: var(--kinship-accent, var(--kinship-color-accent, #1d5bb8));');
      expect([...derived.keys()].sort()).toEqual([
        '--_kinship-accent',
        '--_kinship-accent-text',
        '--_kinship-brand',
        '--_kinship-focus-ring',
      ]);
    });
  });

  describe('given docs/theming.md', () => {
    const declared = new Set(
      [...light.keys(), ...shared.keys(), ...INPUTS].filter((token) => !token.startsWith('--_')),
    );
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
