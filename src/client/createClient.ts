import { createFetch, FetchError, ofetch } from 'ofetch';
import { ConveneError, toErrorCode } from '../core/errors';

export interface ClientOptions {
  proxyUrl: string;
  siteKey: string;
  /** A widget token for operations that need one (invites, managing a booking). */
  token?: string | undefined;
  /**
   * Called once when the proxy says the token is invalid or expired; the request is then retried once
   * with the new token. Returning nothing means "no renewal": the original error stands.
   */
  getToken?: (() => Promise<string | undefined> | string | undefined) | undefined;
  /** For tests and for runtimes with their own fetch. */
  fetch?: typeof globalThis.fetch;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | readonly (string | number)[] | undefined>;
  body?: unknown;
  /** Required by the proxy on every POST/PUT; the same key on a retry replays the first answer. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface ConveneClient {
  readonly proxyUrl: string;
  readonly siteKey: string;
  request<T>(method: 'GET' | 'POST' | 'PUT', path: string, options?: RequestOptions): Promise<T>;
  /** The same client with another widget token (a booking's manage token), leaving this one as it is. */
  withToken?(token: string | undefined): ConveneClient;
}

function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Maps whatever went wrong to the proxy's error contract (`{ error: { code, message, details } }`). */
export function toClientError(error: unknown): ConveneError {
  if (error instanceof ConveneError) return error;
  if (error instanceof FetchError) {
    const status = error.response?.status;
    if (status === undefined) return new ConveneError('network', error.message, { cause: error });
    const body = error.data as
      | { error?: { code?: unknown; message?: unknown; details?: unknown } }
      | undefined;
    const code = body?.error?.code ? toErrorCode(body.error.code) : status === 404 ? 'not_found' : 'unknown';
    const message = typeof body?.error?.message === 'string' ? body.error.message : `HTTP ${status}`;
    return new ConveneError(code, message, {
      status,
      details: body?.error?.details,
      retryAfter: retryAfterSeconds(error.response?.headers),
      cause: error,
    });
  }
  if (error instanceof Error && error.name === 'AbortError') throw error;
  return new ConveneError('network', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

export function createClient(options: ClientOptions): ConveneClient {
  const proxyUrl = options.proxyUrl.replace(/\/+$/, '');
  let token = options.token;
  const base = options.fetch ? createFetch({ fetch: options.fetch }) : ofetch;
  const fetcher = base.create({ baseURL: proxyUrl, retry: 0 });

  async function send<T>(method: string, path: string, request: RequestOptions): Promise<T> {
    const headers: Record<string, string> = { 'X-Convene-Site': options.siteKey, Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
    return fetcher<T>(path, {
      method,
      headers,
      query: request.query,
      body: request.body as Record<string, unknown> | undefined,
      signal: request.signal,
      // Cookies never travel to the proxy: it authenticates by site key and token only.
      credentials: 'omit',
    });
  }

  return {
    proxyUrl,
    siteKey: options.siteKey,
    withToken: (other) => createClient({ ...options, token: other, getToken: undefined }),
    async request<T>(method: 'GET' | 'POST' | 'PUT', path: string, request: RequestOptions = {}) {
      try {
        return await send<T>(method, path, request);
      } catch (raw) {
        const error = toClientError(raw);
        if (error.code !== 'invalid_token' || !options.getToken) throw error;
        const renewed = await options.getToken();
        if (!renewed) throw error;
        token = renewed;
        try {
          return await send<T>(method, path, request);
        } catch (retryError) {
          throw toClientError(retryError);
        }
      }
    },
  };
}
