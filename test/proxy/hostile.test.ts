import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, expectError, rawRequest } from './harness';
import { hostileCases, rawTargetCases } from './hostileCases';

describe('hostile input: each refused with its documented code, and no vendor ever called', () => {
  const harness = createHarness();

  it('has a table of at least 40 cases', () => {
    expect(hostileCases.length + rawTargetCases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(hostileCases)('$name -> $status $code', async ({ path, init, status, code }) => {
    const request = typeof init === 'function' ? await init(harness) : init;
    const before = harness.vendorCalls().length;
    const answer = await harness.call(path, request);
    expectError(answer, status, code);
    expect(harness.vendorCalls().slice(before)).toEqual([]);
  });

  describe('over a real socket, with the target sent byte for byte', () => {
    let server: Awaited<ReturnType<typeof harness.listen>>;
    beforeAll(async () => {
      server = await harness.listen();
    });
    afterAll(() => server.close());

    it.each(rawTargetCases)('$name -> refused', async ({ target, status }) => {
      const before = harness.vendorCalls().length;
      const answer = await rawRequest(server.url, target);
      if (status) {
        expect(answer.status).toBe(status);
      } else {
        expect(answer.status).toBe(404);
        expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'unknown_operation' } });
      }
      expect(harness.vendorCalls().slice(before)).toEqual([]);
    });
  });
});
