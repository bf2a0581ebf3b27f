import { type FetchLike, type Signer, SignerError } from './types';

export interface WorkspaceSignerOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  fetch: FetchLike;
  /** Assumed `/authorize` (the text names the endpoint, not its exact path): configurable. */
  authorizePath?: string;
  /** Renew this long before the token expires, so no call leaves with a token about to die. */
  renewBeforeSeconds?: number;
  now?: () => number;
}

interface Cached {
  token: string;
  expiresAt: number;
}

/**
 * Workspace members API: a temporary access token from `POST /authorize {clientId, clientSecret}`,
 * sent raw in `Authorization`. Cached, renewed before expiry and once after a 401, and single-flight:
 * any number of parallel calls while there is no token make one authorize.
 */
export function createWorkspaceSigner(options: WorkspaceSignerOptions): Signer {
  const now = options.now ?? Date.now;
  const renewBeforeMs = (options.renewBeforeSeconds ?? 30) * 1000;
  const url = `${options.baseUrl.replace(/\/+$/, '')}${options.authorizePath ?? '/authorize'}`;
  let cached: Cached | undefined;
  let inFlight: Promise<Cached> | undefined;

  async function authorize(signal: AbortSignal): Promise<Cached> {
    const response = await options.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ clientId: options.clientId, clientSecret: options.clientSecret }),
      redirect: 'manual',
      signal,
    });
    if (!response.ok)
      throw new SignerError('The workspace API refused the client credentials.', response.status);
    const body = (await response.json().catch(() => undefined)) as
      | { accessToken?: unknown; expiresIn?: unknown }
      | undefined;
    if (typeof body?.accessToken !== 'string' || typeof body.expiresIn !== 'number') {
      throw new SignerError('The workspace API answered /authorize in an unexpected shape.', response.status);
    }
    return { token: body.accessToken, expiresAt: now() + body.expiresIn * 1000 };
  }

  return {
    async headers(signal) {
      if (!cached || cached.expiresAt - renewBeforeMs <= now()) {
        inFlight ??= authorize(signal).finally(() => {
          inFlight = undefined;
        });
        cached = await inFlight;
      }
      return { Authorization: cached.token };
    },
    rejected() {
      cached = undefined;
      return true;
    },
  };
}
