/** The zones that are UTC itself rather than a place: they have no city to name. */
export function isUtcZone(timeZone: string): boolean {
  return /^(Etc\/)?(UTC|UCT|GMT|Universal|Zulu|Greenwich)(0|[+-]0)?$/.test(timeZone);
}

/** Minutes a zone's clock is ahead of UTC at an instant (Kolkata 330, New York in winter -300). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  // "GMT+05:30" from Intl; "GMT" alone at offset zero.
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /([+-−])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' ? minutes : -minutes;
}

/**
 * "UTC+1", "UTC+5:30", "UTC-3", "UTC+0": the same in every language, so it doubles as what a visitor types
 * to search. We write UTC rather than Intl's "GMT" (English) / "UTC" (French) so that all languages agree.
 */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The offset a search text asks for, if it is one: "+05:30", "+5:30", "utc+1", "GMT-3", "-0300". `hoursOnly`
 * when no minutes were typed, so "+5" also finds +5:30 and +5:45.
 */
export function parseUtcOffsetQuery(text: string): { minutes: number; hoursOnly: boolean } | undefined {
  const match = /^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = hours * 60 + Number(match[3] ?? 0);
  if (hours > 14 || minutes % 15 !== 0) return undefined;
  return { minutes: match[1] === '+' ? minutes : -minutes, hoursOnly: match[3] === undefined };
}
