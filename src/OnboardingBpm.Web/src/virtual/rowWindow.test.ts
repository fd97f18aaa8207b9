import { describe, expect, it } from 'vitest';
import { rowForKey, scrollTopToReveal, visibleRows } from './rowWindow';

const list = { count: 1000, rowHeight: 50, viewportHeight: 500, overscan: 0 };

describe('visible rows', () => {
  it('renders only the rows in view at the top', () => {
    expect(visibleRows({ ...list, scrollTop: 0 })).toEqual({ start: 0, end: 10 });
  });

  it('counts a row the viewport cuts in half as visible, at either edge', () => {
    expect(visibleRows({ ...list, scrollTop: 125 })).toEqual({ start: 2, end: 13 });
  });

  it('adds the overscan on both sides without leaving the list', () => {
    expect(visibleRows({ ...list, scrollTop: 5000, overscan: 5 })).toEqual({ start: 95, end: 115 });
    expect(visibleRows({ ...list, scrollTop: 0, overscan: 5 })).toEqual({ start: 0, end: 15 });
    expect(visibleRows({ ...list, scrollTop: 49_500, overscan: 5 })).toEqual({ start: 985, end: 1000 });
  });

  it('never renders past the end, even scrolled beyond it (an overscrolled or shrunk list)', () => {
    expect(visibleRows({ ...list, scrollTop: 80_000 })).toEqual({ start: 999, end: 1000 });
    expect(visibleRows({ ...list, count: 3, scrollTop: 0 })).toEqual({ start: 0, end: 3 });
  });

  it('renders nothing for an empty list and one row before the viewport is measured', () => {
    expect(visibleRows({ ...list, count: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
    expect(visibleRows({ ...list, viewportHeight: 0, scrollTop: 0 })).toEqual({ start: 0, end: 1 });
  });

  it('a viewport of 1,000 rows still renders a few dozen', () => {
    const window = visibleRows({ count: 1000, rowHeight: 64, viewportHeight: 480, scrollTop: 32_000, overscan: 8 });

    expect(window.end - window.start).toBeLessThanOrEqual(8 + 8 + 9);
    expect(window.start).toBe(500 - 8);
  });
});

describe('scrolling a row into view', () => {
  it('leaves the scroll alone when the row is whole in view', () => {
    expect(scrollTopToReveal(3, 50, 500, 100)).toBe(100);
  });

  it('scrolls up to a row above and down just enough for a row below', () => {
    expect(scrollTopToReveal(1, 50, 500, 100)).toBe(50);
    expect(scrollTopToReveal(20, 50, 500, 100)).toBe(550);
    expect(scrollTopToReveal(999, 50, 500, 0)).toBe(49_500);
  });
});

describe('keys in the list', () => {
  it('moves one row, a page, or to either end, and stops at the ends', () => {
    expect(rowForKey('ArrowDown', 4, 10, 5)).toBe(5);
    expect(rowForKey('ArrowDown', 9, 10, 5)).toBe(9);
    expect(rowForKey('ArrowUp', 0, 10, 5)).toBe(0);
    expect(rowForKey('PageDown', 1, 10, 5)).toBe(5);
    expect(rowForKey('PageUp', 3, 10, 5)).toBe(0);
    expect(rowForKey('Home', 7, 10, 5)).toBe(0);
    expect(rowForKey('End', 2, 10, 5)).toBe(9);
  });

  it('leaves other keys to the browser (Tab, Enter, letters)', () => {
    expect(rowForKey('Tab', 2, 10, 5)).toBeNull();
    expect(rowForKey('Enter', 2, 10, 5)).toBeNull();
  });
});
