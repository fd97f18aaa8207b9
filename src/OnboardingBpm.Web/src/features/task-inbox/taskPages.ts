import type { Page } from './types';

/** The server's largest page (`Paging.MaxTake`). */
export const PAGE_SIZE = 500;

/** A list longer than this shows its soonest-due part and says how many there are in all. */
export const LIST_LIMIT = 5000;

export interface ReadList<T> {
  items: T[];
  /** How many the server counts in all; more than `items.length` when the list passed the limit. */
  total: number;
}

/**
 * Reads a sorted list page by page: the first page tells the total, the rest are fetched together, up to `limit`
 * items. A task that moves between two page reads (claimed, or a new one due sooner) can show up on two pages; it is
 * kept once, at its first place.
 */
export async function readAllPages<T extends { id: string }>(
  fetchPage: (skip: number, take: number) => Promise<Page<T>>, pageSize = PAGE_SIZE, limit = LIST_LIMIT,
): Promise<ReadList<T>> {
  const first = await fetchPage(0, Math.min(pageSize, limit));
  const wanted = Math.min(first.total, limit);
  const skips: number[] = [];
  for (let skip = first.items.length; first.items.length > 0 && skip < wanted; skip += pageSize) {
    skips.push(skip);
  }
  const rest = await Promise.all(skips.map((skip) => fetchPage(skip, Math.min(pageSize, wanted - skip))));

  const seen = new Set<string>();
  const items: T[] = [];
  for (const item of [first, ...rest].flatMap((page) => page.items)) {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      items.push(item);
    }
  }
  return { items, total: first.total };
}
