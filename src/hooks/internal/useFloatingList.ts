'use client';

// Internal: the picker's list in the top layer, placed next to its field. Never exported publicly.
import { type RefObject, useEffect, useRef } from 'react';
import { type PlacementSide, placeList } from '../../core/placement.js';
import { useIsomorphicLayoutEffect } from './dom.js';

/** Options of `useFloatingList`. */
export interface UseFloatingListOptions {
  /** Whether the list is shown. */
  isOpen: boolean;
  /** The field the list belongs to: the list takes its width and sits below or above it. */
  anchorRef: RefObject<HTMLElement | null>;
  /** The list's container (made a `popover="manual"` element, shown in the top layer while open). */
  floatingRef: RefObject<HTMLElement | null>;
  /**
   * An empty block under the field: while the list is below, it is as tall as the list, so what
   * follows the field (the submit button) moves down instead of lying under the list.
   */
  spacerRef: RefObject<HTMLElement | null>;
  /** The component's root: a change of its size may move the field (a dialog centres it). */
  rootRef: RefObject<HTMLElement | null>;
}

/** Space between the field and the list, in pixels. */
const GAP = 4;

/** Whether the browser has the Popover API (Chromium 114, Firefox 125, Safari 17). */
function hasPopoverApi(element: HTMLElement): boolean {
  return typeof element.showPopover === 'function' && typeof element.hidePopover === 'function';
}

function isPopoverOpen(element: HTMLElement): boolean {
  try {
    return element.matches(':popover-open');
  } catch {
    return false;
  }
}

/** A CSS length as pixels (`none` and the like: no limit). */
function pixels(value: string): number {
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : Number.POSITIVE_INFINITY;
}

/**
 * How tall the list would be with all the room it wants: its rendered height plus what each
 * scrolling child (the listbox, capped by the list height token) lost to the current maximum.
 */
function naturalHeight(floating: HTMLElement): number {
  let height = floating.offsetHeight;
  for (const child of Array.from(floating.children)) {
    if (!(child instanceof HTMLElement) || child.scrollHeight <= child.clientHeight) continue;
    const wanted = Math.min(child.scrollHeight, pixels(getComputedStyle(child).maxHeight));
    height += Math.max(0, wanted - child.clientHeight);
  }
  return height;
}

/**
 * Shows the picker's list in the top layer (`popover="manual"` and `showPopover()`; where the Popover
 * API is missing the list is `position: fixed` all the same) so no ancestor's `overflow` clips it (a dialog, a card),
 * and keeps it next to its field: below it, or above it when there is more room there than below;
 * inside the viewport, its height capped by the room; following scrolling (of any ancestor),
 * resizing and layout shifts, at most once a frame. The element stays where it is in the DOM, so
 * focus scopes, outside-click checks, `dir`, theme variables and ARIA ids work as before. Writes
 * through the CSSOM only (a strict CSP allows that); does nothing on the server.
 */
export function useFloatingList({
  isOpen,
  anchorRef,
  floatingRef,
  spacerRef,
  rootRef,
}: UseFloatingListOptions): void {
  const sideRef = useRef<PlacementSide | undefined>(undefined);
  const spacerHeightRef = useRef(0);

  // Shown before paint, in the frame that opens it; placed at once, then kept in place.
  useIsomorphicLayoutEffect(() => {
    const floating = floatingRef.current;
    if (!floating) return;
    const usesPopover = hasPopoverApi(floating);
    if (!isOpen) return;
    if (usesPopover && !isPopoverOpen(floating)) {
      // Set here, not in the markup: where the API is missing (jsdom, older browsers) a `popover`
      // attribute alone would hide the element for good.
      if (floating.getAttribute('popover') !== 'manual') floating.setAttribute('popover', 'manual');
      try {
        floating.showPopover();
      } catch {
        // Not connected, or shown already by a host's script: the fixed position still applies.
      }
    }
    let frame = 0;
    const update = () => {
      frame = 0;
      const anchor = anchorRef.current;
      if (!anchor || !floating.isConnected) return;
      const root = document.documentElement;
      const placement = placeList({
        anchor: anchor.getBoundingClientRect(),
        viewport: { width: root.clientWidth, height: root.clientHeight },
        contentHeight: naturalHeight(floating),
        gap: GAP,
        ...(sideRef.current ? { side: sideRef.current } : {}),
      });
      sideRef.current = placement.side;
      // Position, margin and inset come from the stylesheet (or the unstyled essentials).
      const { style } = floating;
      style.setProperty('top', placement.top === null ? 'auto' : `${placement.top}px`);
      style.setProperty('bottom', placement.bottom === null ? 'auto' : `${placement.bottom}px`);
      style.setProperty('left', `${placement.left}px`);
      style.setProperty('width', `${placement.width}px`);
      style.setProperty('max-height', `${placement.maxHeight}px`);
      style.setProperty('visibility', placement.isAnchorHidden ? 'hidden' : '');
      floating.dataset.side = placement.side;

      // The room under the field: the tallest the list has been since it opened (typing never
      // makes the page below jump), none while the list is above.
      const spacer = spacerRef.current;
      if (!spacer) return;
      const shown = Math.ceil(Math.min(naturalHeight(floating), placement.maxHeight));
      const next = placement.side === 'bottom' ? Math.max(spacerHeightRef.current, shown + GAP) : 0;
      if (next !== spacerHeightRef.current) {
        spacerHeightRef.current = next;
        spacer.style.setProperty('block-size', `${next}px`);
        // The room may move the field (a centred dialog grows both ways): place the list again.
        schedule();
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();

    // Scrolling anywhere (capture: scroll events do not bubble) but inside the list itself.
    const onScroll = (event: Event) => {
      if (event.target instanceof Node && floating.contains(event.target)) return;
      schedule();
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    for (const element of [anchorRef.current, rootRef.current, floating, floating.firstElementChild]) {
      if (element) observer?.observe(element);
    }
    // Closing or unmounting: leave the top layer.
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', schedule);
      observer?.disconnect();
      if (usesPopover && isPopoverOpen(floating)) floating.hidePopover();
    };
  }, [isOpen, anchorRef, floatingRef, spacerRef, rootRef]);

  // Whether a pointer is pressed: a press outside the list (on the submit button) closes it on
  // mousedown, and the room under the field must outlast that click, or the button would move
  // away from under the pointer before mouseup and the click would be lost.
  const isPointerDownRef = useRef(false);
  useEffect(() => {
    if (!isOpen) return;
    const down = () => {
      isPointerDownRef.current = true;
    };
    const up = () => {
      isPointerDownRef.current = false;
    };
    document.addEventListener('pointerdown', down, { capture: true, passive: true });
    document.addEventListener('pointerup', up, { capture: true, passive: true });
    document.addEventListener('pointercancel', up, { capture: true, passive: true });
    return () => {
      document.removeEventListener('pointerdown', down, { capture: true });
      document.removeEventListener('pointerup', up, { capture: true });
      document.removeEventListener('pointercancel', up, { capture: true });
    };
  }, [isOpen]);

  // Closed: no room kept (once a press in progress has become its click), the next opening
  // chooses its side afresh.
  useIsomorphicLayoutEffect(() => {
    if (isOpen) return;
    sideRef.current = undefined;
    const floating = floatingRef.current;
    if (floating) delete floating.dataset.side;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const collapse = () => {
      spacerHeightRef.current = 0;
      spacerRef.current?.style.removeProperty('block-size');
    };
    // The click event follows pointerup in the same task: collapse in the next one.
    const release = () => {
      isPointerDownRef.current = false;
      timer = setTimeout(collapse, 0);
    };
    if (!isPointerDownRef.current || spacerHeightRef.current === 0) {
      isPointerDownRef.current = false;
      collapse();
      return;
    }
    document.addEventListener('pointerup', release, { capture: true, once: true });
    document.addEventListener('pointercancel', release, { capture: true, once: true });
    return () => {
      document.removeEventListener('pointerup', release, { capture: true });
      document.removeEventListener('pointercancel', release, { capture: true });
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [isOpen, spacerRef, floatingRef]);
}
