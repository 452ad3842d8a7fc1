import { afterEach, beforeEach } from "vitest";

// An error logged during a test is a bug we would otherwise miss (the app logs real failures with
// console.error), so it fails the test unless the test calls expectConsoleError() first.
const original = console.error.bind(console);
let logged: unknown[][] = [];
let expected = false;

/** Allows console.error in this test, keeps it off the output, and gives the calls to check. */
export function expectConsoleError(): unknown[][] {
  expected = true;
  return logged;
}

beforeEach(() => {
  logged = [];
  expected = false;
  // Set on each test, so a spy a previous test left in place does not hide the next one's errors.
  console.error = (...args: unknown[]) => {
    logged.push(args);
    if (!expected) original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (logged.length > 0 && !expected)
    throw new Error(
      `console.error was called ${logged.length} time(s) in this test; call expectConsoleError() if that is expected. First: ${String(logged[0][0]).slice(0, 300)}`,
    );
});
