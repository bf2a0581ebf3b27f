import type { BookingInput } from '../../vendors/simplymeet/booking';
import type { CancellationPolicy } from '../../vendors/simplymeet/cancellationPolicy';
import type { EventType } from '../../vendors/simplymeet/eventType';

/** Everything the visitor types, as kept in the session draft. */
export interface BookingFormValues {
  fullName: string;
  email: string;
  phoneNumber: string;
  /** Keyed by question id; "checkboxes" questions hold several values, a single checkbox "true" or "". */
  answers: Record<string, string | string[]>;
  /** Guests' addresses as typed: separated by commas, semicolons, spaces or new lines. */
  guests: string;
  locationType: string;
  location: string;
  acceptedPolicy: boolean;
}

export type BookingPrefill = Partial<
  Pick<BookingFormValues, 'fullName' | 'email' | 'phoneNumber' | 'guests'>
> & {
  answers?: Record<string, string | string[]>;
};

/** Fields a host page may lock after prefilling them (e.g. a signed-in member's name and address). */
export type LockableField = 'fullName' | 'email' | 'phoneNumber' | `question:${string}`;

export type FieldId =
  | 'fullName'
  | 'email'
  | 'phoneNumber'
  | 'guests'
  | 'locationType'
  | 'location'
  | 'acceptedPolicy'
  | `question:${string}`;

export type FieldProblem = 'required' | 'email' | 'phone' | 'guestEmail';

export interface FieldError {
  field: FieldId;
  problem: FieldProblem;
}

/** Request location types that need the visitor to say where (sent as `location`). */
export const LOCATION_TYPES_WITH_TEXT = new Set(['custom', 'in_person', 'phone']);

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Lenient on purpose: international formats vary; we only catch what cannot be a phone number. */
const PHONE = /^\+?[\d\s().-]{6,20}$/;

export function emptyValues(prefill: BookingPrefill = {}): BookingFormValues {
  return {
    fullName: prefill.fullName ?? '',
    email: prefill.email ?? '',
    phoneNumber: prefill.phoneNumber ?? '',
    answers: { ...(prefill.answers ?? {}) },
    guests: prefill.guests ?? '',
    locationType: '',
    location: '',
    acceptedPolicy: false,
  };
}

/** Locked fields always show (and send) the host page's value, whatever an old draft says. */
export function withLockedFields(
  values: BookingFormValues,
  prefill: BookingPrefill,
  locked: readonly LockableField[],
): BookingFormValues {
  if (locked.length === 0) return values;
  const next = { ...values, answers: { ...values.answers } };
  for (const field of locked) {
    if (field.startsWith('question:')) {
      const id = field.slice('question:'.length);
      const answer = prefill.answers?.[id];
      if (answer !== undefined) next.answers[id] = answer;
    } else if (field === 'fullName' || field === 'email' || field === 'phoneNumber') {
      const value = prefill[field];
      if (value !== undefined) next[field] = value;
    }
  }
  return next;
}

export function splitGuests(guests: string): string[] {
  return guests
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}

function isAnswered(answer: string | string[] | undefined): boolean {
  if (Array.isArray(answer)) return answer.length > 0;
  return (answer ?? '').trim() !== '';
}

/** Problems in display order, so the first one is the first field on screen (it gets focus). */
export function validateBooking(
  values: BookingFormValues,
  eventType: EventType,
  policy: CancellationPolicy | null,
): FieldError[] {
  const errors: FieldError[] = [];
  const fullName = values.fullName.trim();
  const email = values.email.trim();
  const phone = values.phoneNumber.trim();
  if (!fullName) errors.push({ field: 'fullName', problem: 'required' });
  if (!email) errors.push({ field: 'email', problem: 'required' });
  else if (!EMAIL.test(email)) errors.push({ field: 'email', problem: 'email' });
  if (eventType.phone === 'required' && !phone) errors.push({ field: 'phoneNumber', problem: 'required' });
  else if (eventType.phone !== 'hidden' && phone && !PHONE.test(phone))
    errors.push({ field: 'phoneNumber', problem: 'phone' });
  for (const question of eventType.questions) {
    const field: FieldId = `question:${question.id}`;
    const answer = values.answers[question.id];
    if (question.required && !isAnswered(answer)) errors.push({ field, problem: 'required' });
    else if (
      question.kind === 'phone' &&
      typeof answer === 'string' &&
      answer.trim() &&
      !PHONE.test(answer.trim())
    )
      errors.push({ field, problem: 'phone' });
  }
  if (eventType.location.choices.length > 0) {
    if (!values.locationType) errors.push({ field: 'locationType', problem: 'required' });
    else if (LOCATION_TYPES_WITH_TEXT.has(values.locationType) && !values.location.trim())
      errors.push({ field: 'location', problem: 'required' });
  }
  if (splitGuests(values.guests).some((address) => !EMAIL.test(address)))
    errors.push({ field: 'guests', problem: 'guestEmail' });
  if (policy && !values.acceptedPolicy) errors.push({ field: 'acceptedPolicy', problem: 'required' });
  return errors;
}

/** Form values -> the vendor-neutral booking input (only what the event type asks for). */
export function toBookingInput(
  values: BookingFormValues,
  eventType: EventType,
  policy: CancellationPolicy | null,
): BookingInput {
  const answers: Record<string, string | string[]> = {};
  for (const question of eventType.questions) {
    const answer = values.answers[question.id];
    if (answer !== undefined) answers[question.id] = answer;
  }
  const asksLocation = eventType.location.choices.length > 0;
  return {
    fullName: values.fullName,
    email: values.email,
    phoneNumber: eventType.phone === 'hidden' ? undefined : values.phoneNumber,
    answers,
    participants: splitGuests(values.guests),
    locationType: asksLocation ? values.locationType : undefined,
    location:
      asksLocation && LOCATION_TYPES_WITH_TEXT.has(values.locationType) ? values.location.trim() : undefined,
    // Assumption (vendor text silent on the string): we send the accepted policy's version, else its label.
    cancellationPolicy: policy ? String(policy.version ?? policy.label) : undefined,
  };
}

/** DOM id of a field's control inside one form instance. */
export function fieldDomId(formId: string, field: FieldId): string {
  return `${formId}-${field.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}
