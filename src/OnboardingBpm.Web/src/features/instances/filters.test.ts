import { describe, expect, it } from 'vitest';
import { emptyFilters, filterError, instanceQuery, pageCount } from './filters';

describe('instance filters to the query string', () => {
  it('leaves empty filters out and pages by 25', () => {
    expect(instanceQuery(emptyFilters, 0)).toBe('skip=0&take=25');
    expect(instanceQuery(emptyFilters, 2)).toBe('skip=50&take=25');
  });

  it('sends definition, status, trimmed correlation and whole UTC days', () => {
    const query = new URLSearchParams(instanceQuery(
      { definitionId: 'onboarding-request', status: 'Faulted', correlationId: '  case-7 ', from: '2026-03-01', to: '2026-03-02' }, 0));
    expect(query.get('definitionId')).toBe('onboarding-request');
    expect(query.get('status')).toBe('Faulted');
    expect(query.get('correlationId')).toBe('case-7');
    expect(query.get('from')).toBe('2026-03-01T00:00:00Z');
    expect(query.get('to')).toBe('2026-03-02T23:59:59.999Z');
  });

  it('escapes a correlation id with reserved characters', () => {
    expect(instanceQuery({ ...emptyFilters, correlationId: 'a&b=c' }, 0)).toContain('correlationId=a%26b%3Dc');
  });

  it('refuses a start date after the end date', () => {
    expect(filterError({ ...emptyFilters, from: '2026-03-05', to: '2026-03-01' })).toBe('The start date is after the end date.');
    expect(filterError({ ...emptyFilters, from: '2026-03-01', to: '2026-03-01' })).toBeNull();
    expect(filterError({ ...emptyFilters, from: '2026-03-05' })).toBeNull();
  });

  it('counts at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
  });
});
