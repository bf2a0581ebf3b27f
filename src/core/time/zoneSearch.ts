import { zoneCityName } from './format';
import { currentZoneId } from './renamedZones';
import { formatUtcOffset, isUtcZone, parseUtcOffsetQuery, zoneOffsetMinutes } from './utcOffset';
import { zoneCountry } from './zoneCountries';

/** What the switcher shows and searches for one zone, in the visitor's language. */
export interface ZoneEntry {
  /** The id as listed (and handed back on pick); may be an old spelling ("Asia/Calcutta"). */
  zone: string;
  /** "Kolkata": the current city name. */
  city: string;
  /** "India" / "Inde", when the country is known. */
  country: string | undefined;
  /** Intl's generic name: "Central European Time", "heure d’Europe centrale". */
  generic: string;
  offsetMinutes: number;
  /** "UTC+5:30". */
  offset: string;
  /** Everything above plus the raw id and the English country name, normalised for matching. */
  words: readonly string[];
}

export interface DescribeOptions {
  locale: string;
  at: Date;
  countries: ReadonlyMap<string, string> | undefined;
}

/** Lowercase, no accents, "_" and "-" as spaces, one apostrophe: what a visitor types should match. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[_/-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const displayNames = new Map<string, Intl.DisplayNames>();
function countryName(code: string, locale: string): string | undefined {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    displayNames.set(locale, names);
  }
  return names.of(code);
}

function genericName(timeZone: string, locale: string, at: Date): string {
  return (
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

type ZoneClock = Pick<ZoneEntry, 'city' | 'generic' | 'offsetMinutes' | 'offset'>;

// Building two formatters per zone is what costs time (about 1 ms each) when the list opens; a visitor reopens
// it often, so each zone's names are read once per language and hour.
const clockCache = new Map<string, ZoneClock>();

function zoneClock(zone: string, locale: string, at: Date): ZoneClock {
  const key = `${locale}|${zone}|${Math.floor(at.getTime() / 3_600_000)}`;
  let clock = clockCache.get(key);
  if (!clock) {
    const offsetMinutes = zoneOffsetMinutes(zone, at);
    clock = {
      city: zoneCityName(zone),
      generic: genericName(zone, locale, at),
      offsetMinutes,
      offset: formatUtcOffset(offsetMinutes),
    };
    clockCache.set(key, clock);
  }
  return clock;
}

/**
 * Reads the zones' names in small slices between other work, so that the first opening of the switcher finds
 * them ready. Started when the visitor shows intent (pointer over or focus on the button).
 */
export function warmZoneClocks(zones: readonly string[], locale: string): void {
  const at = new Date();
  const slice = (from: number) => {
    for (const zone of zones.slice(from, from + 25)) zoneClock(zone, locale, at);
    if (from + 25 < zones.length) setTimeout(() => slice(from + 25), 0);
  };
  setTimeout(() => slice(0), 0);
}

export function describeZone(zone: string, { locale, at, countries }: DescribeOptions): ZoneEntry {
  const clock = zoneClock(zone, locale, at);
  const code = countries && zoneCountry(countries, zone);
  const country = code ? countryName(code, locale) : undefined;
  const words = [clock.city, country ?? '', clock.generic, zone, code ? (countryName(code, 'en') ?? '') : ''];
  return { zone, ...clock, country, words: words.map(normalize) };
}

/**
 * Lower is better; undefined is no match. A whole city or country name first ("India" is India before it is
 * the start of "Indianapolis"), then a city's start, words of the city or country, the generic name, anywhere.
 */
function rank(entry: ZoneEntry, needle: string): number | undefined {
  const [city = '', country = '', generic = ''] = entry.words;
  const startsWord = (text: string) => text.startsWith(needle) || text.includes(` ${needle}`);
  if (city === needle || country === needle) return 0;
  if (city.startsWith(needle)) return 1;
  if (startsWord(country) || startsWord(city)) return 2;
  if (startsWord(generic)) return 3;
  return entry.words.some((word) => word.includes(needle)) ? 4 : undefined;
}

/**
 * The zones a search text finds, best first. An offset ("+05:30", "UTC-3") finds the zones at that offset now.
 * Pinned zones (the visitor's, the event's) come first among equals; the rest by offset, then city.
 */
export function searchZones(
  entries: readonly ZoneEntry[],
  query: string,
  pinned: readonly string[] = [],
): ZoneEntry[] {
  const needle = normalize(query);
  const offset = parseUtcOffsetQuery(query);
  const pinIndex = (entry: ZoneEntry) => {
    const index = pinned.findIndex((zone) => currentZoneId(zone) === currentZoneId(entry.zone));
    return index === -1 ? pinned.length : index;
  };
  const scored: { entry: ZoneEntry; score: number }[] = [];
  for (const entry of entries) {
    const score = offset ? offsetRank(entry.offsetMinutes, offset) : needle === '' ? 0 : rank(entry, needle);
    if (score !== undefined) scored.push({ entry, score });
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        pinIndex(a.entry) - pinIndex(b.entry) ||
        a.entry.offsetMinutes - b.entry.offsetMinutes ||
        a.entry.city.localeCompare(b.entry.city),
    )
    .map(({ entry }) => entry);
}

function offsetRank(minutes: number, wanted: { minutes: number; hoursOnly: boolean }): number | undefined {
  if (minutes === wanted.minutes) return 0;
  const sameHour =
    Math.trunc(minutes / 60) === Math.trunc(wanted.minutes / 60) && minutes * wanted.minutes >= 0;
  return wanted.hoursOnly && sameHour ? 1 : undefined;
}

/**
 * The zones to offer: pinned ones first, then the listed ones, each zone once whatever its spelling, UTC
 * itself only when pinned (it is no place a visitor lives in).
 */
export function zonesToOffer(listed: readonly string[], pinned: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const zone of [...pinned, ...listed]) {
    const id = currentZoneId(zone);
    if (seen.has(id) || (isUtcZone(zone) && !pinned.includes(zone))) continue;
    seen.add(id);
    out.push(zone);
  }
  return out;
}
