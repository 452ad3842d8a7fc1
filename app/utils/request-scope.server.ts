// Work shared by every loader of one request. Remix runs the root, layout and page loaders in
// parallel, each with its own copy of the Request but the same load context, so the context
// (a fresh object per request from server.js) is the key. Code that has no context (a test
// calling one loader) falls back to the Request itself.
const scopes = new WeakMap<object, Map<string, Promise<unknown>>>();

export type ScopeKey = { request: Request; context?: unknown };

function scopeOf({ request, context }: ScopeKey) {
  const key = context && typeof context === "object" ? context : request;
  let scope = scopes.get(key);
  if (!scope) {
    scope = new Map();
    scopes.set(key, scope);
  }
  return scope;
}

/** Runs `load` once per request and name; later callers in the same request share its result. */
export function oncePerRequest<T>(key: ScopeKey, name: string, load: () => Promise<T>): Promise<T> {
  const scope = scopeOf(key);
  const known = scope.get(name);
  if (known) return known as Promise<T>;
  const started = load();
  scope.set(name, started);
  return started;
}
