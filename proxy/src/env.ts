import type { Context } from 'hono';

/** What one request carries between middleware, handler and the request log. */
export interface ProxyEnv {
  Variables: {
    requestId: string;
    operation?: string;
    siteKey?: string;
    vendorStatus?: number;
    errorCode?: string;
  };
}

export type ProxyContext = Context<ProxyEnv>;
