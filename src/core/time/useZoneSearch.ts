import { useEffect, useMemo, useState } from 'react';
import { listTimeZones } from '../timeZone';
import { loadZoneCountries } from './zoneCountries';
import { describeZone, searchZones, warmZoneClocks, type ZoneEntry, zonesToOffer } from './zoneSearch';

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

/**
 * The switcher's options for a search text, best first (countries join once their table arrives), and `warm`,
 * to call on the first sign the visitor is about to open it.
 */
export function useZoneSearch({ open, query, locale, zones, pinned }: ZoneSearchOptions): {
  found: ZoneEntry[];
  warm: () => void;
} {
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

  const found = useMemo(() => searchZones(entries, query, pinKey.split('|')), [entries, query, pinKey]);
  const [warmed, setWarmed] = useState(false);
  const warm = () => {
    if (warmed) return;
    setWarmed(true);
    void loadZoneCountries();
    warmZoneClocks(zones ?? listTimeZones(), locale);
  };
  return { found, warm };
}
