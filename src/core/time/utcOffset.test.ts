import { describe, expect, it } from 'vitest';
import { formatUtcOffset, parseUtcOffsetQuery, zoneOffsetMinutes } from './utcOffset';

describe('UTC offsets', () => {
  const november = new Date('2026-11-16T08:30:00Z');

  it('reads a zone’s offset at an instant, half hours and west of Greenwich included', () => {
    expect(zoneOffsetMinutes('Asia/Kolkata', november)).toBe(330);
    expect(zoneOffsetMinutes('America/St_Johns', november)).toBe(-210);
    expect(zoneOffsetMinutes('Europe/London', november)).toBe(0);
    expect(zoneOffsetMinutes('Europe/Amsterdam', new Date('2026-07-01T12:00:00Z'))).toBe(120);
  });

  it('writes offsets the same way in every language', () => {
    expect(formatUtcOffset(60)).toBe('UTC+1');
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(-210)).toBe('UTC-3:30');
    expect(formatUtcOffset(0)).toBe('UTC+0');
  });

  it('understands the ways a visitor types an offset, and nothing else', () => {
    expect(parseUtcOffsetQuery('+05:30')).toEqual({ minutes: 330, hoursOnly: false });
    expect(parseUtcOffsetQuery('UTC−3')).toEqual({ minutes: -180, hoursOnly: true });
    expect(parseUtcOffsetQuery('gmt+0545')).toEqual({ minutes: 345, hoursOnly: false });
    expect(parseUtcOffsetQuery('Amsterdam')).toBeUndefined();
    expect(parseUtcOffsetQuery('+25')).toBeUndefined();
  });
});
