import { z } from 'zod';

/** SimplyMeet ids are positive integers; as path segments they arrive as digits. */
export const idSegment = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'an id is a positive whole number')
  .transform(Number);
export const id = z.number().int().positive().max(9_999_999_999);

/** A real calendar date, "YYYY-MM-DD". */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a calendar date');

/**
 * Zones the runtime accepted before: building an `Intl.DateTimeFormat` to ask costs more than the rest
 * of a request's validation. Only accepted spellings are kept, and at most a few thousand of them.
 */
const acceptedZones = new Set<string>();

function knownTimeZone(value: string): boolean {
  if (acceptedZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return false;
  }
  if (acceptedZones.size < 5_000) acceptedZones.add(value);
  return true;
}

/** An IANA time zone the runtime knows ("Europe/Amsterdam", "UTC"); nothing else reaches the vendor. */
export const timeZone = z
  .string()
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/, 'not a time zone')
  .refine(knownTimeZone, 'unknown time zone');

export const email = z.email().max(254);

/** "Y-m-d H:i:s" as the vendor text asks for `scheduledAt`. */
export const vendorDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'scheduledAt is "Y-m-d H:i:s"')
  .refine((value) => isoDate.safeParse(value.slice(0, 10)).success, 'not a calendar date');

export const locationTypes = [
  'custom',
  'zoom',
  'request',
  'whereby',
  'google_meet',
  'kopano_meet',
  'microsoft_teams',
] as const;

const dayMs = 24 * 3600 * 1000;
/** The widest availability window one request may ask for (two calendar months). */
export const MAX_AVAILABILITY_DAYS = 62;

export const availabilityQuery = z
  .strictObject({
    startDate: isoDate,
    endDate: isoDate,
    timezone: timeZone,
    durationId: idSegment.optional(),
    userId: idSegment.optional(),
  })
  .refine((q) => q.endDate >= q.startDate, { path: ['endDate'], message: 'endDate is before startDate' })
  .refine((q) => (Date.parse(q.endDate) - Date.parse(q.startDate)) / dayMs < MAX_AVAILABILITY_DAYS, {
    path: ['endDate'],
    message: `at most ${MAX_AVAILABILITY_DAYS} days at once`,
  });

export const createEventBody = z.strictObject({
  scheduledAt: vendorDateTime,
  eventType: id,
  invitee: z.strictObject({
    fullName: z.string().trim().min(1).max(200),
    email,
    timezone: timeZone,
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}$/)
      .optional(),
    phoneNumber: z
      .string()
      .regex(/^\+?[0-9 ()./-]{3,40}$/, 'not a phone number')
      .optional(),
    cancellationPolicy: z.string().max(5000).optional(),
  }),
  durationId: id.optional(),
  answers: z
    .array(z.strictObject({ question: z.string().min(1).max(64), value: z.string().max(5000) }))
    .max(50),
  participants: z.array(z.strictObject({ email })).max(10),
  locationType: z.enum(locationTypes).optional(),
  location: z.string().max(500).optional(),
});

export const pollResultBody = z.strictObject({
  uuid: z.string().min(1).max(64),
  availability: z
    .array(id)
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, 'an option is listed twice'),
  email,
  comment: z.string().max(2000),
});

/** The browser's reschedule: the new start and end as the vendor wants them (wall clock, invitee's zone). */
export const rescheduleEventBody = z
  .strictObject({ start: vendorDateTime, end: vendorDateTime, eventTypeId: id.optional() })
  .refine((body) => body.end > body.start, { path: ['end'], message: 'end is not after start' });

export const cancelEventBody = z.strictObject({ reason: z.string().trim().max(1000).optional() });
