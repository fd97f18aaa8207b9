import { describe, expect, it } from 'vitest';
import { listQuery, pageCount, segmentChoices } from './listQuery';

describe('list queries', () => {
  it('sends only the filters that are set, with the page as skip and take', () => {
    expect(listQuery({ segment: '', status: '', page: 0 })).toBe('skip=0&take=25');
    expect(listQuery({ segment: 'smb', status: 'Open', page: 2 })).toBe('segment=smb&status=Open&skip=50&take=25');
  });

  it('counts at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
  });

  it('offers only the caller\'s segments', () => {
    expect(segmentChoices(['smb'], false)).toEqual(['smb']);
    expect(segmentChoices(['smb', 'enterprise'], true)).toEqual(['enterprise', 'smb']);
    expect(segmentChoices([], true)).toEqual(['enterprise', 'mid-market', 'smb']);
  });
});
