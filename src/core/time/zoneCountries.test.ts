import { describe, expect, it } from 'vitest';
import { listTimeZones } from '../timeZone';
import { loadZoneCountries, zoneCountry } from './zoneCountries';

describe('zone countries (from Intl)', () => {
  it('knows the country of every zone the runtime lists, under old and new names', async () => {
    const countries = await loadZoneCountries();
    expect(listTimeZones().filter((zone) => !zoneCountry(countries, zone))).toEqual([]);
    expect(zoneCountry(countries, 'Asia/Calcutta')).toBe('IN');
    expect(zoneCountry(countries, 'Asia/Kolkata')).toBe('IN');
    expect(zoneCountry(countries, 'Europe/Kyiv')).toBe('UA');
    expect(zoneCountry(countries, 'Europe/Amsterdam')).toBe('NL');
    expect(zoneCountry(countries, 'America/Indiana/Knox')).toBe('US');
  });
});
