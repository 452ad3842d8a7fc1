/**
 * Whether a page loads the app's JavaScript (React and Remix in the browser): only if a matched
 * route's `handle` says `hydrate: true` (see RouteHandle in root.tsx). Pages are plain HTML by
 * default; their forms post without JavaScript, and the small scripts that improve them
 * (app/scripts) are not React. The root layout and the server entry both ask.
 */
export function pageHydrates(handles: readonly unknown[]): boolean {
  return handles.some((handle) => (handle as { hydrate?: boolean } | undefined)?.hydrate === true);
}
