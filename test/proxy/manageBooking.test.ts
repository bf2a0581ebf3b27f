import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, expectError } from './harness';
import { book, hoursOn, nextKey, payloadOf, plusMinutes } from './manageBookingFixtures';

const FIXED = 1;
const eventPath = (id: number) => `/simplymeet/panel/api/event/${id}`;
const reschedulePath = (id: number) => `/simplymeet/panel/api/event/reschedule/${id}`;
const cancelPath = (id: number) => `/simplymeet/panel/api/event/cancel/${id}`;

describe('managing a booking with its manage token', () => {
  const harness = createHarness();
  const puts = () => harness.vendorCalls().filter((call) => (call as { method: string }).method === 'PUT');
  const vendorCallCount = () => harness.vendorCalls().length;
  beforeEach(() => harness.proxy.reset());

  it('a booking answers with a manage token bound to its event and site, ending when it starts', async () => {
    const booked = await book(harness, FIXED);
    expect(new Date(booked.manage.expiresAt).getTime()).toBe(new Date(booked.scheduledAt).getTime());
    const payload = payloadOf(booked.manage.token);
    expect(payload).toMatchObject({ scope: 'booking:manage', bind: { event: booked.id }, iss: 'pk_sandbox' });
    expect(payload.exp).toBe(new Date(booked.scheduledAt).getTime() / 1000);
    // The token is readable by whoever holds the link: nothing of the person or the vendor in it.
    expect(JSON.stringify(payload)).not.toMatch(/@|Visiting|Amsterdam|simplymeet/i);
  });

  it('the event, projected for the invitee: no host, no addresses, no answers', async () => {
    const booked = await book(harness, FIXED);
    const answer = await harness.call(eventPath(booked.id), { token: booked.manage.token });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      id: booked.id,
      status: 'active',
      eventType: { id: FIXED },
      invitee: { fullName: 'Visiting Person', timezone: 'Europe/Amsterdam' },
    });
    expect(answer.text).not.toMatch(/@|"user"|"users"|participants|answers|phone/);
  });

  it('reschedule: one signed PUT, the event at the new time, the old slot free again', async () => {
    const booked = await book(harness, FIXED);
    const date = booked.slot.slice(0, 10);
    const before = await hoursOn(harness, FIXED, date); // warms the availability cache
    const next = before.find((h) => h.available && h.start !== booked.slot.slice(11, 16));
    if (!next) throw new Error('no second free slot that day');
    const start = `${date} ${next.start}:00`;
    const answer = await harness.call(reschedulePath(booked.id), {
      method: 'PUT',
      json: { start, end: plusMinutes(start, 30) },
      token: booked.manage.token,
      idempotencyKey: nextKey(),
    });
    expect(answer.status).toBe(204);
    expect(puts()).toEqual([
      expect.objectContaining({ path: `/panel/api/event/reschedule/${booked.id}`, signed: true }),
    ]);
    const after = await hoursOn(harness, FIXED, date);
    expect(after.find((h) => h.start === booked.slot.slice(11, 16))?.available).toBe(true);
    expect(after.find((h) => h.start === next.start)?.available).toBe(false);
    const event = await harness.call(eventPath(booked.id), { token: booked.manage.token });
    expect(new Date((event.json as { scheduledAt: string }).scheduledAt).getTime()).toBeGreaterThan(
      new Date(booked.scheduledAt).getTime(),
    );
  });

  it('reschedule to a taken time: 409 conflict, slot_taken (the widget then offers the nearest)', async () => {
    const booked = await book(harness, FIXED);
    const date = booked.slot.slice(0, 10);
    const other = await book(harness, FIXED);
    const taken = other.slot.slice(0, 10) === date ? other.slot : undefined;
    if (!taken) throw new Error('the second booking is on another day');
    const answer = await harness.call(reschedulePath(booked.id), {
      method: 'PUT',
      json: { start: taken, end: plusMinutes(taken, 30) },
      token: booked.manage.token,
      idempotencyKey: nextKey(),
    });
    expectError(answer, 409, 'conflict');
    expect(answer.json).toMatchObject({ error: { details: { reason: 'slot_taken' } } });
  });

  it('reschedule keeps the event type: another one is 422 and nothing is written', async () => {
    const booked = await book(harness, FIXED);
    const answer = await harness.call(reschedulePath(booked.id), {
      method: 'PUT',
      json: { start: booked.slot, end: plusMinutes(booked.slot, 30), eventTypeId: 2 },
      token: booked.manage.token,
      idempotencyKey: nextKey(),
    });
    expectError(answer, 422, 'invalid_request');
    expect(puts()).toEqual([]);
  });

  it('cancel: one PUT with the reason, the event cancelled, its slot free; a replay answers the same', async () => {
    const booked = await book(harness, FIXED);
    const date = booked.slot.slice(0, 10);
    expect(
      (await hoursOn(harness, FIXED, date)).find((h) => h.start === booked.slot.slice(11, 16))?.available,
    ).toBe(false);
    const key = nextKey();
    const cancel = () =>
      harness.call(cancelPath(booked.id), {
        method: 'PUT',
        json: { reason: 'Ill, sorry' },
        token: booked.manage.token,
        idempotencyKey: key,
      });
    expect((await cancel()).status).toBe(204);
    const replay = await cancel();
    expect(replay.status).toBe(204);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(puts()).toHaveLength(1);
    const event = await harness.call(eventPath(booked.id), { token: booked.manage.token });
    expect(event.json).toMatchObject({ status: 'cancelled' });
    expect(
      (await hoursOn(harness, FIXED, date)).find((h) => h.start === booked.slot.slice(11, 16))?.available,
    ).toBe(true);
  });

  it('a cancelled event can be neither cancelled again nor rescheduled: 409, with no vendor write', async () => {
    const booked = await book(harness, FIXED);
    const send = (path: string, json: unknown) =>
      harness.call(path, { method: 'PUT', json, token: booked.manage.token, idempotencyKey: nextKey() });
    expect((await send(cancelPath(booked.id), {})).status).toBe(204);
    for (const answer of [
      await send(cancelPath(booked.id), { reason: 'again' }),
      await send(reschedulePath(booked.id), { start: booked.slot, end: plusMinutes(booked.slot, 30) }),
    ]) {
      expectError(answer, 409, 'conflict');
      expect(answer.json).toMatchObject({
        error: {
          message: 'This booking has already been cancelled.',
          details: { reason: 'already_cancelled' },
        },
      });
    }
    expect(puts()).toHaveLength(1);
  });

  describe('refusals before any vendor call', () => {
    it('a token bound to another event: 403 scope_denied', async () => {
      const booked = await book(harness, FIXED);
      const other = await book(harness, FIXED);
      const calls = vendorCallCount();
      for (const answer of [
        await harness.call(eventPath(other.id), { token: booked.manage.token }),
        await harness.call(cancelPath(other.id), {
          method: 'PUT',
          json: {},
          token: booked.manage.token,
          idempotencyKey: nextKey(),
        }),
      ]) {
        expectError(answer, 403, 'scope_denied');
      }
      expect(vendorCallCount()).toBe(calls);
    });

    it('an expired token: 401 invalid_token', async () => {
      const booked = await book(harness, FIXED);
      const expired = await harness.token(['booking:manage'], {
        bind: { event: booked.id },
        ttlSeconds: 60,
        issuedAt: new Date(Date.now() - 3_600_000).toISOString(),
      });
      const calls = vendorCallCount();
      const answer = await harness.call(eventPath(booked.id), { token: expired });
      expectError(answer, 401, 'invalid_token');
      expect(answer.json).toMatchObject({ error: { details: { reason: 'expired' } } });
      expect(vendorCallCount()).toBe(calls);
    });

    it('no token, another scope, or a manage token bound to no event', async () => {
      const booked = await book(harness, FIXED);
      const calls = vendorCallCount();
      expectError(await harness.call(eventPath(booked.id)), 401, 'invalid_token');
      const invite = await harness.token(['invite:meltingspot'], { bind: { event: booked.id } });
      expectError(await harness.call(eventPath(booked.id), { token: invite }), 403, 'scope_denied');
      const unbound = await harness.token(['booking:manage']);
      expectError(await harness.call(eventPath(booked.id), { token: unbound }), 403, 'scope_denied');
      expect(vendorCallCount()).toBe(calls);
    });

    it('a PUT without Idempotency-Key, or with fields the browser may not set', async () => {
      const booked = await book(harness, FIXED);
      const calls = vendorCallCount();
      const put = (json: unknown, idempotencyKey?: string) =>
        harness.call(reschedulePath(booked.id), {
          method: 'PUT',
          json,
          token: booked.manage.token,
          ...(idempotencyKey ? { idempotencyKey } : {}),
        });
      const valid = { start: booked.slot, end: plusMinutes(booked.slot, 30) };
      expectError(await put(valid), 400, 'invalid_request');
      expectError(await put({ ...valid, userId: 7 }, nextKey()), 422, 'invalid_request');
      expectError(
        await put({ start: '2027-02-30 10:00:00', end: valid.end }, nextKey()),
        422,
        'invalid_request',
      );
      expectError(await put({ start: valid.end, end: valid.start }, nextKey()), 422, 'invalid_request');
      expectError(
        await harness.call(cancelPath(booked.id), {
          method: 'PUT',
          json: { reason: 'x'.repeat(1001) },
          token: booked.manage.token,
          idempotencyKey: nextKey(),
        }),
        422,
        'invalid_request',
      );
      expect(vendorCallCount()).toBe(calls);
    });
  });

  it('the sandbox mints the same token for a known event: scope, binding and expiry at its start', async () => {
    const booked = await book(harness, FIXED);
    const token = await harness.token(['booking:manage'], { bind: { event: booked.id } });
    const payload = payloadOf(token);
    expect(payload).toMatchObject({ scope: 'booking:manage', bind: { event: booked.id } });
    expect(payload.exp).toBe(new Date(booked.scheduledAt).getTime() / 1000);
    expect((await harness.call(eventPath(booked.id), { token })).status).toBe(200);
  });
});

describe('the site’s event types', () => {
  const harness = createHarness();
  beforeEach(() => harness.proxy.reset());

  it('lists exactly the served event types, never the secret one, with no owner data', async () => {
    const answer = await harness.call('/simplymeet/panel/api/event-type');
    expect(answer.status).toBe(200);
    const list = answer.json as { id: number; name: string; duration: number }[];
    expect(list.map((t) => t.id)).toEqual([1, 2]);
    expect(list[1]).toMatchObject({ durationType: 'flexible', eventTypeDurations: expect.any(Array) });
    expect(answer.text).not.toMatch(/@|"user"|isSecret|questions/);
  });

  it('takes no query: filters and pagination are the proxy’s', async () => {
    expectError(await harness.call('/simplymeet/panel/api/event-type?onPage=1000'), 400, 'invalid_request');
  });
});
