/** GET /api/me: the roles and segments the server resolved from the user's Okta groups. */
export interface Me {
  user: string;
  roles: string[];
  segments: string[];
  seesAllSegments: boolean;
}

export type ScreenId = 'tasks' | 'designer' | 'instances' | 'integrations' | 'cases' | 'dashboard' | 'access';

export interface Screen {
  id: ScreenId;
  path: string;
  title: string;
  roles: readonly string[];
}

/** Each screen and the roles that work on it; the server enforces the same split on the API. */
export const screens: readonly Screen[] = [
  { id: 'tasks', path: '/tasks', title: 'Task inbox', roles: ['Agent', 'Supervisor', 'Admin'] },
  { id: 'designer', path: '/designer', title: 'Designer', roles: ['ProcessOwner', 'Admin'] },
  { id: 'instances', path: '/instances', title: 'Instances', roles: ['ProcessOwner', 'Supervisor', 'PlatformEngineer', 'Admin'] },
  { id: 'integrations', path: '/integrations', title: 'Integrations', roles: ['PlatformEngineer', 'Admin'] },
  { id: 'cases', path: '/cases', title: 'Cases and tickets', roles: ['Agent', 'Supervisor', 'Admin'] },
  { id: 'dashboard', path: '/dashboard', title: 'Dashboard', roles: ['Supervisor', 'ProductManager', 'Admin'] },
  { id: 'access', path: '/access', title: 'My access', roles: ['Agent', 'Supervisor', 'ProcessOwner', 'PlatformEngineer', 'ProductManager', 'Admin'] },
];

export function screensFor(roles: readonly string[]): Screen[] {
  return screens.filter((screen) => screen.roles.some((role) => roles.includes(role)));
}

/** The screen for a path, if the user may see it; otherwise their first screen (null when they have none). */
export function resolveScreen(path: string, roles: readonly string[]): Screen | null {
  const allowed = screensFor(roles);
  return allowed.find((screen) => path === screen.path || path.startsWith(screen.path + '/')) ?? allowed[0] ?? null;
}
