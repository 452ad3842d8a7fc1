// Remix's old data protocol, `?_data=<route id>`. This app fetches data with single fetch
// (`.data` URLs), so no page of ours sends `_data`: a request that does is a client mistake
// (an old cached script, a scanner). Remix would still answer it, and would first report it to
// handleError as an Error, so every such request wrote an error line with a stack. It is
// refused here, before Remix, as a 400 and one info line that holds no URL and no person.

/**
 * The same test Remix makes (`url.searchParams.has("_data")`).
 * @param {string} url the request's path and query
 */
export function isLegacyDataRequest(url) {
  const query = url.indexOf("?");
  return query !== -1 && new URLSearchParams(url.slice(query + 1)).has("_data");
}

/**
 * @param {{ log: (level: "info", event: string, fields: Record<string, string | number>) => void }} options
 * @returns {import("express").RequestHandler}
 */
export function refuseLegacyDataRequests({ log }) {
  return (req, res, next) => {
    if (!isLegacyDataRequest(req.originalUrl)) return next();
    log("info", "request.refused", {
      reason: "legacy-data-request",
      status: 400,
      reference: String(req.headers["x-request-id"] ?? ""),
    });
    res.status(400).type("text/plain").send("Bad Request");
  };
}
