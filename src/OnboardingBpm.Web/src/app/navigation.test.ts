import { describe, expect, it } from 'vitest';
import { resolveScreen, screensFor } from './navigation';

describe('screens by role', () => {
  it('an agent gets the task inbox; a platform engineer does not', () => {
expect(screensFor(['Agent']).map((s) => s.id)).toEqual(['tasks', 'cases', 'access']);
    expect(screensFor(['PlatformEngineer']).map((s) => s.id)).toEqual(['instances', 'integrations', 'access']);
    expect(screensFor([])).toEqual([]);
    expect(screensFor(['ProcessOwner']).map((s) => s.id)).toContain('designer');
    expect(screensFor(['Agent']).map((s) => s.id)).not.toContain('designer');
  });

  it('a path the role may not see falls back to its first screen', () => {
    expect(resolveScreen('/tasks', ['ProcessOwner'])?.id).toBe('designer');
    expect(resolveScreen('/', ['Agent'])?.id).toBe('tasks');
    expect(resolveScreen('/tasks/t-1', ['Supervisor'])?.id).toBe('tasks');
    expect(resolveScreen('/tasks', [])).toBeNull();
    expect(resolveScreen('/integrations', ['Supervisor'])?.id).toBe('tasks');
    expect(resolveScreen('/instances/i-1', ['Supervisor'])?.id).toBe('instances');
  });

  it('the dashboard is for supervisors, product managers and admins; a case page belongs to the cases screen', () => {
    expect(screensFor(['ProductManager']).map((s) => s.id)).toEqual(['dashboard', 'access']);
    expect(resolveScreen('/dashboard', ['Agent'])?.id).toBe('tasks');
    expect(resolveScreen('/cases/c-1', ['Agent'])?.id).toBe('cases');
  });
});
