// Typed single-fetch loader data. Must be a module, or it replaces the types instead of extending them.
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
export {};
