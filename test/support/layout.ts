// Layout checks for browser tests, without pixels: what a person would see cut off, covered or
// off-screen. Each returns human-readable problems (empty when none), so a test can assert `[]` and
// print every problem at once. The visual tests run them on every story (test/visual).
import { describeElement, isVisible } from './contrast.js';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Half a pixel of rounding either way is not a clip. */
const SLACK = 1;

function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

function isEmpty(box: Box): boolean {
  return box.right - box.left <= 0 || box.bottom - box.top <= 0;
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.left >= outer.left - SLACK &&
    inner.top >= outer.top - SLACK &&
    inner.right <= outer.right + SLACK &&
    inner.bottom <= outer.bottom + SLACK
  );
}

function format(box: Box): string {
  return `${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`;
}

/** The padding box of an element (what its overflow clips to), in viewport coordinates. */
function clipBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  const left = rect.left + element.clientLeft;
  const top = rect.top + element.clientTop;
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

function clips(value: string): 'hidden' | 'scroll' | null {
  if (value === 'hidden' || value === 'clip') return 'hidden';
  if (value === 'auto' || value === 'scroll') return 'scroll';
  return null;
}

function isTopLayer(element: Element): boolean {
  try {
    return element.matches(':popover-open, :modal, :fullscreen');
  } catch {
    return false;
  }
}

/** Establishes the containing block of fixed (and absolute) descendants. */
function containsFixed(style: CSSStyleDeclaration): boolean {
  return (
    style.transform !== 'none' ||
    style.perspective !== 'none' ||
    style.filter !== 'none' ||
    style.backdropFilter !== 'none' ||
    /paint|layout|strict|content/.test(style.contain) ||
    /transform|perspective|filter/.test(style.willChange)
  );
}

/**
 * The ancestors whose `overflow` can cut `element`, nearest first, with how: CSS lets an absolutely
 * positioned box escape every ancestor up to its containing block, a fixed one escape all but a
 * transformed (or contained) ancestor, and the top layer (popover, modal dialog) escape them all.
 */
function* clippingAncestors(
  element: Element,
): Generator<{ node: Element; style: CSSStyleDeclaration; box: Box; kind: 'hidden' | 'scroll' }> {
  let escaping: 'absolute' | 'fixed' | null = null;
  for (
    let node: Element | null = element;
    node && node !== document.documentElement;
    node = node.parentElement
  ) {
    const style = getComputedStyle(node);
    if (node !== element) {
      const isContainingBlock =
        escaping === 'absolute'
          ? style.position !== 'static' || containsFixed(style)
          : escaping === 'fixed'
            ? containsFixed(style)
            : true;
      if (isContainingBlock) {
        escaping = null;
        const x = clips(style.overflowX);
        const y = clips(style.overflowY);
        if (x || y) {
          const clip = clipBox(node);
          const box: Box = {
            left: x ? clip.left : -Infinity,
            right: x ? clip.right : Infinity,
            top: y ? clip.top : -Infinity,
            bottom: y ? clip.bottom : Infinity,
          };
          yield { node, style, box, kind: x === 'hidden' || y === 'hidden' ? 'hidden' : 'scroll' };
        }
      }
    }
    if (isTopLayer(node)) return;
    if (escaping === null && style.position === 'fixed') escaping = 'fixed';
    else if (escaping === null && style.position === 'absolute') escaping = 'absolute';
  }
}

/**
 * Visually hidden on purpose (the "sr-only" pattern: a 1 px box, `clip` or `clip-path`), or inside
 * something that is: not a clip a person would see.
 */
function isVisuallyHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.clip !== 'auto' && style.clip !== '') return true;
    if (style.clipPath !== 'none') return true;
    const rect = node.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) return true;
  }
  return false;
}

/** The element shows an ellipsis (or clamps lines) where its text is cut: the cut is the design. */
function hasEllipsisIntent(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.textOverflow === 'ellipsis') return true;
    if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '') return true;
    if (node.getAttribute('data-kinship-truncate') !== null) return true;
  }
  return false;
}

const CONTROLS = 'input, textarea, select, [contenteditable="true"]';

function ownTextRange(element: Element): Range | null {
  const texts = [...element.childNodes].filter(
    (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
  );
  if (texts.length === 0) return null;
  const range = document.createRange();
  range.setStartBefore(texts[0]!);
  range.setEndAfter(texts.at(-1)!);
  return range;
}

/**
 * Text a person cannot read in full, under `root`:
 * - an element whose own text overflows its box sideways (`scrollWidth > clientWidth`) without an
 *   ellipsis meant for it;
 * - text cut by an ancestor with `overflow: hidden`/`clip` (a scrolling ancestor only limits what
 *   shows now: the rest scrolls into view, so only the part shown there must fit the hidden ones);
 * - text beyond the page's left or right edge (the page would scroll sideways, or hide it).
 * Form controls scroll their own value and are left out; so is visually hidden text.
 */
export function clippedTexts(root: Element): string[] {
  const problems: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!isVisible(element) || element.matches(CONTROLS) || element.closest(CONTROLS)) continue;
    const range = ownTextRange(element);
    if (!range) continue;
    if (isVisuallyHidden(element) || hasEllipsisIntent(element)) continue;
    const style = getComputedStyle(element);
    if (
      style.display !== 'inline' &&
      style.display !== 'contents' &&
      element.scrollWidth > element.clientWidth + SLACK
    ) {
      problems.push(
        `text wider than its box (${element.scrollWidth} > ${element.clientWidth} px): ${describeElement(element)}`,
      );
      continue;
    }
    const rect = range.getBoundingClientRect();
    let shown: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    if (isEmpty(shown)) continue;
    const page: Box = {
      left: 0,
      top: -Infinity,
      right: document.documentElement.clientWidth,
      bottom: Infinity,
    };
    if (!contains(page, shown)) {
      problems.push(`text beyond the page's edge (${format(shown)}): ${describeElement(element)}`);
      continue;
    }
    for (const { node, style: ancestor, box: limit, kind } of clippingAncestors(element)) {
      if (kind === 'scroll') {
        // Scrolled out of view is not clipped: keep what shows for the ancestors above.
        shown = intersect(shown, limit);
        if (isEmpty(shown)) break;
        continue;
      }
      if (!contains(limit, shown)) {
        problems.push(
          `text cut by overflow:${ancestor.overflowX}/${ancestor.overflowY} of ${describeElement(node).slice(0, 60)} (text ${format(shown)}, box ${format(limit)}): ${describeElement(element)}`,
        );
        break;
      }
    }
  }
  return problems;
}

/**
 * Every open list (`[role="listbox"]` that is visible) must be seen whole: inside the viewport,
 * not cut by any ancestor that clips or scrolls (a list squeezed into a scrolling dialog shows one
 * option), and on top at its centre (`elementFromPoint`), not under another element. Its combobox
 * (the search box) must stay inside the viewport too.
 */
export function openListProblems(root: ParentNode = document): string[] {
  const problems: string[] = [];
  const viewport: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  for (const list of root.querySelectorAll('[role="listbox"]')) {
    if (!isVisible(list)) continue;
    const rect = list.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const box: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    const name = describeElement(list).slice(0, 60);
    if (!contains(viewport, box)) {
      problems.push(`open list outside the viewport (${format(box)} in ${format(viewport)}): ${name}`);
    }
    for (const { node, style, box: limit } of clippingAncestors(list)) {
      if (!contains(limit, box)) {
        problems.push(
          `open list cut by overflow:${style.overflowX}/${style.overflowY} of ${describeElement(node).slice(0, 60)} (list ${format(box)}, shown ${format(intersect(box, limit))}): ${name}`,
        );
        break;
      }
    }
    const x = (Math.max(box.left, 0) + Math.min(box.right, viewport.right)) / 2;
    const y = (Math.max(box.top, 0) + Math.min(box.bottom, viewport.bottom)) / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !list.contains(hit)) {
      problems.push(
        `open list covered at its centre (${Math.round(x)},${Math.round(y)}) by ${hit ? describeElement(hit).slice(0, 60) : 'nothing'}: ${name}`,
      );
    }
    const id = list.getAttribute('id');
    const combobox = id
      ? document.querySelector(`[role="combobox"][aria-controls="${CSS.escape(id)}"]`)
      : null;
    if (combobox && isVisible(combobox)) {
      const field = combobox.getBoundingClientRect();
      if (
        !contains(viewport, { left: field.left, top: field.top, right: field.right, bottom: field.bottom })
      ) {
        problems.push(`the search box of an open list is outside the viewport: ${describeElement(combobox)}`);
      }
    }
  }
  return problems;
}
