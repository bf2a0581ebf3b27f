import { request } from 'undici';
import type { FetchLike } from '../signers/types';

/**
 * The vendor transport on Node: undici's `request`, the same HTTP/1.1 engine as Node's `fetch` without
 * the WHATWG layer (Request, Response, Headers and body streams built for every call), which was the
 * largest part of an uncached read's cost in the profile. Same contract as `fetch` for what the proxy
 * uses: never follows a redirect (undici's default), aborts on `signal`, sends only the headers given.
 *
 * The answer carries what the proxy reads of a Response (`status`, `ok`, `headers.get`, `text`, `json`),
 * nothing more; the body is always read or dropped, so the connection goes back to the pool.
 */
export const nodeTransport: FetchLike = async (url, init) => {
  const answer = await request(url, {
    method: (init.method ?? 'GET') as 'GET',
    headers: init.headers as Record<string, string>,
    body: init.body as string | undefined,
    signal: init.signal ?? undefined,
  });
  const text = await answer.body.text();
  const header = (name: string) => {
    const value = answer.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  };
  const response = {
    status: answer.statusCode,
    ok: answer.statusCode >= 200 && answer.statusCode < 300,
    headers: { get: header, has: (name: string) => header(name) !== null },
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  };
  return response as unknown as Response;
};
