import { currentZoneId } from './renamedZones';

let loading: Promise<ReadonlyMap<string, string>> | undefined;

/**
 * Zone id → ISO country code ("Asia/Kolkata" → "IN"), for searching zones by country. The table (about 3.5 KB
 * gzipped) is only needed once someone searches, so it is a separate chunk fetched when the switcher opens.
 */
export function loadZoneCountries(): Promise<ReadonlyMap<string, string>> {
  loading ??= import('./zoneCountries.generated').then(({ ZONE_COUNTRIES }) => {
    const countries = new Map<string, string>();
    for (const group of ZONE_COUNTRIES.split(';')) {
      const [country = '', zones = ''] = group.split(':');
      for (const zone of zones.split(',')) countries.set(zone, country);
    }
    return countries;
  });
  return loading;
}

/** The country of a zone under either its old or its current id. */
export function zoneCountry(countries: ReadonlyMap<string, string>, timeZone: string): string | undefined {
  return countries.get(timeZone) ?? countries.get(currentZoneId(timeZone));
}
