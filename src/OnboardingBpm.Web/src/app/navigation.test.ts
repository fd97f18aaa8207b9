import { describe, expect, it } from 'vitest';
import { resolveScreen, screensFor } from './navigation';

describe('screens by role', () => {
  it('an agent gets the task inbox; a platform engineer does not', () => {
    expect(screensFor(['Agent']).map((s) => s.id)).toEqual(['tasks', 'cases', 'access']);
    expect(screensFor(['PlatformEngineer']).map((s) => s.id)).toEqual(['access']);
    expect(screensFor([])).toEqual([]);
  });

  it('a path the role may not see falls back to its first screen', () => {
    expect(resolveScreen('/tasks', ['ProcessOwner'])?.id).toBe('access');
    expect(resolveScreen('/', ['Agent'])?.id).toBe('tasks');
    expect(resolveScreen('/tasks/t-1', ['Supervisor'])?.id).toBe('tasks');
    expect(resolveScreen('/tasks', [])).toBeNull();
  });

  it('the dashboard is for supervisors, product managers and admins; a case page belongs to the cases screen', () => {
    expect(screensFor(['ProductManager']).map((s) => s.id)).toEqual(['dashboard', 'access']);
    expect(resolveScreen('/dashboard', ['Agent'])?.id).toBe('tasks');
    expect(resolveScreen('/cases/c-1', ['Agent'])?.id).toBe('cases');
  });
});
