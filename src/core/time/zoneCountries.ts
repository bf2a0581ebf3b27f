import { currentZoneId } from './renamedZones';

type LocaleWithZones = Intl.Locale & { getTimeZones?: () => string[]; timeZones?: string[] };

/** The zones of a region, from Intl (`getTimeZones()`, or the older `timeZones` getter); none where unsupported. */
function regionZones(region: string): readonly string[] {
  const locale = new Intl.Locale(`und-${region}`) as LocaleWithZones;
  return locale.getTimeZones?.() ?? locale.timeZones ?? [];
}

let loading: Promise<ReadonlyMap<string, string>> | undefined;

/**
 * Zone id → ISO country code ("Asia/Kolkata" → "IN"), for searching zones by country, read from Intl so no
 * table ships (Chrome, Edge and Safari answer; elsewhere the map is empty and country search finds nothing, while
 * cities, generic names and offsets still do). Asking every region takes a noticeable moment, so it runs in
 * small slices between other work, once per page.
 */
export function loadZoneCountries(): Promise<ReadonlyMap<string, string>> {
  loading ??= new Promise((resolve) => {
    const countries = new Map<string, string>();
    if (typeof Intl.Locale !== 'function' || regionZones('NL').length === 0) {
      resolve(countries);
      return;
    }
    const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const slice = (first: number) => {
      // Two-letter codes AA..ZZ, 26 per slice; only those Intl can name are regions.
      for (let second = 0; second < 26; second++) {
        const code = String.fromCharCode(65 + first, 65 + second);
        if (!regions.of(code)) continue;
        for (const zone of regionZones(code)) {
          if (!countries.has(zone)) countries.set(zone, code);
          countries.set(currentZoneId(zone), countries.get(zone) ?? code);
        }
      }
      if (first < 25) setTimeout(() => slice(first + 1), 0);
      else resolve(countries);
    };
    slice(0);
  });
  return loading;
}

/** The country of a zone under either its old or its current id. */
export function zoneCountry(countries: ReadonlyMap<string, string>, timeZone: string): string | undefined {
  return countries.get(timeZone) ?? countries.get(currentZoneId(timeZone));
}
