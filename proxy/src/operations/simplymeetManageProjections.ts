import { startInstant } from './wallClock';

/**
 * What the invitee may see of their own booking and of the site's event types. Built field by field
 * from the vendor shape, like simplymeetProjections.ts.
 */
type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const pick = (source: Json, keys: readonly string[]): Json =>
  Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));

/** The vendor spells the state of a cancelled event either way; `canceledAt` settles it. */
export function isCancelled(event: unknown): boolean {
  const dto = obj(event);
  return /^cancel+ed$/i.test(String(dto.state ?? '')) || Boolean(dto.canceledAt);
}

/**
 * Time, zone, event type, location, the invitee's own name and the status: no host, no other
 * participants, no answers, not even the invitee's own address (the link may be forwarded).
 */
export function projectManagedEvent(body: unknown): Json {
  const dto = obj(body);
  const invitee = obj(dto.invitee);
  const cancelled = isCancelled(dto);
  return {
    ...pick(dto, ['id', 'uuid', 'scheduledAt', 'endDate', 'duration', 'location', 'locationType']),
    status: cancelled ? 'cancelled' : 'active',
    // How often the booking changed since it was made: calendar files count their SEQUENCE from it.
    revision: list(dto.rescheduling).length + (cancelled ? 1 : 0),
    eventType: pick(obj(dto.eventType), ['id', 'name', 'durationType']),
    invitee: pick(invitee, ['fullName', 'timezone']),
  };
}

/** The event a booking answer describes and when it starts, for its manage token. */
export function bookedEvent(projected: unknown): { event: number; startsAt: string } | undefined {
  const dto = obj(projected);
  const startsAt = startInstant(dto.scheduledAt, obj(dto.invitee).timezone);
  if (typeof dto.id !== 'number' || !startsAt) return undefined;
  return { event: dto.id, startsAt: startsAt.toISOString() };
}

const listedFields = [
  'id',
  'name',
  'color',
  'duration',
  'durationType',
  'locationType',
  'location',
  'locationLabel',
  // Not in the vendor's EventTypeDTO; passed on if a vendor version adds it.
  'description',
] as const;

/** The site's event types, in the vendor's order by `position`; secret and disabled ones never. */
export function projectEventTypeList(body: unknown, served: readonly number[]): Json[] {
  const items = Array.isArray(body) ? body : list(obj(body).items);
  return items
    .map(obj)
    .filter((t) => served.includes(t.id as number) && t.isSecret !== true && t.isEnabled !== false)
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    .map((t) => ({
      ...pick(t, listedFields),
      eventTypeDurations: list(t.eventTypeDurations).map((d) => pick(obj(d), ['id', 'duration'])),
      eventTypeRequestLocationTypes: list(t.eventTypeRequestLocationTypes).map((r) =>
        pick(obj(r), ['id', 'locationType']),
      ),
    }));
}
