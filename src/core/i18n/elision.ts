/**
 * French elides "de" and "que" before a vowel: "Heure d’Amsterdam", never "Heure de Amsterdam". Catalog
 * text is written elided by its translator; only a value put in at run time (a city, a name) can meet a
 * "de " it must merge with, so this runs at interpolation.
 */
const ELIDABLE_BEFORE_VALUE = /(^|[\s\u00a0«“(])(d|qu)e $/i;
const VOWEL_START = /^[aeiouàâäéèêëîïôöùûüœæ]/i;
/** Names with a silent h take the elision too; an aspirated h ("de Hong Kong") does not, so no rule fits. */
const SILENT_H = /^(helsinki|hobart|honolulu|hô|ho chi minh|hébron|hermosillo)/i;

export function elideBefore(textSoFar: string, value: string, locale: string): string {
  if (!locale.toLowerCase().startsWith('fr')) return textSoFar;
  if (!VOWEL_START.test(value) && !SILENT_H.test(value)) return textSoFar;
  return textSoFar.replace(
    ELIDABLE_BEFORE_VALUE,
    (_match, before: string, stem: string) => `${before}${stem}’`,
  );
}
