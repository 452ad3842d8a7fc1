import { expect } from "vitest";

/**
 * What a loader or action answered, whether it returned or threw: a Response, Remix's data() result
 * ({ data, init }) or a plain value (200). Anything else thrown is a real error and is thrown again.
 */
export type RouteOutcome<Data = unknown> = {
  status: number;
  headers: Headers;
  location: string | null;
  data: Data;
  response: Response | null;
};

type DataResult = { data: unknown; init?: ResponseInit | null };

const isDataResult = (value: unknown): value is DataResult =>
  typeof value === "object" && value !== null && "data" in value && "init" in value;

const isRouteOutcome = (value: unknown): value is RouteOutcome =>
  typeof value === "object" &&
  value !== null &&
  "status" in value &&
  "headers" in value &&
  "location" in value &&
  "response" in value;

function outcomeOfValue(value: unknown): RouteOutcome {
  if (isRouteOutcome(value)) return value;
  if (value instanceof Response)
    return {
      status: value.status,
      headers: value.headers,
      location: value.headers.get("Location"),
      data: undefined,
      response: value,
    };
  if (isDataResult(value)) {
    const headers = new Headers(value.init?.headers);
    return {
      status: value.init?.status ?? 200,
      headers,
      location: headers.get("Location"),
      data: value.data,
      response: null,
    };
  }
  return { status: 200, headers: new Headers(), location: null, data: value, response: null };
}

/** Calls a loader or action (or awaits its promise, or takes its result) and gives what it answered, a thrown Response included. */
export async function outcomeOf<Data = unknown>(call: unknown): Promise<RouteOutcome<Data>> {
  let value: unknown;
  try {
    value = await (typeof call === "function" ? (call as () => unknown)() : call);
  } catch (thrown) {
    if (!(thrown instanceof Response) && !isDataResult(thrown)) throw thrown;
    value = thrown;
  }
  return outcomeOfValue(value) as RouteOutcome<Data>;
}

type Received = unknown;
type Check = (outcome: RouteOutcome) => { pass: boolean; message: () => string };

// A promise or a function is settled first, so `await expect(loader(args)).toBeNotFound()` works
// whether the loader throws its Response or returns it; a plain value is checked at once.
function check(received: Received, test: Check) {
  if (typeof received === "function" || received instanceof Promise)
    return outcomeOf(received).then(test, (error: unknown) => ({
      pass: false,
      message: () =>
        `expected a response, but it threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    }));
  return test(outcomeOfValue(received));
}

const described = (outcome: RouteOutcome) =>
  `status ${outcome.status}${outcome.location ? ` (Location ${outcome.location})` : ""}`;

expect.extend({
  toHaveStatus(received: Received, status: number) {
    return check(received, (outcome) => ({
      pass: outcome.status === status,
      message: () => `expected ${this.isNot ? "not " : ""}status ${status}, got ${described(outcome)}`,
    }));
  },
  toRedirectTo(received: Received, path: string) {
    return check(received, (outcome) => ({
      pass: outcome.status >= 300 && outcome.status < 400 && outcome.location === path,
      message: () => `expected ${this.isNot ? "no " : "a "}redirect to ${path}, got ${described(outcome)}`,
    }));
  },
  toBeNotFound(received: Received) {
    return check(received, (outcome) => ({
      pass: outcome.status === 404,
      message: () => `expected ${this.isNot ? "anything but " : ""}404 Not Found, got ${described(outcome)}`,
    }));
  },
  toRefuseWith(received: Received, errors: Record<string, string>, status = 400) {
    return check(received, (outcome) => {
      const got = fieldErrorsOf(outcome.data);
      const same =
        outcome.status === status &&
        got !== null &&
        Object.keys(errors).length === Object.keys(got).length &&
        Object.entries(errors).every(([name, key]) => got[name] === key);
      return {
        pass: same,
        message: () =>
          `expected ${this.isNot ? "not " : ""}a form refused with ${status} ${JSON.stringify(errors)}, got ${described(outcome)} ${JSON.stringify(got ?? outcome.data)}`,
      };
    });
  },
});

/** A form reply's errors as { field: first key } ("" for the whole form), or null if it is not a reply. */
export function fieldErrorsOf(data: unknown): Record<string, string> | null {
  if (typeof data !== "object" || data === null || !("error" in data)) return null;
  const error = (data as { error?: Record<string, string[] | null> | null }).error ?? {};
  return Object.fromEntries(
    Object.entries(error).flatMap(([name, keys]) => (keys?.[0] ? [[name, keys[0]]] : [])),
  );
}

/** What a refused form sent back as typed: { field: value }. */
export function typedValuesOf(data: unknown): Record<string, unknown> {
  return (data as { initialValue?: Record<string, unknown> } | null)?.initialValue ?? {};
}

interface RouteMatchers<R = unknown> {
  /** The status of a Response or data() result, returned or thrown (a plain value is 200). Await it for a promise. */
  toHaveStatus(status: number): R;
  /** A 3xx answer whose Location is exactly this path, returned or thrown. */
  toRedirectTo(path: string): R;
  /** A 404 answer, returned or thrown. */
  toBeNotFound(): R;
  /** A form refused (400 unless told) with exactly these errors, one translation key per field ("" for the whole form). */
  toRefuseWith(errors: Record<string, string>, status?: number): R;
}

declare module "vitest" {
  // The shape Vitest asks for: its Matchers interface extended with ours.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends RouteMatchers<T> {}
}
