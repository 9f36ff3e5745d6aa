'use client';

import { useCallback, useRef, useState } from 'react';
import {
  getFallbackWindow,
  getVirtualWindow,
  isInWindow,
  scrollTopToReveal,
  type VirtualWindow,
} from '../core/picker/virtualWindow.js';
import { useIsomorphicLayoutEffect } from './internal/dom.js';

/** Options of `useChildPickerWindow`. */
export interface UseChildPickerWindowOptions {
  /** Number of options. */
  count: number;
  /** Height of every option row, in pixels. */
  rowHeight: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
  /** The highlighted option: always rendered, and scrolled into view when it changes. */
  highlightedIndex: number;
  /** Whether the list is shown. */
  isOpen: boolean;
  /** Changes whenever the results change (the scroll position then goes back to the top). */
  resultKey: unknown;
}

/** What the picker renders of its list. */
export interface ChildPickerWindow {
  /** Positions of the rows to render, in order. Always includes the highlighted row. */
  rows: readonly number[];
  /** The rendered range (without the highlighted row when it lies outside). */
  window: VirtualWindow;
  /** Height of all rows together, in pixels. */
  totalHeight: number;
  /** Rows a page key moves by: the rows in view, less one. */
  pageSize: number;
  /** Attach to the scrolling listbox element. */
  listboxRef: (element: HTMLElement | null) => void;
  /** Attach to the listbox's `onScroll`. */
  onScroll: () => void;
  /** True once the list has a measured height (false without layout: jsdom, server rendering). */
  isMeasured: boolean;
}

/**
 * Internal part of `useChildPicker`: fixed-height virtualization at any list size. Renders the rows
 * in view plus overscan, the highlighted row wherever it is (so `aria-activedescendant` always
 * points at a rendered option), and a first window where there is no layout (jsdom, server
 * rendering).
 */
export function useChildPickerWindow(options: UseChildPickerWindowOptions): ChildPickerWindow {
  const { count, rowHeight, overscan, highlightedIndex, isOpen, resultKey } = options;
  const elementRef = useRef<HTMLElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);
  const observerRef = useRef<ResizeObserver | null>(null);

  const listboxRef = useCallback((element: HTMLElement | null) => {
    observerRef.current?.disconnect();
    observerRef.current = null;
    elementRef.current = element;
    if (!element) return;
    setViewportHeight(element.clientHeight);
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
      observer.observe(element);
      observerRef.current = observer;
    }
  }, []);

  const rowHeightRef = useRef(rowHeight);
  rowHeightRef.current = rowHeight;
  const onScroll = useCallback(() => {
    const element = elementRef.current;
    if (!element) return;
    // Whole rows only: scrolling within a row renders nothing new (the overscan covers the edge),
    // and React skips the update when the value is unchanged.
    const height = rowHeightRef.current;
    setScrollTop(Math.floor(element.scrollTop / height) * height);
  }, []);

  // A hidden listbox has no height: measure again when it opens.
  useIsomorphicLayoutEffect(() => {
    const element = elementRef.current;
    if (isOpen && element) setViewportHeight(element.clientHeight);
  }, [isOpen]);

  // New results start at the top. The tracked offset (not element.scrollTop, whose read would force
  // a layout in the middle of the commit) tells whether there is anything to undo.
  const scrollTopRef = useRef(scrollTop);
  scrollTopRef.current = scrollTop;
  useIsomorphicLayoutEffect(() => {
    if (scrollTopRef.current === 0) return;
    const element = elementRef.current;
    if (element) element.scrollTop = 0;
    setScrollTop(0);
  }, [resultKey]);

  // Keyboard moves reveal the highlighted row (a click never needs to: the row is in view).
  useIsomorphicLayoutEffect(() => {
    const element = elementRef.current;
    if (!element || !isOpen || highlightedIndex < 0) return;
    const height = element.clientHeight;
    if (height <= 0) return;
    const next = scrollTopToReveal(element.scrollTop, height, rowHeight, highlightedIndex);
    if (next !== element.scrollTop) {
      element.scrollTop = next;
      setScrollTop(next);
    }
  }, [highlightedIndex, isOpen, rowHeight]);

  let window: VirtualWindow;
  if (!isOpen) window = { start: 0, end: 0 };
  else if (viewportHeight > 0)
    window = getVirtualWindow({ scrollTop, viewportHeight, rowHeight, count, overscan });
  else window = getFallbackWindow(count, highlightedIndex);

  const rows: number[] = [];
  const highlightOutside =
    isOpen && highlightedIndex >= 0 && highlightedIndex < count && !isInWindow(window, highlightedIndex);
  if (highlightOutside && highlightedIndex < window.start) rows.push(highlightedIndex);
  for (let index = window.start; index < window.end; index++) rows.push(index);
  if (highlightOutside && highlightedIndex >= window.end) rows.push(highlightedIndex);

  const pageSize = viewportHeight > 0 ? Math.max(1, Math.floor(viewportHeight / rowHeight) - 1) : 10;
  return {
    rows,
    window,
    totalHeight: count * rowHeight,
    pageSize,
    listboxRef,
    onScroll,
    isMeasured: isOpen && viewportHeight > 0,
  };
}
