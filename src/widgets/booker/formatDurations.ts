/** "30 min" or "30 min or 60 min", localised by Intl (unit and list formats), no catalog strings needed. */
export function formatDurations(minutes: readonly number[], locale: string): string {
  const unit = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  const parts = minutes.map((value) => unit.format(value));
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(parts);
}
