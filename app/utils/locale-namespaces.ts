// Shared by server and browser: which locale namespaces a page needs, and where each one lives.

/** One namespace's strings; `v` is a hash of their content, so the URL can be cached for good. */
export function localeUrl(language: string, namespace: string, version: string) {
  return `/resources/locales/${language}/${namespace}?v=${version}`;
}

/**
 * The namespaces a page needs: each matched route's `handle.i18n` (remix-i18next's convention),
 * root first, without repeats. The root declares what its layout uses, so it is always there.
 */
export function pageNamespaces(handles: readonly unknown[]): string[] {
  const namespaces = new Set<string>();
  for (const handle of handles) {
    const declared = (handle as { i18n?: unknown } | undefined)?.i18n;
    if (Array.isArray(declared))
      for (const namespace of declared) if (typeof namespace === "string") namespaces.add(namespace);
  }
  return [...namespaces];
}

/** "ns:hash ns:hash" (from the page head) as a map of namespace to hash. */
export function parseNamespaceVersions(text: string | null | undefined): Map<string, string> {
  const versions = new Map<string, string>();
  for (const pair of (text ?? "").split(" ")) {
    const [namespace, version] = pair.split(":");
    if (namespace && version) versions.set(namespace, version);
  }
  return versions;
}
