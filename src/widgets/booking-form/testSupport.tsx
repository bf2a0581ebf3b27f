/** Test-only: a fake proxy client answering in the team-fixed SimplyMeet shapes, and the providers around it. */
import { vi } from 'vitest';
import { fakeConveneWrapper } from '../../../test/fakeConvene';
import type { RequestOptions } from '../../client/createClient';
import type { ConveneContextValue } from '../../core/context';
import type { SimplyMeetAvailabilityDay } from '../../vendors/simplymeet/availability';
import type { SimplyMeetCancellationPolicyDto } from '../../vendors/simplymeet/cancellationPolicy';
import type { SimplyMeetEventTypeDto } from '../../vendors/simplymeet/eventType';

export const consultation: SimplyMeetEventTypeDto = {
  id: 2,
  name: 'Consultation',
  duration: 30,
  timezone: 'Europe/Amsterdam',
  isLocalized: true,
  durationType: 'flexible',
  eventTypeDurations: [
    { id: 21, duration: 30 },
    { id: 22, duration: 60 },
  ],
  isShowPhone: true,
  isPhoneFieldRequired: true,
  locationType: 'request',
  locationLabel: 'How shall we meet?',
  eventTypeRequestLocationTypes: [
    { locationType: 'zoom' },
    { locationType: 'google_meet' },
    { locationType: 'custom' },
  ],
  user: { fullName: 'Grace Hopper' },
  questions: [
    { uuid: 'q-topic', type: 'text', label: 'Topic', isRequired: true },
    { uuid: 'q-details', type: 'textarea', label: 'Details' },
    { uuid: 'q-size', type: 'select', label: 'Team size', options: ['1-10', '11-50'] },
    { uuid: 'q-plan', type: 'radio', label: 'Plan', options: ['Free', 'Pro'] },
    { uuid: 'q-news', type: 'checkbox', label: 'Send me news' },
    { uuid: 'q-days', type: 'checkboxes', label: 'Good days', options: ['Monday', 'Friday'] },
    { uuid: 'q-phone', type: 'phone', label: 'Work phone' },
    { uuid: 'q-date', type: 'date', label: 'Preferred start date' },
  ],
};

export const december: SimplyMeetAvailabilityDay[] = [
  {
    date: '2026-12-01',
    available: true,
    hours: [
      { start: '09:00', available: true },
      { start: '09:30', available: true },
      { start: '10:00', available: false },
      { start: '10:30', available: true },
    ],
  },
];

export interface FakeProxy {
  eventType?: SimplyMeetEventTypeDto;
  userPolicy?: SimplyMeetCancellationPolicyDto;
  availability?: SimplyMeetAvailabilityDay[];
  /** Answers the booking POST; throw a ConveneError to fail it. */
  book?: (body: unknown, options: RequestOptions) => unknown;
}

export function fakeConvene(fake: FakeProxy = {}, context: Partial<ConveneContextValue> = {}) {
  const request = vi.fn(async (method: string, path: string, options: RequestOptions = {}) => {
    const eventType = fake.eventType ?? consultation;
    if (path === `/simplymeet/panel/api/event-type/${eventType.id}`) return eventType;
    if (path.startsWith('/simplymeet/panel/api/event-type/availability/'))
      return fake.availability ?? december;
    if (path === '/simplymeet/panel/api/user-cancellation-policy')
      return fake.userPolicy ?? { enabled: false };
    if (path === '/simplymeet/panel/api/organization-cancellation-policy') return { enabled: false };
    if (method === 'POST' && path === '/simplymeet/panel/api/event')
      return fake.book?.(options.body, options);
    throw new Error(`unexpected ${method} ${path}`);
  });
  const { wrapper, queryClient } = fakeConveneWrapper(request, context);
  const bookingCalls = () => request.mock.calls.filter(([method]) => method === 'POST');
  return { request, wrapper, bookingCalls, queryClient };
}

export function bookedEvent(overrides: Record<string, unknown> = {}) {
  return {
    id: 501,
    uuid: 'evt-501',
    scheduledAt: '2026-12-01 09:30:00',
    endDate: '2026-12-01 10:00:00',
    duration: 30,
    location: null,
    locationType: 'zoom',
    eventType: { id: 2, name: 'Consultation' },
    invitee: { fullName: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/Amsterdam' },
    ...overrides,
  };
}
