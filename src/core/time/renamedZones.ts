/**
 * IANA ids whose city was renamed or respelled, to the id of today's name. Browsers built on ICU (Chrome,
 * Edge, Node) still list and detect the old ids — an Indian visitor's zone is "Asia/Calcutta" — and Intl
 * has no API for current city names, so this is a table. It holds the "renamed" links of the tz database's
 * `backward` file that an engine may list; links that merge one city into another (Europe/Amsterdam →
 * Europe/Brussels) are not renames and are deliberately absent: the visitor's city stays theirs.
 */
export const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Godthab': 'America/Nuuk',
  'Asia/Ashkhabad': 'Asia/Ashgabat',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Macao': 'Asia/Macau',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The id of a zone under its current name ("Asia/Calcutta" → "Asia/Kolkata"); other ids unchanged. */
export function currentZoneId(timeZone: string): string {
  return RENAMED_ZONES[timeZone] ?? timeZone;
}

/** True when two ids name the same zone, old or new spelling ("Europe/Kiev" and "Europe/Kyiv"). */
export function sameZone(a: string, b: string): boolean {
  return currentZoneId(a) === currentZoneId(b);
}
