import { describe, expect, it } from 'vitest';
import { toEventType } from '../../vendors/simplymeet/eventType';
import {
  emptyValues,
  splitGuests,
  toBookingInput,
  validateBooking,
  withLockedFields,
} from './bookingFormState';

const eventType = toEventType({
  id: 2,
  name: 'Consultation',
  duration: 30,
  timezone: 'Europe/Amsterdam',
  isShowPhone: true,
  isPhoneFieldRequired: true,
  locationType: 'request',
  eventTypeRequestLocationTypes: [{ locationType: 'zoom' }, { locationType: 'custom' }],
  questions: [
    { uuid: 'q-topic', type: 'text', label: 'Topic', isRequired: true },
    { uuid: 'q-days', type: 'checkboxes', label: 'Days', options: ['Mon', 'Tue'], isRequired: true },
    { uuid: 'q-note', type: 'textarea', label: 'Note' },
  ],
});
const policy = { label: 'Policy', text: 'Cancel a day ahead.', periodMinutes: 1440, version: 3 };

const complete = {
  ...emptyValues(),
  fullName: 'Ada Lovelace',
  email: 'ada@example.com',
  phoneNumber: '+31 20 123 4567',
  answers: { 'q-topic': 'Engines', 'q-days': ['Tue'] },
  locationType: 'zoom',
  acceptedPolicy: true,
};

describe('validateBooking', () => {
  it('lists every missing required field in screen order, policy last', () => {
    expect(validateBooking(emptyValues(), eventType, policy).map((e) => e.field)).toEqual([
      'fullName',
      'email',
      'phoneNumber',
      'question:q-topic',
      'question:q-days',
      'locationType',
      'acceptedPolicy',
    ]);
  });

  it('accepts a complete form', () => {
    expect(validateBooking(complete, eventType, policy)).toEqual([]);
  });

  it('catches a mistyped email, phone or guest address', () => {
    const errors = validateBooking(
      { ...complete, email: 'ada@example', phoneNumber: 'call me', guests: 'bob@example.com, nope' },
      eventType,
      policy,
    );
    expect(errors).toEqual([
      { field: 'email', problem: 'email' },
      { field: 'phoneNumber', problem: 'phone' },
      { field: 'guests', problem: 'guestEmail' },
    ]);
  });

  it('asks where when the visitor chooses a place of their own', () => {
    expect(validateBooking({ ...complete, locationType: 'custom' }, eventType, policy)).toEqual([
      { field: 'location', problem: 'required' },
    ]);
  });

  it('needs no acceptance without a policy', () => {
    expect(validateBooking({ ...complete, acceptedPolicy: false }, eventType, null)).toEqual([]);
  });
});

describe('toBookingInput', () => {
  it('sends only what the event type asks for, guests split into addresses', () => {
    const input = toBookingInput(
      {
        ...complete,
        guests: 'bob@example.com;\ncarol@example.com',
        answers: { ...complete.answers, stale: 'x' },
      },
      eventType,
      policy,
    );
    expect(input).toEqual({
      fullName: 'Ada Lovelace',
      email: 'ada@example.com',
      phoneNumber: '+31 20 123 4567',
      answers: { 'q-topic': 'Engines', 'q-days': ['Tue'] },
      participants: ['bob@example.com', 'carol@example.com'],
      locationType: 'zoom',
      location: undefined,
      cancellationPolicy: '3',
    });
  });
});

describe('withLockedFields', () => {
  it('keeps the host page value of a locked field over an older draft', () => {
    const prefill = { email: 'member@example.com', answers: { 'q-topic': 'Billing' } };
    const values = withLockedFields(
      { ...complete, email: 'typed@example.com', answers: { 'q-topic': 'Other' } },
      prefill,
      ['email', 'question:q-topic'],
    );
    expect(values.email).toBe('member@example.com');
    expect(values.answers['q-topic']).toBe('Billing');
    expect(values.fullName).toBe('Ada Lovelace');
  });
});

describe('splitGuests', () => {
  it('accepts commas, semicolons, spaces and new lines', () => {
    expect(splitGuests(' a@x.nl, b@x.nl;c@x.nl\n d@x.nl ')).toEqual(['a@x.nl', 'b@x.nl', 'c@x.nl', 'd@x.nl']);
  });
});
