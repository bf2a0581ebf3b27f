import { describe, expect, it } from 'vitest';
import { formatMonth, formatTime, zoneCityName, zoneOffsetName } from './format';

describe('time formatting', () => {
  const instant = '2026-12-01T13:30:00Z';

  it('shows the time on the chosen zone clock with the chosen hour cycle', () => {
    expect(formatTime(instant, 'Europe/Amsterdam', 'en-GB', 'h23')).toBe('14:30');
    expect(formatTime('2026-12-01T08:30:00Z', 'Europe/Amsterdam', 'en-US', 'h23')).toBe('09:30');
    expect(formatTime(instant, 'America/New_York', 'en-US', 'h12')).toMatch(/^8:30\sAM$/);
  });

  it('names months in the visitor language', () => {
    expect(formatMonth('2026-12', 'nl-NL')).toBe('december 2026');
    expect(formatMonth('2026-12', 'fr-FR')).toBe('décembre 2026');
  });

  it('names zones by city and offset', () => {
    expect(zoneCityName('America/New_York')).toBe('New York');
    // Chrome still detects Indian and Ukrainian visitors under the old names.
    expect(zoneCityName('Asia/Calcutta')).toBe('Kolkata');
    expect(zoneCityName('Europe/Kiev')).toBe('Kyiv');
    expect(zoneCityName('Asia/Saigon')).toBe('Ho Chi Minh');
    expect(zoneOffsetName('Asia/Kolkata', 'en', new Date(instant))).toBe('GMT+5:30');
  });
});
