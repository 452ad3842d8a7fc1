import type { HeadersFunction } from "@remix-run/node";

/**
 * A page's document response only carries the headers its route's `headers` export gives; the
 * headers an action or loader put on `data()` are dropped otherwise. A refused try (429) must
 * tell the browser when to try again, so sign-in routes pass `Retry-After` on.
 */
export const passRetryAfter: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
