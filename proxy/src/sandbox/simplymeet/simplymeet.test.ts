import { CalendarDateTime, toZoned } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { createSimplymeetSimulator, SIMPLYMEET_SEED } from '.';

// Monday 1 March 2027, 08:00 UTC. Europe moves to summer time on 28 March, the US on 14 March,
// Chatham back from summer time on 4 April.
const clock = () => new Date('2027-03-01T08:00:00Z');
const key = { 'x-api-key': 'sandbox-simplymeet-key-4c1d9e' };

function simulator() {
  const sim = createSimplymeetSimulator({ now: clock });
  const get = (path: string) => sim.app.request(path, { headers: key });
  const post = (path: string, body: unknown) =>
    sim.app.request(path, {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return { sim, get, post };
}

interface Day {
  date: string;
  available: boolean;
  hours: { start: string; available: boolean }[];
}

async function availability(
  get: (p: string) => Response | Promise<Response>,
  id: number,
  from: string,
  to: string,
  zone: string,
  extra = '',
) {
  const response = await get(
    `/panel/api/event-type/availability/${id}?startDate=${from}&endDate=${to}&timezone=${encodeURIComponent(zone)}${extra}`,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Day[];
}

/** Free slots as UTC instants, from wall-clock times in the zone they were shown in. */
function instants(days: Day[], zone: string): number[] {
  return days.flatMap((day) =>
    day.hours
      .filter((hour) => hour.available)
      .map((hour) => {
        const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
        const local = new CalendarDateTime(
          y,
          m,
          d,
          Number(hour.start.slice(0, 2)),
          Number(hour.start.slice(3)),
        );
        return toZoned(local, zone).toDate().getTime();
      }),
  );
}

describe('SimplyMeet simulator', () => {
  it('refuses calls without the right X-API-KEY', async () => {
    const { sim } = simulator();
    const attempts: Record<string, string>[] = [
      {},
      { 'x-api-key': 'wrong' },
      { authorization: 'Bearer sandbox-simplymeet-key-4c1d9e' },
    ];
    for (const headers of attempts) {
      const response = await sim.app.request('/panel/api/event-type/1', { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ message: 'Unauthorized' });
    }
  });

  it('opens Monday to Friday 09:00–17:00 in the event type’s zone, every 30 minutes', async () => {
    const { get } = simulator();
    const [monday, saturday] = await availability(
      get,
      1,
      '2027-03-22',
      '2027-03-27',
      'Europe/Amsterdam',
    ).then((days) => [days[0], days[5]]);
    expect(monday?.hours.map((h) => h.start)).toEqual(
      ['09', '10', '11', '12', '13', '14', '15', '16'].flatMap((h) => [`${h}:00`, `${h}:30`]),
    );
    expect(saturday).toEqual({ date: '2027-03-27', available: false, hours: [] });
  });

  it('gives the same instants to visitors in New York, Kolkata and Chatham across the DST change', async () => {
    const { get } = simulator();
    const window = (list: number[]) =>
      list
        .filter((t) => t >= Date.parse('2027-03-24T00:00:00Z') && t < Date.parse('2027-04-01T00:00:00Z'))
        .sort();
    const amsterdam = window(
      instants(
        await availability(get, 1, '2027-03-20', '2027-04-05', 'Europe/Amsterdam'),
        'Europe/Amsterdam',
      ),
    );
    expect(amsterdam.length).toBeGreaterThan(50);
    for (const zone of ['America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']) {
      const seen = window(instants(await availability(get, 1, '2027-03-20', '2027-04-05', zone), zone));
      expect(seen, zone).toEqual(amsterdam);
    }
    // 09:00 in Amsterdam is 08:00 UTC before the change and 07:00 UTC after it.
    const newYork = await availability(get, 1, '2027-03-26', '2027-03-29', 'America/New_York');
    expect(newYork[0]?.hours[0]?.start).toBe('04:00');
    expect(newYork[3]?.hours[0]?.start).toBe('03:00');
    const chatham = await availability(get, 1, '2027-03-26', '2027-03-26', 'Pacific/Chatham');
    // 09:00 Amsterdam = 08:00 UTC = 21:45 in Chatham (+13:45); the day opens with the previous Amsterdam day's afternoon.
    expect(chatham[0]?.hours.map((h) => h.start)).toContain('21:45');
    expect(chatham[0]?.hours[0]?.start).toBe('00:15');
  });

  it('past slots and booked slots are not available', async () => {
    const { get, post } = simulator();
    const [today] = await availability(get, 1, '2027-03-01', '2027-03-01', 'UTC');
    expect(today?.hours.find((h) => h.start === '08:00')?.available).toBe(false); // 09:00 Amsterdam = now
    expect(today?.hours.find((h) => h.start === '09:00')?.available).toBe(true);
    const booked = await post('/panel/api/event', {
      eventType: 1,
      scheduledAt: '2027-03-01 09:00:00',
      invitee: { fullName: 'Ann', email: 'ann@example.com', timezone: 'UTC' },
      answers: [],
      participants: [],
    });
    expect(booked.status).toBe(201);
    const [after] = await availability(get, 1, '2027-03-01', '2027-03-01', 'UTC');
    expect(after?.hours.find((h) => h.start === '09:00')?.available).toBe(false);
    // The flexible event type shares the owner's calendar: its overlapping 60-minute slot is gone too.
    const [flexible] = await availability(
      get,
      2,
      '2027-03-01',
      '2027-03-01',
      'Europe/Amsterdam',
      '&durationId=22',
    );
    expect(flexible?.hours.find((h) => h.start === '10:00')?.available).toBe(false);
  });

  it('flexible durations step by the chosen duration; a foreign durationId is 422', async () => {
    const { get } = simulator();
    const [day] = await availability(
      get,
      2,
      '2027-03-22',
      '2027-03-22',
      'Europe/Amsterdam',
      '&durationId=22',
    );
    expect(day?.hours.map((h) => h.start)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ]);
    const wrong = await get(
      '/panel/api/event-type/availability/2?startDate=2027-03-22&endDate=2027-03-22&timezone=UTC&durationId=99',
    );
    expect(wrong.status).toBe(422);
    const tooLong = await get(
      '/panel/api/event-type/availability/1?startDate=2027-03-01&endDate=2027-06-01&timezone=UTC',
    );
    expect(tooLong.status).toBe(422);
  });

  it('validates a booking like the vendor: phone and required questions, a slot that exists, a slot that is free', async () => {
    const { post } = simulator();
    const base = {
      eventType: 2,
      scheduledAt: '2027-03-22 10:00:00',
      invitee: { fullName: 'Bo', email: 'bo@example.com', timezone: 'Europe/Amsterdam' },
      durationId: 21,
      answers: [],
      participants: [],
      locationType: 'zoom',
    };
    const missing = await post('/panel/api/event', base);
    expect(missing.status).toBe(422);
    const { errors } = (await missing.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(errors).sort()).toEqual(['answers.q-0001-consultation', 'invitee.phoneNumber']);
    const complete = {
      ...base,
      invitee: { ...base.invitee, phoneNumber: '+31 6 1234 5678' },
      answers: [{ question: 'q-0001-consultation', value: 'Acme' }],
    };
    expect((await post('/panel/api/event', { ...complete, scheduledAt: '2027-03-22 10:10:00' })).status).toBe(
      422,
    );
    expect((await post('/panel/api/event', complete)).status).toBe(201);
    const taken = await post('/panel/api/event', {
      ...complete,
      invitee: { ...complete.invitee, email: 'other@example.com' },
    });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toEqual({ message: 'The selected time is no longer available' });
  });

  it('keeps poll results: a vote is stored once per e-mail, a closed poll refuses votes', async () => {
    const { get, post } = simulator();
    const poll = (await (await get('/panel/api/poll/1')).json()) as {
      uuid: string;
      availability: { id: number; results: unknown[] }[];
    };
    const option = poll.availability[3] as { id: number; results: unknown[] };
    const vote = (email: string) =>
      post('/panel/api/poll/poll-result', {
        uuid: poll.uuid,
        availability: [option.id],
        email,
        comment: 'ok',
      });
    expect((await vote('New@Example.com')).status).toBe(204);
    expect((await vote('new@example.com')).status).toBe(409);
    const after = (await (await get('/panel/api/poll/1')).json()) as typeof poll;
    expect(after.availability[3]?.results).toHaveLength(option.results.length + 1);
    const closed = await post('/panel/api/poll/poll-result', {
      uuid: SIMPLYMEET_SEED.polls.closed.uuid,
      availability: [1],
      email: 'late@example.com',
      comment: '',
    });
    expect(closed.status).toBe(422);
    expect(await closed.json()).toEqual({ message: 'This poll is closed' });
  });

  it('lists events with pagination meta, and reset() restores the seed', async () => {
    const { sim, get, post } = simulator();
    await post('/panel/api/event', {
      eventType: 1,
      scheduledAt: '2027-03-02 10:30:00',
      invitee: { fullName: 'Cy', email: 'cy@example.com', timezone: 'Europe/Amsterdam' },
      answers: [],
      participants: [],
    });
    const list = (await (await get('/panel/api/event/?page=1&onPage=10')).json()) as {
      meta: { itemsCount: number };
      items: unknown[];
    };
    expect(list.meta).toMatchObject({ itemsCount: 1, currentPage: 1, itemsPerPage: 10 });
    sim.reset();
    const empty = (await (await get('/panel/api/event/')).json()) as { meta: { itemsCount: number } };
    expect(empty.meta.itemsCount).toBe(0);
  });
});
