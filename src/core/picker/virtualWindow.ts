/**
 * Pure window math for a virtualized list of fixed-height rows: which rows to render for a scroll
 * position, and where to scroll to reveal a row. No measuring: row height is fixed, so nothing is
 * re-measured when the results change.
 */

/** A half-open range of row positions `[start, end)`. */
export interface VirtualWindow {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

/** Inputs of `getVirtualWindow`. */
export interface VirtualWindowInput {
  /** Current scroll offset of the list, in pixels. */
  scrollTop: number;
  /** Visible height of the list, in pixels (`0` when there is no layout). */
  viewportHeight: number;
  /** Height of every row, in pixels. */
  rowHeight: number;
  /** Number of rows. */
  count: number;
  /** Extra rows rendered above and below the visible ones. @default 4 */
  overscan?: number;
}

/** Rows rendered where there is no layout to measure (jsdom, server rendering). */
export const FALLBACK_WINDOW_SIZE = 30;

/** The rows to render for a scroll position: the visible ones plus `overscan` on each side. */
export function getVirtualWindow(input: VirtualWindowInput): VirtualWindow {
  const { scrollTop, viewportHeight, rowHeight, count } = input;
  const overscan = Math.max(0, input.overscan ?? 4);
  if (count <= 0 || rowHeight <= 0 || viewportHeight <= 0) return { start: 0, end: 0 };
  const maxScroll = Math.max(0, count * rowHeight - viewportHeight);
  const top = Math.min(Math.max(0, scrollTop), maxScroll);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + viewportHeight) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/**
 * The rows to render when nothing can be measured: the first `size` rows, moved along so that
 * `anchor` (the highlighted row) is always among them.
 */
export function getFallbackWindow(count: number, anchor = -1, size = FALLBACK_WINDOW_SIZE): VirtualWindow {
  const length = Math.max(1, size);
  if (count <= 0) return { start: 0, end: 0 };
  if (anchor < length) return { start: 0, end: Math.min(count, length) };
  const end = Math.min(count, anchor + 1);
  return { start: Math.max(0, end - length), end };
}

/**
 * The smallest scroll change that shows row `index` whole: unchanged when it is already visible,
 * else aligned to the nearest edge.
 */
export function scrollTopToReveal(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  index: number,
): number {
  if (index < 0 || rowHeight <= 0) return scrollTop;
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/** True when row `index` is inside the window. */
export function isInWindow(window: VirtualWindow, index: number): boolean {
  return index >= window.start && index < window.end;
}
