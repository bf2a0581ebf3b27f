import { afterAll, describe, expect, it } from 'vitest';
import { createRedisStore, type Store } from '../../proxy/src/store';
import { redisForSuite } from '../redis';
import { bookingBody, firstFreeSlot } from './bookingFixtures';
import { createHarness, type Harness } from './harness';

const { redis } = await redisForSuite('two proxy instances on one Redis');
const stores: Store[] = [];
afterAll(() => Promise.all(stores.map((store) => store.close())));
const redisStore = () => {
  const store = createRedisStore((redis as { url: string }).url);
  stores.push(store);
  return store;
};

const bookings = (...harnesses: Harness[]) =>
  harnesses
    .flatMap((h) => h.vendorCalls())
    .filter((call) => call.method === 'POST' && call.path === '/panel/api/event');

async function fiftyIdenticalBookings(instances: Harness[]) {
  const slot = await firstFreeSlot(instances[0] as Harness, 1);
  const key = `booking-${crypto.randomUUID()}`;
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      (instances[i % instances.length] as Harness).call('/simplymeet/panel/api/event', {
        json: bookingBody(1, slot.scheduledAt),
        idempotencyKey: key,
      }),
    ),
  );
  return answers;
}

describe('50 concurrent identical requests make one vendor call', () => {
  it('idempotent booking, memory store: one booking, 50 identical answers', async () => {
    const harness = createHarness();
    const answers = await fiftyIdenticalBookings([harness]);
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
    expect(bookings(harness)).toHaveLength(1);
  });

  it('availability, memory store: one vendor call for 50 identical reads', async () => {
    const harness = createHarness();
    const path =
      '/simplymeet/panel/api/event-type/availability/2?startDate=2027-01-04&endDate=2027-01-31&timezone=Asia%2FKolkata&durationId=22';
    const answers = await Promise.all(Array.from({ length: 50 }, () => harness.call(path)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(
      harness.vendorCalls().filter((call) => call.path.startsWith('/panel/api/event-type/availability/2')),
    ).toHaveLength(1);
  });

  it('a booking made through the proxy invalidates that event type’s cached availability', async () => {
    const harness = createHarness();
    const slot = await firstFreeSlot(harness, 1);
    const booked = await harness.call('/simplymeet/panel/api/event', {
      json: bookingBody(1, slot.scheduledAt),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(booked.status).toBe(201);
    const after = await firstFreeSlot(harness, 1);
    expect(after.scheduledAt).not.toBe(slot.scheduledAt);
  });
});

describe.skipIf(!redis)('two proxy instances sharing one Redis', () => {
  // First in this file: the counters live in this file's Redis for a minute.
  it('enforce one rate limit', async () => {
    const limits = { read: { visitor: { points: 5, durationSeconds: 60 } } };
    const a = createHarness({ store: redisStore(), rateLimits: limits });
    const b = createHarness({ store: redisStore(), rateLimits: limits });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await (i % 2 === 0 ? a : b).call('/simplymeet/panel/api/event-type/1')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('make one booking for 50 identical requests spread over both', async () => {
    const a = createHarness({ store: redisStore() });
    const b = createHarness({ store: redisStore() });
    // Both simulators must know the same slot: each instance has its own in-process simulator.
    const answers = await fiftyIdenticalBookings([a, b]);
    expect(new Set(answers.map((x) => x.status))).toEqual(new Set([201]));
    expect(bookings(a, b)).toHaveLength(1);
  });
});
