/** What the portal server hands to every loader and action (see ../../portal-server.ts). */
export type PortalLoadContext = {
  /** Base URL the server uses to reach the API (API_INTERNAL_URL). */
  apiUrl: string;
  /** Per-request nonce allowed by the Content-Security-Policy for Remix's inline scripts. */
  cspNonce: string;
  /** The visitor's address, forwarded to the API so its rate limits count visitors, not the portal. */
  clientAddress?: string;
};

declare module '@remix-run/node' {
  interface AppLoadContext extends Partial<PortalLoadContext> {}
}
