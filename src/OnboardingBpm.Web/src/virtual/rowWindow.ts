/** The rows to render, `start` inclusive, `end` exclusive. */
export interface RowWindow {
  start: number;
  end: number;
}

export interface Viewport {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Rows rendered beyond each edge of the view, so a fast scroll or a Tab to the next row finds it already there. */
  overscan: number;
}

export const emptyWindow: RowWindow = { start: 0, end: 0 };

/** The rows a fixed-height list must render: those the viewport shows, plus the overscan on both sides. */
export function visibleRows({ count, rowHeight, scrollTop, viewportHeight, overscan }: Viewport): RowWindow {
  if (count <= 0 || rowHeight <= 0) {
    return emptyWindow;
  }
  const top = Math.max(0, scrollTop);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.min(count - 1, Math.max(first, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

export const sameWindow = (a: RowWindow, b: RowWindow) => a.start === b.start && a.end === b.end;

/** The scroll position that shows a row whole, moving as little as possible (none if it is already in view). */
export function scrollTopToReveal(index: number, rowHeight: number, viewportHeight: number, scrollTop: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) {
    return top;
  }
  if (bottom > scrollTop + viewportHeight) {
    return Math.max(0, bottom - viewportHeight);
  }
  return scrollTop;
}

/** Where a key moves the focus in a list of `count` rows, or null for a key the list leaves alone. */
export function rowForKey(key: string, index: number, count: number, rowsPerPage: number): number | null {
  const last = count - 1;
  const page = Math.max(1, rowsPerPage - 1);
  switch (key) {
    case 'ArrowDown': return Math.min(index + 1, last);
    case 'ArrowUp': return Math.max(index - 1, 0);
    case 'PageDown': return Math.min(index + page, last);
    case 'PageUp': return Math.max(index - page, 0);
    case 'Home': return 0;
    case 'End': return last;
    default: return null;
  }
}
