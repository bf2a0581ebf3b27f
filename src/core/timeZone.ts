/** True when the runtime knows this IANA zone (so Intl can format in it). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The visitor's zone, read when called; UTC when the runtime cannot tell. */
export function detectTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** Every zone the runtime knows, for the zone switcher; a short list when the runtime cannot enumerate. */
export function listTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.length > 0
    ? zones
    : ['UTC', 'Europe/Amsterdam', 'Europe/Paris', 'Europe/London', 'America/New_York'];
}
