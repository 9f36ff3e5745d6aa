// Colour arithmetic for browser tests: what Chromium paints, read back through a canvas (it resolves
// oklch(), color-mix() and relative colours exactly as the page does), then WCAG 2 contrast.
// One place for the theme tests (src/theme/theme.browser.test.tsx) and the visual tests (test/visual).

/** Painted sRGB bytes, alpha 0..1. */
export type Rgba = [r: number, g: number, b: number, a: number];

let context: CanvasRenderingContext2D | null = null;
const painted = new Map<string, Rgba>();

/** Any CSS colour as painted sRGB bytes (alpha 0..1). */
export function toRgba(color: string): Rgba {
  const known = painted.get(color);
  if (known) return [...known];
  if (!context) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    context = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  const rgba: Rgba = [r!, g!, b!, a! / 255];
  painted.set(color, rgba);
  return [...rgba];
}

/** `top` composited over `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** WCAG 2 contrast ratio (1 to 21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** OKLCH hue (degrees) and chroma of a painted colour. */
export function hueAndChroma([r, g, b]: Rgba): { hue: number; chroma: number } {
  const [lr, lg, lb] = [r, g, b].map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808667423 * s;
  return { hue: ((Math.atan2(bb, a) * 180) / Math.PI + 360) % 360, chroma: Math.hypot(a, bb) };
}

/** Distance between two hues on the colour wheel, in degrees (0 to 180). */
export function hueDistance(x: number, y: number): number {
  const distance = Math.abs(x - y) % 360;
  return distance > 180 ? 360 - distance : distance;
}

const WHITE: Rgba = [255, 255, 255, 1];

/** The colour behind `element`: its own and its ancestors' backgrounds, composited; a white page last. */
export function backgroundOf(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = node.parentElement) {
    const layer = toRgba(getComputedStyle(node).backgroundColor);
    if (layer[3] === 0) continue;
    layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), WHITE);
}

/** A short, PII-free enough description of an element for failure messages: tag, class, 40 characters. */
export function describeElement(element: Element): string {
  const text = element.textContent?.trim().slice(0, 40) ?? '';
  return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${text}"`;
}

/** The element has a box and is not `visibility: hidden`. */
export function isVisible(element: Element): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility === 'visible';
}

/** WCAG 1.4.3 exempts inactive controls. */
export function isInactive(element: Element): boolean {
  return element.closest('[aria-disabled="true"], :disabled') !== null;
}

/**
 * Every visible element with text of its own (a non-blank text node, a placeholder shown, a select's
 * value), with its contrast against what is behind it. Inactive controls are left out (WCAG 1.4.3).
 */
export function textContrasts(root: Element): Array<{ element: Element; ratio: number }> {
  const results: Array<{ element: Element; ratio: number }> = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!isVisible(element) || isInactive(element)) continue;
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
    const background = backgroundOf(element);
    if (ownText) {
      const color = over(toRgba(getComputedStyle(element).color), background);
      results.push({ element, ratio: contrast(color, background) });
    }
    if (element instanceof HTMLInputElement && element.placeholder && element.value === '') {
      const color = over(toRgba(getComputedStyle(element, '::placeholder').color), background);
      results.push({ element, ratio: contrast(color, background) });
    }
    if (element instanceof HTMLSelectElement) {
      const color = over(toRgba(getComputedStyle(element).color), background);
      results.push({ element, ratio: contrast(color, background) });
    }
  }
  return results;
}

/** Texts under `root` below `minimum`:1, as `"ratio:1 <element>"` lines (empty when all pass). */
export function lowContrastTexts(root: Element, minimum = 4.5): string[] {
  return textContrasts(root)
    .filter(({ ratio }) => ratio < minimum)
    .map(({ element, ratio }) => `${ratio.toFixed(2)}:1 ${describeElement(element)}`);
}
