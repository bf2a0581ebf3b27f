import { describe, expect, it } from 'vitest';
import { toCancelRequest, toManagedBooking, toRescheduleRequest } from './managedBooking';

const dto = {
  id: 1001,
  scheduledAt: '2026-11-17T09:00:00.000Z',
  endDate: '2026-11-17T09:30:00.000Z',
  duration: 30,
  location: 'Keizersgracht 1',
  locationType: 'custom',
  status: 'active' as const,
  eventType: { id: 1, name: 'Intro call' },
  invitee: { fullName: 'Ines Visitor', timezone: 'Europe/Amsterdam' },
};

describe('managed booking adapter', () => {
  it('reads ISO instants and the vendor’s wall clock in the invitee’s zone alike', () => {
    expect(toManagedBooking(dto)).toMatchObject({
      start: '2026-11-17T09:00:00.000Z',
      end: '2026-11-17T09:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      inviteeName: 'Ines Visitor',
    });
    const wall = toManagedBooking({ ...dto, scheduledAt: '2026-11-17 10:00:00', endDate: null });
    expect(wall.start).toBe('2026-11-17T09:00:00.000Z');
    expect(wall.end).toBe('2026-11-17T09:30:00.000Z');
  });

  it('a reschedule picked in another zone is sent on the invitee’s wall clock, keeping the duration', () => {
    const booking = toManagedBooking(dto);
    const slot = { start: '2026-11-18T14:00:00.000Z', timeZone: 'America/New_York', durationMinutes: 60 };
    expect(toRescheduleRequest(booking, slot)).toEqual({
      start: '2026-11-18 15:00:00',
      end: '2026-11-18 15:30:00',
    });
  });

  it('an empty reason is left out', () => {
    expect(toCancelRequest('  ')).toEqual({});
    expect(toCancelRequest(' Ill ')).toEqual({ reason: 'Ill' });
  });
});
