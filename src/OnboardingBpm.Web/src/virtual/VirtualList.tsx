import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { rowForKey } from './rowWindow';
import { useVirtualRows } from './useVirtualRows';

interface Props<T> {
  items: readonly T[];
  label: string;
  rowHeight: number;
  overscan?: number;
  keyOf: (item: T) => string;
  className?: string;
  /** A row's content; its first element marked `data-row-focus` takes the focus when the keys move to the row. */
  renderRow: (item: T, index: number) => ReactNode;
}

/**
 * A list that renders only the rows in view (plus an overscan) inside its own scroll container. It stays a list
 * for assistive technology: each item carries its position and the list's size, and the arrow keys, Page Up/Down,
 * Home and End move the focus between rows, rendering the target row first.
 */
export function VirtualList<T>({ items, label, rowHeight, overscan = 8, keyOf, className, renderRow }: Props<T>) {
  const { scrollerRef, onScroll, reveal, rowsPerPage, range, totalHeight } = useVirtualRows(items.length, rowHeight, overscan);
  const listRef = useRef<HTMLUListElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);

  useEffect(() => {
    if (focusRow === null) {
      return;
    }
    const target = listRef.current?.querySelector<HTMLElement>(`li[data-index="${focusRow}"] [data-row-focus]`);
    if (target) {
      target.focus({ preventScroll: true });
      setFocusRow(null);
    }
  }, [focusRow, range]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    const target = rowForKey(event.key, Number(row.dataset.index), items.length, rowsPerPage());
    if (target === null) {
      return;
    }
    event.preventDefault();
    reveal(target);
    setFocusRow(target);
  }

  const rows: ReactNode[] = [];
  for (let index = range.start; index < range.end; index++) {
    const item = items[index];
    if (item === undefined) {
      continue;
    }
    rows.push(
      <li key={keyOf(item)} data-index={index} aria-posinset={index + 1} aria-setsize={items.length}
        style={{ position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${index * rowHeight}px)` }}>
        {renderRow(item, index)}
      </li>,
    );
  }

  return (
    <div ref={scrollerRef} className={`virtual-scroller${className ? ` ${className}` : ''}`} onScroll={onScroll}>
      <ul ref={listRef} aria-label={label} onKeyDown={onKeyDown} style={{ position: 'relative', height: totalHeight, margin: 0 }}>
        {rows}
      </ul>
    </div>
  );
}
