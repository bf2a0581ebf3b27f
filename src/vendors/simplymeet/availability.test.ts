import { describe, expect, it } from 'vitest';
import { type SimplyMeetAvailabilityDay, toAvailableDays } from './availability';

/**
 * The event lives in Europe/Amsterdam, 09:00–17:00. Amsterdam leaves summer time on Sunday 2026-10-25, so the
 * first slot is 07:00Z on Friday the 23rd and 08:00Z on Monday the 26th; the last 30-minute slot (16:30) is
 * 14:30Z and 15:30Z. The fixtures below are what the vendor lists for those instants when asked in each
 * visitor's zone, worked out by hand from the offsets of that week.
 */
const amsterdamInstants = [
  '2026-10-23T07:00:00.000Z',
  '2026-10-23T14:30:00.000Z',
  '2026-10-26T08:00:00.000Z',
  '2026-10-26T15:30:00.000Z',
];

const day = (date: string, ...starts: string[]): SimplyMeetAvailabilityDay => ({
  date,
  available: starts.length > 0,
  hours: starts.map((start) => ({ start, available: true })),
});

const visitorViews: Record<string, SimplyMeetAvailabilityDay[]> = {
  // Still on EDT (-4) both days: New York changes a week later.
  'America/New_York': [day('2026-10-23', '03:00', '10:30'), day('2026-10-26', '04:00', '11:30')],
  // +5:30 all year.
  'Asia/Kolkata': [day('2026-10-23', '12:30', '20:00'), day('2026-10-26', '13:30', '21:00')],
  // +13:45 (southern summer time): the afternoon slots fall on the next local date.
  'Pacific/Chatham': [
    day('2026-10-23', '20:45'),
    day('2026-10-24', '04:15'),
    day('2026-10-25'),
    day('2026-10-26', '21:45'),
    day('2026-10-27', '05:15'),
  ],
};

describe('toAvailableDays across the Amsterdam DST change', () => {
  for (const [zone, days] of Object.entries(visitorViews)) {
    it(`gives a visitor in ${zone} the vendor's instants`, () => {
      const result = toAvailableDays(days, zone, 30);
      const instants = result.flatMap((d) => d.slots.map((slot) => slot.start));
      expect(instants).toEqual(amsterdamInstants);
      expect(
        result.flatMap((d) => d.slots).every((slot) => slot.timeZone === zone && slot.durationMinutes === 30),
      ).toBe(true);
    });
  }
});

describe('toAvailableDays', () => {
  it('offers only free hours and nothing on a fully taken day', () => {
    const result = toAvailableDays(
      [
        {
          date: '2026-12-01',
          available: true,
          hours: [
            { start: '09:00', available: false },
            { start: '09:30', available: true },
          ],
        },
        { date: '2026-12-02', available: false, hours: [{ start: '09:00', available: false }] },
      ],
      'Europe/Amsterdam',
      30,
    );
    expect(result).toEqual([
      {
        date: '2026-12-01',
        slots: [{ start: '2026-12-01T08:30:00.000Z', timeZone: 'Europe/Amsterdam', durationMinutes: 30 }],
      },
      { date: '2026-12-02', slots: [] },
    ]);
  });
});
