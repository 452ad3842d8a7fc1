/**
 * One JSON object per line. Values are JSON-encoded, so a newline or quote from outside can
 * never start a new log line. Never pass personal data (emails, names, URLs, addresses) here.
 */
export type LogLevel = "info" | "warn" | "error";

export function logLine(
  level: LogLevel,
  event: string,
  fields: Record<string, string | number | boolean | null | undefined> = {},
): string {
  return JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
}

export function logEvent(
  level: LogLevel,
  event: string,
  fields: Record<string, string | number | boolean | null | undefined> = {},
) {
  const line = logLine(level, event, fields);
  // Warnings and errors go to stderr, the rest to stdout; the level is in the line either way.
  if (level === "info") process.stdout.write(`${line}\n`);
  else console.error(line);
}

/**
 * The HTTP status a thrown value stands for: a Response, `data(…, { status })`, or a route
 * error response. Plain errors have none (they are 500s).
 */
export function thrownStatus(error: unknown): number | undefined {
  if (error instanceof Response) return error.status;
  if (typeof error !== "object" || error === null) return undefined;
  const value = error as {
    type?: unknown;
    init?: { status?: unknown } | null;
    status?: unknown;
    internal?: unknown;
  };
  if (value.type === "DataWithResponseInit")
    return typeof value.init?.status === "number" ? value.init.status : 200;
  // ErrorResponseImpl from the router (isRouteErrorResponse).
  if (typeof value.status === "number" && typeof value.internal === "boolean") return value.status;
  return undefined;
}

/** Thrown 4xx answers (404, 403, 413, 429…) and redirects are the app working as meant, not errors. */
export function shouldLogAsError(error: unknown): boolean {
  const status = thrownStatus(error);
  return status === undefined || status >= 500;
}

/** An error as log fields: its class and stack, JSON-encoded by logEvent. */
export function errorFields(error: unknown) {
  if (error instanceof Error) return { error: error.name, stack: error.stack ?? error.message };
  return { error: typeof error, status: thrownStatus(error) };
}
