import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { sameWindow, scrollTopToReveal, visibleRows, type RowWindow } from './rowWindow';

/**
 * Windowing for a fixed-height list inside its own scroll container: which rows to render, kept as state that
 * changes only when a row enters or leaves the window, so scrolling within a row does not render anything.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan: number) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const countRef = useRef(count);
  const [range, setRange] = useState<RowWindow>(() => visibleRows({ count, rowHeight, scrollTop: 0, viewportHeight: 0, overscan }));

  const update = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) {
      return;
    }
    const next = visibleRows({ count: countRef.current, rowHeight, scrollTop: scroller.scrollTop, viewportHeight: scroller.clientHeight, overscan });
    setRange((current) => (sameWindow(current, next) ? current : next));
  }, [rowHeight, overscan]);

  // Before paint, so a list that grows or shrinks never shows a frame with the old window.
  useLayoutEffect(() => {
    countRef.current = count;
    update();
  }, [count, update]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) {
      return;
    }
    const resized = new ResizeObserver(update);
    resized.observe(scroller);
    return () => {
      resized.disconnect();
    };
  }, [update]);

  /** Scrolls just enough to show the row whole, and renders it now rather than on the next scroll event. */
  const reveal = useCallback((index: number) => {
    const scroller = scrollerRef.current;
    if (!scroller) {
      return;
    }
    scroller.scrollTop = scrollTopToReveal(index, rowHeight, scroller.clientHeight, scroller.scrollTop);
    update();
  }, [rowHeight, update]);

  const rowsPerPage = () => Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? 0) / rowHeight));

  return {
    scrollerRef,
    onScroll: update,
    reveal,
    rowsPerPage,
    range: { start: Math.min(range.start, count), end: Math.min(range.end, count) },
    totalHeight: count * rowHeight,
  };
}
