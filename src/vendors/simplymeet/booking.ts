import { instantToVendorDateTime } from '../../core/time/zoned';
import type { Slot } from './availability';

/** What the visitor typed in the booking form. */
export interface BookingInput {
  fullName: string;
  email: string;
  phoneNumber?: string | undefined;
  /** Answers keyed by question uuid; checkboxes give several values. */
  answers: Readonly<Record<string, string | readonly string[]>>;
  participants?: readonly string[] | undefined;
  locationType?: string | undefined;
  location?: string | undefined;
  /** What identifies the accepted cancellation policy (its version), when one applies. */
  cancellationPolicy?: string | undefined;
}

/** `POST /panel/api/event` body (CreateEventRequestDTO, the fields we send). */
export interface SimplyMeetCreateEventRequest {
  scheduledAt: string;
  eventType: number;
  durationId?: number;
  invitee: {
    fullName: string;
    email: string;
    timezone: string;
    locale?: string;
    phoneNumber?: string;
    cancellationPolicy?: string;
  };
  answers: { question: string; value: string }[];
  participants: { email: string }[];
  locationType?: string;
  location?: string;
}

/**
 * Builds the vendor request. `scheduledAt` is the slot's wall clock in the invitee's zone (the vendor
 * reads it in `invitee.timezone`), so the booked instant is exactly the slot the visitor picked.
 * Assumption (vendor text silent): several checkbox values are joined with ", " into one answer value,
 * and empty answers are left out rather than sent as "".
 */
export function toCreateEventRequest(options: {
  eventTypeId: number;
  slot: Slot;
  input: BookingInput;
  locale?: string | undefined;
  durationId?: number | undefined;
}): SimplyMeetCreateEventRequest {
  const { eventTypeId, slot, input, locale, durationId } = options;
  const phoneNumber = input.phoneNumber?.trim();
  const answers = Object.entries(input.answers)
    .map(([question, value]) => ({
      question,
      value: typeof value === 'string' ? value.trim() : value.join(', '),
    }))
    .filter((answer) => answer.value !== '');
  return {
    scheduledAt: instantToVendorDateTime(slot.start, slot.timeZone),
    eventType: eventTypeId,
    ...(durationId === undefined ? {} : { durationId }),
    invitee: {
      fullName: input.fullName.trim(),
      email: input.email.trim(),
      timezone: slot.timeZone,
      ...(locale ? { locale } : {}),
      ...(phoneNumber ? { phoneNumber } : {}),
      ...(input.cancellationPolicy ? { cancellationPolicy: input.cancellationPolicy } : {}),
    },
    answers,
    participants: (input.participants ?? [])
      .map((email) => email.trim())
      .filter(Boolean)
      .map((email) => ({ email })),
    ...(input.locationType ? { locationType: input.locationType } : {}),
    ...(input.location ? { location: input.location } : {}),
  };
}
