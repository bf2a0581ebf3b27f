/**
 * The event a manage token is bound to, read from its payload so the widget knows which event to load.
 * Not a verification (the proxy verifies); undefined for anything that is not such a token, so a
 * mangled link shows as invalid at once instead of reaching the proxy.
 */
export function eventOfManageToken(token: string | undefined): number | undefined {
  const payload = token?.split('.')[1];
  if (!payload || !/^[A-Za-z0-9_-]+$/.test(payload)) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))) as {
      bind?: { event?: unknown };
      scope?: unknown;
    };
    const event = Number(json.bind?.event);
    const scopes = typeof json.scope === 'string' ? json.scope.split(' ') : [];
    return scopes.includes('booking:manage') && Number.isInteger(event) && event > 0 ? event : undefined;
  } catch {
    return undefined;
  }
}

const FRAGMENT_KEY = 'convene-manage';

/** `#convene-manage=<token>` from a page URL's fragment (the host's e-mail link), if present. */
export function manageTokenFromFragment(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get(FRAGMENT_KEY)?.trim();
  return token && /^[A-Za-z0-9_.-]{1,4096}$/.test(token) ? token : undefined;
}
