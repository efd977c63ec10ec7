import { createContext, type ReactNode, useContext } from 'react';

const NonceContext = createContext('');

/** Makes the request's CSP nonce available to <Scripts>, <ScrollRestoration> and friends. */
export function NonceProvider({ value, children }: { value: string; children: ReactNode }) {
  return <NonceContext.Provider value={value}>{children}</NonceContext.Provider>;
}

/** The CSP nonce on the server; an empty string in the browser, which never needs it after hydration. */
export function useNonce(): string {
  return useContext(NonceContext);
}
