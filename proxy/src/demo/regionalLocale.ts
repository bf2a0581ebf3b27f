/**
 * The locale for a language the visitor picks on the demo, keeping their region's formats: a British
 * visitor who picks "English" keeps en-GB dates and 24-hour times rather than falling to en-US.
 * Runs in the page (its source is inlined there), so it uses plain loops and nothing of this module.
 */
export function regionalLocale(language: string, preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (tag.toLowerCase().split('-')[0] === language) return tag;
  }
  for (const tag of preferred) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region) return `${language}-${region}`;
    } catch {
      // A malformed preference says nothing about the region; try the next one.
    }
  }
  return language;
}
