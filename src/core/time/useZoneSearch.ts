import { useEffect, useMemo, useState } from 'react';
import { listTimeZones } from '../timeZone';
import { loadZoneCountries } from './zoneCountries';
import { describeZone, searchZones, type ZoneEntry, zonesToOffer } from './zoneSearch';

export interface ZoneSearchOptions {
  /** Only while the switcher is open: describing 400 zones is work nobody needs before. */
  open: boolean;
  query: string;
  locale: string;
  /** Zones to offer; every zone the runtime knows by default. */
  zones: readonly string[] | undefined;
  /** Offered first, in this order: the visitor's zone, the event's zone. */
  pinned: readonly string[];
}

/** The switcher's options for a search text, best first. Countries join the search once their table arrives. */
export function useZoneSearch({ open, query, locale, zones, pinned }: ZoneSearchOptions): ZoneEntry[] {
  const [countries, setCountries] = useState<ReadonlyMap<string, string> | undefined>(undefined);
  useEffect(() => {
    if (!open || countries) return;
    let live = true;
    void loadZoneCountries().then((loaded) => live && setCountries(loaded));
    return () => {
      live = false;
    };
  }, [open, countries]);

  const pinKey = pinned.join('|');
  const entries = useMemo(() => {
    if (!open) return [];
    // Offsets are read at opening time, so a list opened on either side of a DST change is right.
    const at = new Date();
    return zonesToOffer(zones ?? listTimeZones(), pinKey.split('|').filter(Boolean)).map((zone) =>
      describeZone(zone, { locale, at, countries }),
    );
  }, [open, zones, pinKey, locale, countries]);

  return useMemo(() => searchZones(entries, query, pinKey.split('|')), [entries, query, pinKey]);
}
