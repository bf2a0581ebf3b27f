import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../proxy/src/log/logger';

const apiKey = 'sm_live_9f8e7d6c5b4a3210';
const workspaceSecret = 'ws+secret/with=chars&more';
const secrets = [apiKey, workspaceSecret];
const email = 'ada.lovelace+convene@example.co.uk';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ secrets, write: (line) => lines.push(line), now: () => new Date(0) });
  return { logger, lines };
}

const base64 = (text: string) => btoa(text);

/** Where a credential or address could slip into a log line. */
const placements: Array<[string, (logger: ReturnType<typeof capture>['logger']) => void]> = [
  [
    'a top-level field',
    (log) => log.request({ operation: 'x', status: 200, durationMs: 1, upstream: apiKey }),
  ],
  [
    'a URL query',
    (log) =>
      log.request({
        operation: 'x',
        status: 200,
        durationMs: 1,
        url: `https://api.example/x?key=${apiKey}&a=1`,
      }),
  ],
  [
    'a URL-encoded query',
    (log) =>
      log.request({
        operation: 'x',
        status: 200,
        durationMs: 1,
        url: `/x?s=${encodeURIComponent(workspaceSecret)}`,
      }),
  ],
  [
    'a nested object',
    (log) =>
      log.request({
        operation: 'x',
        status: 200,
        durationMs: 1,
        vendor: { request: { headers: { 'x-key': apiKey } } },
      }),
  ],
  ['an array', (log) => log.request({ operation: 'x', status: 200, durationMs: 1, tried: ['a', [apiKey]] })],
  [
    'a header named Authorization',
    (log) =>
      log.request({
        operation: 'x',
        status: 200,
        durationMs: 1,
        headers: { Authorization: 'Bearer someOtherOpaqueValue' },
      }),
  ],
  ['a Bearer value inside free text', (log) => log.error('vendor said: Bearer abc.def.ghi rejected')],
  ['a base64 Basic credential', (log) => log.error(`sent Basic ${base64(apiKey)}`)],
  ['base64 of the secret alone', (log) => log.warn('signature input', { blob: base64(workspaceSecret) })],
  [
    'an error message',
    (log) => log.error('vendor call failed', new Error(`401 for key ${apiKey} and ${email}`)),
  ],
  [
    'an error cause',
    (log) => log.error('failed', new Error('outer', { cause: new Error(`inner ${workspaceSecret}`) })),
  ],
  [
    'a JSON string body',
    (log) =>
      log.request({
        operation: 'x',
        status: 422,
        durationMs: 1,
        body: JSON.stringify({ email, key: apiKey }),
      }),
  ],
  ['an object key', (log) => log.warn('odd', { [apiKey]: 'value', [email]: true })],
  [
    'an e-mail in a nested attendee',
    (log) =>
      log.request({
        operation: 'book',
        status: 201,
        durationMs: 3,
        attendee: { name: 'Ada', contact: email },
      }),
  ],
  [
    'an URL-encoded e-mail',
    (log) =>
      log.request({
        operation: 'x',
        status: 200,
        durationMs: 1,
        url: `/invite?to=${encodeURIComponent(email)}`,
      }),
  ],
  ['a non-object error detail', (log) => log.error('thrown string', `boom ${apiKey}`)],
  [
    'a field named apiKey',
    (log) =>
      log.request({ operation: 'x', status: 200, durationMs: 1, apiKey: 'unknown-key-not-configured' }),
  ],
];

describe('logger redaction', () => {
  it.each(placements)('never writes a credential or an e-mail placed in %s', (_, act) => {
    const { logger, lines } = capture();
    act(logger);
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    for (const needle of [
      apiKey,
      workspaceSecret,
      encodeURIComponent(workspaceSecret),
      base64(apiKey),
      base64(workspaceSecret).replace(/=+$/, ''),
      email,
      encodeURIComponent(email),
      'someOtherOpaqueValue',
      'abc.def.ghi',
      'unknown-key-not-configured',
      'example.co.uk',
    ]) {
      expect(line).not.toContain(needle);
    }
    expect(line).toMatch(/\[redacted\]|\[email\]/);
  });
});

describe('logger lines', () => {
  it('writes one parseable JSON line per request with the fields operators need', () => {
    const { logger, lines } = capture();
    logger.request({
      operation: 'simplymeet.book',
      site: 'pk_demo',
      status: 201,
      vendorStatus: 201,
      durationMs: 84,
      requestId: 'req_1',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'info',
      operation: 'simplymeet.book',
      site: 'pk_demo',
      status: 201,
      vendorStatus: 201,
      durationMs: 84,
      requestId: 'req_1',
    });
  });

  it('raises the level with the status so failures stand out', () => {
    const { logger, lines } = capture();
    logger.request({ operation: 'a', status: 429, durationMs: 1 });
    logger.request({ operation: 'a', status: 502, durationMs: 1 });
    expect(lines.map((line) => JSON.parse(line).level)).toEqual(['warn', 'error']);
  });

  it('keeps ordinary text intact and survives circular details', () => {
    const { logger, lines } = capture();
    const details: Record<string, unknown> = { event: 'evt_30min', tokenUses: 2 };
    details.self = details;
    logger.warn('slot taken', details);
    const line = JSON.parse(lines[0] ?? '');
    expect(line).toMatchObject({ message: 'slot taken', event: 'evt_30min', tokenUses: 2 });
    expect(line.self.self).toBe('[circular]');
  });
});
