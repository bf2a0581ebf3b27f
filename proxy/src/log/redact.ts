/**
 * Scrubs credentials and e-mail addresses from anything about to be logged. Three nets, because a
 * secret can hide in many places: the exact configured strings (raw, URL-encoded, base64), any value
 * under a credential-looking key, and bearer/basic authorization values.
 */

const emailPattern = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gi;
const authorizationPattern = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
const credentialKeyPattern =
  /authorization|api[-_]?key|secret|password|passwd|token|cookie|signature|credential/i;

export const redactedMark = '[redacted]';
export const emailMark = '[email]';

export type Redactor = (value: unknown) => unknown;

export function createRedactor(secrets: readonly string[]): Redactor {
  // Longest first, so a secret containing another is removed whole.
  const needles = [...new Set(secrets.filter((secret) => secret.length > 0).flatMap(variantsOf))].sort(
    (a, b) => b.length - a.length,
  );

  // One scan tells whether any secret is there at all; most log strings hold none.
  const anyNeedle = needles.length > 0 ? new RegExp(needles.map(escapeRegExp).join('|')) : undefined;

  function redactString(text: string): string {
    let result = text;
    if (anyNeedle?.test(text)) {
      for (const needle of needles) result = result.split(needle).join(redactedMark);
    }
    result = result.replace(authorizationPattern, `$1 ${redactedMark}`);
    // Every address has an `@` (or its encoding): without one the pattern cannot match.
    return result.includes('@') || result.includes('%40') ? result.replace(emailPattern, emailMark) : result;
  }

  // Field names repeat on every line (operation, status…): each is scrubbed once.
  const keys = new Map<string, string>();
  function redactKey(key: string): string {
    let redacted = keys.get(key);
    if (redacted === undefined) {
      redacted = redactString(key);
      if (keys.size < 1_000) keys.set(key, redacted);
    }
    return redacted;
  }

  function redact(value: unknown, seen: WeakSet<object>): unknown {
    if (typeof value === 'string') return redactString(value);
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return '[circular]';
    seen.add(value);
    if (value instanceof Error) {
      // Message and cause only: a stack adds nothing for operators and may quote a URL with a key.
      return {
        name: value.name,
        message: redactString(value.message),
        ...(value.cause === undefined ? {} : { cause: redact(value.cause, seen) }),
      };
    }
    if (Array.isArray(value)) return value.map((item) => redact(item, seen));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // Counts and flags under such keys (tokenUses: 2) carry no secret; strings and objects may.
      const mayHoldCredential = typeof item === 'string' || (typeof item === 'object' && item !== null);
      out[redactKey(key)] =
        credentialKeyPattern.test(key) && mayHoldCredential ? redactedMark : redact(item, seen);
    }
    return out;
  }

  return (value) => redact(value, new WeakSet());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function variantsOf(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    base64(secret).replace(/=+$/, ''),
    base64(secret).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'),
  ].filter((variant) => variant.length > 0);
}

/** Without Buffer, so the proxy also runs on Workers-style runtimes. */
function base64(text: string): string {
  return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
}
