import { describe, expect, it } from 'vitest';
import { readAllPages } from './taskPages';
import type { Page } from './types';

interface Row { id: string }

/** A server list of `total` rows, answering skip/take like GET /api/tasks, and remembering what it was asked. */
function serverList(total: number) {
  const rows = Array.from({ length: total }, (_, i) => ({ id: `t${i}` }));
  const asked: string[] = [];
  const fetchPage = (skip: number, take: number): Promise<Page<Row>> => {
    asked.push(`${skip}+${take}`);
    return Promise.resolve({ items: rows.slice(skip, skip + take), total: rows.length });
  };
  return { rows, asked, fetchPage };
}

describe('reading a list page by page', () => {
  it('reads 1,000 tasks in pages of 500, in order, each once', async () => {
    const server = serverList(1000);

    const list = await readAllPages(server.fetchPage, 500, 5000);

    expect(server.asked).toEqual(['0+500', '500+500']);
    expect(list.items.map((r) => r.id)).toEqual(server.rows.map((r) => r.id));
    expect(list.total).toBe(1000);
  });

  it('asks once for a short list and not at all past an empty first page', async () => {
    const short = serverList(3);
    const empty = serverList(0);

    expect((await readAllPages(short.fetchPage, 500, 5000)).items).toHaveLength(3);
    expect((await readAllPages(empty.fetchPage, 500, 5000)).items).toHaveLength(0);
    expect(short.asked).toEqual(['0+500']);
    expect(empty.asked).toEqual(['0+500']);
  });

  it('stops at the limit and keeps the whole count', async () => {
    const server = serverList(1234);

    const list = await readAllPages(server.fetchPage, 500, 1100);

    expect(server.asked).toEqual(['0+500', '500+500', '1000+100']);
    expect(list.items).toHaveLength(1100);
    expect(list.total).toBe(1234);
  });

  it('keeps a task that moved onto the next page once', async () => {
    const pages: Record<number, Page<Row>> = {
      0: { items: [{ id: 'a' }, { id: 'b' }], total: 4 },
      2: { items: [{ id: 'b' }, { id: 'c' }], total: 4 },
    };

    const list = await readAllPages((skip) => Promise.resolve(pages[skip] ?? { items: [], total: 4 }), 2, 10);

    expect(list.items.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
