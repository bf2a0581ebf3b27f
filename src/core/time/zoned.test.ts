import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutes,
  addMonths,
  instantToVendorDateTime,
  instantToZonedParts,
  isoWeekday,
  monthRange,
  shiftMonth,
  wallTimeToInstant,
} from './zoned';

describe('wallTimeToInstant', () => {
  it('uses winter and summer offsets of the zone', () => {
    expect(wallTimeToInstant('2026-12-01', '09:00', 'Europe/Amsterdam')).toBe('2026-12-01T08:00:00.000Z');
    expect(wallTimeToInstant('2026-07-01', '09:00', 'Europe/Amsterdam')).toBe('2026-07-01T07:00:00.000Z');
  });

  it('moves a time inside the spring-forward gap forward', () => {
    // 2027-03-28 02:30 does not exist in Amsterdam (clocks jump 02:00 -> 03:00).
    expect(wallTimeToInstant('2027-03-28', '02:30', 'Europe/Amsterdam')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('takes the earlier instant for a time the autumn change shows twice', () => {
    // 2027-10-31 02:30 happens first in summer time (+02:00), then again in winter time (+01:00).
    expect(wallTimeToInstant('2027-10-31', '02:30', 'Europe/Amsterdam')).toBe('2027-10-31T00:30:00.000Z');
    expect(wallTimeToInstant('2027-11-07', '01:30', 'America/New_York')).toBe('2027-11-07T05:30:00.000Z');
  });

  it('handles half- and quarter-hour offsets (Chatham is +13:45 in its December summer time)', () => {
    expect(wallTimeToInstant('2026-12-01', '09:00', 'Asia/Kolkata')).toBe('2026-12-01T03:30:00.000Z');
    expect(wallTimeToInstant('2026-12-01', '09:00', 'Pacific/Chatham')).toBe('2026-11-30T19:15:00.000Z');
  });
});

describe('instantToZonedParts / instantToVendorDateTime', () => {
  it('reads the wall clock of another zone, including the date change', () => {
    expect(instantToZonedParts('2026-12-01T08:00:00Z', 'Pacific/Chatham')).toEqual({
      date: '2026-12-01',
      time: '21:45',
      seconds: 0,
    });
    expect(instantToVendorDateTime('2026-12-01T03:00:00Z', 'America/New_York')).toBe('2026-11-30 22:00:00');
  });

  it('round-trips with wallTimeToInstant', () => {
    const instant = wallTimeToInstant('2027-03-29', '16:30', 'America/New_York');
    expect(instantToVendorDateTime(instant, 'America/New_York')).toBe('2027-03-29 16:30:00');
  });
});

describe('month helpers', () => {
  it('gives month bounds including leap years and crosses years', () => {
    expect(monthRange('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });

  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });

  it('moves dates by days and months, keeping the day inside a shorter month', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
  });

  it('adds minutes to an instant', () => {
    expect(addMinutes('2026-12-01T08:00:00.000Z', 90)).toBe('2026-12-01T09:30:00.000Z');
  });
});
