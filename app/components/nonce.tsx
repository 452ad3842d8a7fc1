import { createContext, useContext } from "react";

// The per-request CSP nonce. The server renders it into every script tag; in the browser it
// is empty (browsers hide nonces from the page), and nothing runs inline after hydration.
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
