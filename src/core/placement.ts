/**
 * Where a floating list goes next to the field it belongs to (the picker's list in the top layer):
 * plain geometry in viewport pixels, no DOM. Below the field when the list fits there (or there is
 * at least as much room below as above), else above; as tall as the room on that side allows; as
 * wide as the field and lined up with it, shifted or narrowed only where the field reaches past the
 * viewport's edges.
 */

/** A box in viewport pixels (a `DOMRect` fits). */
export interface PlacementRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

/** Which side of the field the list is on. */
export type PlacementSide = 'bottom' | 'top';

/** What `placeList` needs. */
export interface PlaceListOptions {
  /** The field the list belongs to. */
  anchor: PlacementRect;
  /** The viewport's size (without scrollbars). */
  viewport: { width: number; height: number };
  /** How tall the list would be with all the room it wants. */
  contentHeight: number;
  /** Space between the field and the list. @default 4 */
  gap?: number;
  /** Space kept between the list and the viewport's edges. @default 8 */
  padding?: number;
  /**
   * The side the open list is on now: it stays there while that side still has `minHeight` (or all
   * the list wants), so the list does not jump from side to side while the user types or scrolls.
   */
  side?: PlacementSide;
  /** Room below which a side is not kept (a couple of rows). @default 112 */
  minHeight?: number;
}

/** Where the list goes. Use `top` or `bottom` (the other is `null`) as fixed-position offsets. */
export interface ListPlacement {
  side: PlacementSide;
  /** Distance from the viewport's top edge to the list's top edge (list below the field). */
  top: number | null;
  /** Distance from the viewport's bottom edge to the list's bottom edge (list above the field). */
  bottom: number | null;
  left: number;
  width: number;
  /** The room on the chosen side: the list's maximum height. */
  maxHeight: number;
  /** The field is entirely outside the viewport (scrolled away): hide the list. False without layout. */
  isAnchorHidden: boolean;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/** The list's place next to `anchor` (see the module summary). Pure. */
export function placeList(options: PlaceListOptions): ListPlacement {
  const { anchor, viewport, contentHeight } = options;
  const gap = options.gap ?? 4;
  const padding = options.padding ?? 8;
  const minHeight = options.minHeight ?? 112;
  const room = {
    bottom: Math.max(0, viewport.height - padding - anchor.bottom - gap),
    top: Math.max(0, anchor.top - gap - padding),
  };
  const wanted = Math.max(0, contentHeight);
  let side: PlacementSide;
  if (options.side && room[options.side] >= Math.min(wanted, minHeight)) side = options.side;
  else side = room.bottom >= wanted || room.bottom >= room.top ? 'bottom' : 'top';

  // Horizontally the list lines up with the field; `padding` only keeps it off the viewport's edges
  // where the field itself reaches past them (a field flush with the edge keeps its list there).
  const lowEdge = anchor.left < 0 ? padding : Math.min(padding, anchor.left);
  const highEdge =
    anchor.right > viewport.width
      ? viewport.width - padding
      : Math.max(viewport.width - padding, anchor.right);
  const width = Math.max(0, Math.min(anchor.width, highEdge - lowEdge));
  const left = clamp(anchor.left, lowEdge, Math.max(lowEdge, highEdge - width));
  return {
    side,
    top: side === 'bottom' ? anchor.bottom + gap : null,
    bottom: side === 'top' ? viewport.height - anchor.top + gap : null,
    left,
    width,
    maxHeight: room[side],
    // A field without a box (no layout: jsdom, display: none) is not "scrolled away".
    isAnchorHidden: anchor.height > 0 && (anchor.bottom <= 0 || anchor.top >= viewport.height),
  };
}
