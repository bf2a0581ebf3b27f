/** Which configured time to live a cached operation uses (`cache.ttlSeconds` in the config file). */
export type CacheTtlName = 'availability' | 'eventTypes' | 'cancellationPolicies';

/**
 * Availability changes whenever someone books elsewhere, so it lives briefly (a booking through the
 * proxy also drops it at once); event types change when the host edits them; policies almost never.
 */
export const defaultCacheTtls: Record<CacheTtlName, number> = {
  availability: 15,
  eventTypes: 60,
  cancellationPolicies: 300,
};
