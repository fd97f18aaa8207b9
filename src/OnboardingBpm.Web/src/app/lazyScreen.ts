import { lazy, type ComponentType } from 'react';

/**
 * A screen in its own chunk. When the page opens on the screen's path, the chunk is requested at once, beside the
 * sign-in and the first API calls, instead of after the shell has rendered.
 */
export function lazyScreen<P extends object>(path: string, load: () => Promise<ComponentType<P>>) {
  const loadModule = () => load().then((component) => ({ default: component }));
  const opensHere = window.location.pathname === path || window.location.pathname.startsWith(`${path}/`);
  const early = opensHere ? loadModule() : null;
  return lazy(early ? () => early : loadModule);
}
