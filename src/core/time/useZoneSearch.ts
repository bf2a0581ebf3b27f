import { useEffect, useMemo, useState } from 'react';
import { listTimeZones } from '../timeZone';
import { loadZoneCountries } from './zoneCountries';
import { describeZone, searchZones, warmZoneClocks, type ZoneEntry, zonesToOffer } from './zoneSearch';

export interface ZoneSearchOptions {
  query: string;
  locale: string;
  /** Zones to offer; every zone the runtime knows by default. */
  zones: readonly string[] | undefined;
  /** Offered first, in this order: the visitor's zone, the event's zone. */
  pinned: readonly string[];
}

/** Starts reading what the search needs (countries, the zones' names) before the switcher opens. */
export function warmZoneSearch(zones: readonly string[] | undefined, locale: string): void {
  void loadZoneCountries();
  warmZoneClocks(zones ?? listTimeZones(), locale);
}

/** The open switcher's options for a search text, best first. Countries join the search once they are read. */
export function useZoneSearch({ query, locale, zones, pinned }: ZoneSearchOptions): ZoneEntry[] {
  const [countries, setCountries] = useState<ReadonlyMap<string, string> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadZoneCountries().then((loaded) => live && setCountries(loaded));
    return () => {
      live = false;
    };
  }, []);

  const pinKey = pinned.join('|');
  const entries = useMemo(() => {
    // Offsets are read at opening time, so a list opened on either side of a DST change is right.
    const at = new Date();
    return zonesToOffer(zones ?? listTimeZones(), pinKey.split('|').filter(Boolean)).map((zone) =>
      describeZone(zone, { locale, at, countries }),
    );
  }, [zones, pinKey, locale, countries]);

  return useMemo(() => searchZones(entries, query, pinKey.split('|')), [entries, query, pinKey]);
}
