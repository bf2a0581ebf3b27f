import { describe, expect, it } from 'vitest';
import { describeZone, normalize, searchZones, zonesToOffer } from './zoneSearch';

const at = new Date('2026-11-16T08:30:00Z');
const countries = new Map([
  ['Asia/Calcutta', 'IN'],
  ['America/Indiana/Indianapolis', 'US'],
  ['Europe/Paris', 'FR'],
]);
const entries = (zones: string[], locale = 'en') =>
  zones.map((zone) => describeZone(zone, { locale, at, countries }));

describe('zone search', () => {
  it('offers each zone once whatever its spelling, pinned ones first, UTC only when pinned', () => {
    expect(zonesToOffer(['UTC', 'Asia/Calcutta', 'Europe/Paris'], ['Asia/Kolkata'])).toEqual([
      'Asia/Kolkata',
      'Europe/Paris',
    ]);
    expect(zonesToOffer(['Europe/Paris'], ['UTC'])).toEqual(['UTC', 'Europe/Paris']);
  });

  it('matches what a visitor types: accents, case, apostrophes and underscores aside', () => {
    expect(normalize('Heure d’Europe  centrale')).toBe("heure d'europe centrale");
    expect(normalize('America/Port_of_Spain')).toBe('america port of spain');
  });

  it('ranks a whole country above a city that starts the same, in the visitor’s language too', () => {
    const list = entries(['America/Indiana/Indianapolis', 'Asia/Calcutta', 'Europe/Paris']);
    expect(searchZones(list, 'india').map((entry) => entry.city)).toEqual(['Kolkata', 'Indianapolis']);
    const french = entries(['Asia/Calcutta', 'Europe/Paris'], 'fr');
    expect(searchZones(french, 'inde').map((entry) => entry.city)).toEqual(['Kolkata']);
    expect(searchZones(french, 'europe centrale').map((entry) => entry.city)).toEqual(['Paris']);
  });

  it('finds zones at an offset, the hour alone finding half hours too', () => {
    const list = entries(['Asia/Calcutta', 'Asia/Karachi', 'Europe/Paris']);
    expect(searchZones(list, '+05:30').map((entry) => entry.city)).toEqual(['Kolkata']);
    expect(searchZones(list, 'UTC+5').map((entry) => entry.city)).toEqual(['Karachi', 'Kolkata']);
  });
});
