/**
 * Origins are compared as parsed values, never as regular expressions built from configuration (no
 * ReDoS, no "evil-shop.example" matching "shop.example"). A pattern is an exact origin, or an origin
 * whose port is `*` ("http://localhost:*") for development servers on changing ports.
 */
export function originAllowed(patterns: readonly string[], origin: string | undefined): boolean {
  if (!origin) return false;
  const parsed = parseOrigin(origin);
  if (!parsed) return false;
  return patterns.some((pattern) => {
    const anyPort = pattern.endsWith(':*');
    const wanted = parseOrigin(anyPort ? pattern.slice(0, -2) : pattern);
    if (!wanted) return false;
    return (
      wanted.protocol === parsed.protocol &&
      wanted.hostname === parsed.hostname &&
      (anyPort || wanted.port === parsed.port)
    );
  });
}

/** An `Origin` header value is scheme://host[:port] and nothing more; `null` and anything else is refused. */
function parseOrigin(value: string): URL | undefined {
  if (!/^https?:\/\/[^/?#@\s]+$/i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.origin === value.toLowerCase() || url.origin === value ? url : undefined;
  } catch {
    return undefined;
  }
}
