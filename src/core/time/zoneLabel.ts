import type { Translate } from '../i18n/catalog';
import { zoneCityName } from './format';
import type { TimeZoneMessageKey } from './messages';
import { formatUtcOffset, isUtcZone, zoneOffsetMinutes } from './utcOffset';

/** French elides "de" before a vowel sound; city names with a silent h are too rare to guess at. */
function startsWithVowel(text: string): boolean {
  return /^[aeiouœæ]/i.test(text.normalize('NFD'));
}

/** "Amsterdam time (UTC+1)", "Heure d’Amsterdam (UTC+1)": how a zone reads on the switcher's button. */
export function zoneLabel(timeZone: string, t: Translate<TimeZoneMessageKey>, at: Date = new Date()): string {
  if (isUtcZone(timeZone)) return t('timeZone.utc');
  const city = zoneCityName(timeZone);
  const offset = formatUtcOffset(zoneOffsetMinutes(timeZone, at));
  return t(startsWithVowel(city) ? 'timeZone.currentBeforeVowel' : 'timeZone.current', { city, offset });
}
