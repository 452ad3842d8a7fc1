/**
 * Whether a page loads the app's JavaScript: only if no matched route's `handle` says
 * `hydrate: false` (see RouteHandle in root.tsx). The root layout and the server entry both ask.
 */
export function pageHydrates(handles: readonly unknown[]): boolean {
  return handles.every((handle) => (handle as { hydrate?: boolean } | undefined)?.hydrate !== false);
}
