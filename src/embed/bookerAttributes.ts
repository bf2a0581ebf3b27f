import { isIsoDate } from '../core/time/zoned';
import type { BookerProps } from '../widgets/booker/Booker';
import type { BookingPrefill, LockableField } from '../widgets/booking-form/bookingFormState';

/**
 * How a host page steers `<convene-booker>` (and the scheduler's Booker) with attributes: the prefill
 * it knows, which of those fields are locked, the day or month to open on, and a flexible duration.
 */
export const BOOKER_ATTRIBUTES = [
  'name',
  'email',
  'phone',
  'guests',
  'answers',
  'locked',
  'month',
  'date',
  'duration',
] as const;

/** `locked="name,email,q-topic"`: the attribute names of the prefill, and answers by question id. */
const LOCKABLE: Record<string, LockableField> = { name: 'fullName', email: 'email', phone: 'phoneNumber' };
const MAX_TEXT = 500;
const MAX_ANSWERS = 50;

type Attribute = (name: string) => string | null;
const text = (value: string | null) => value?.trim().slice(0, MAX_TEXT) || undefined;

/**
 * `answers='{"q-topic":"Pricing","q-days":["Monday"]}'`: JSON, question id to a string or strings.
 * Anything else is ignored (with a console warning), never half-applied: a host's typo must not
 * become a visitor's answer.
 */
function answersOf(value: string | null, tag: string): BookingPrefill['answers'] {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    const entries = Object.entries(parsed as Record<string, unknown>).slice(0, MAX_ANSWERS);
    const valid = entries.every(
      ([, answer]) =>
        typeof answer === 'string' ||
        (Array.isArray(answer) && answer.every((item) => typeof item === 'string')),
    );
    if (!valid) throw new Error('answers are strings or lists of strings');
    return Object.fromEntries(
      entries.map(([id, answer]) => [
        id.slice(0, 64),
        typeof answer === 'string'
          ? answer.slice(0, 5000)
          : (answer as string[]).slice(0, 50).map((item) => item.slice(0, 500)),
      ]),
    );
  } catch {
    console.warn(`<${tag}>: "answers" must be a JSON object of question id to answer; ignored.`);
    return undefined;
  }
}

/** The Booker props these attributes give; absent or invalid attributes give nothing. */
export function bookerPropsFromAttributes(attribute: Attribute, tag: string): Partial<BookerProps> {
  const answers = answersOf(attribute('answers'), tag);
  const defaultValues: BookingPrefill = {
    ...(text(attribute('name')) ? { fullName: text(attribute('name')) } : {}),
    ...(text(attribute('email')) ? { email: text(attribute('email')) } : {}),
    ...(text(attribute('phone')) ? { phoneNumber: text(attribute('phone')) } : {}),
    ...(text(attribute('guests')) ? { guests: text(attribute('guests')) } : {}),
    ...(answers ? { answers } : {}),
  };
  const readOnlyFields = (attribute('locked') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name): LockableField => LOCKABLE[name] ?? `question:${name}`)
    // Only what was prefilled can be locked: a locked empty required field would block the booking.
    .filter((field) =>
      field.startsWith('question:')
        ? answers?.[field.slice('question:'.length)] !== undefined
        : defaultValues[field as 'fullName'] !== undefined,
    );
  const month = attribute('month');
  const date = attribute('date');
  const duration = Number(attribute('duration'));
  return {
    ...(Object.keys(defaultValues).length > 0 ? { defaultValues } : {}),
    ...(readOnlyFields.length > 0 ? { readOnlyFields } : {}),
    ...(month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? { initialMonth: month } : {}),
    ...(isIsoDate(date ?? undefined) ? { initialDate: date as string } : {}),
    ...(Number.isInteger(duration) && duration > 0 ? { defaultDuration: duration } : {}),
  };
}

/** `event-types="1,2"`: positive ids in the host's order. */
export function idListAttribute(value: string | null): number[] | undefined {
  const ids = (value ?? '')
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
  return ids.length > 0 ? ids : undefined;
}
