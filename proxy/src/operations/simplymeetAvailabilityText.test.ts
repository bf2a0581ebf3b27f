import { describe, expect, it } from 'vitest';
import { availabilityTextAsIs } from './simplymeetAvailabilityText';
import { projectAvailability } from './simplymeetProjections';

const month = [
  {
    date: '2026-12-01',
    available: true,
    hours: [
      { start: '09:00', available: false },
      { start: '09:30', available: true },
    ],
  },
  { date: '2026-12-02', available: false, hours: [] },
];
const asIs = (text: string) => availabilityTextAsIs(JSON.parse(text), text);

describe('availability text served as is', () => {
  it('serves the compact vendor text when it is exactly the projection', () => {
    const text = JSON.stringify(month);
    expect(asIs(text)).toBe(text);
    expect(JSON.parse(asIs(text) as string)).toEqual(projectAvailability(month));
    expect(asIs('[]')).toBe('[]');
  });

  it('re-serialises when the text holds anything more than the projection', () => {
    const text = JSON.stringify(month);
    const hostile = [
      // a duplicate key hides an address: the parsed value looks clean, the text does not
      text.replace('{"date":"2026-12-02"', '{"date":"ada@example.com","date":"2026-12-02"'),
      text.replace('"start":"09:00"', '"start":"\\u0030\\u0039:00"'),
      JSON.stringify(month, null, 1),
      JSON.stringify([{ ...month[0], bookedBy: 'ada@example.com' }]),
      JSON.stringify([{ ...month[1], hours: [{ start: '09:00', available: true, email: 'a@b.c' }] }]),
      JSON.stringify([{ date: 'tomorrow', available: true, hours: [] }]),
      JSON.stringify([{ date: '2026-12-01', available: 'yes', hours: [] }]),
      JSON.stringify({ days: month }),
    ];
    for (const text of hostile) expect(asIs(text), text).toBeUndefined();
  });
});
