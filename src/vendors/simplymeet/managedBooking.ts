import { addMinutes, instantToVendorDateTime, wallTimeToInstant } from '../../core/time/zoned';
import type { Slot } from './availability';

/** The proxy's projection of `GET /panel/api/event/{id}` for the invitee (proxy: simplymeetManageProjections). */
export interface SimplyMeetManagedEventDto {
  id: number;
  uuid?: string;
  revision?: number;
  scheduledAt: string;
  endDate?: string | null;
  duration?: number | null;
  location?: string | null;
  locationType?: string | null;
  status: 'active' | 'cancelled';
  eventType: { id: number; name?: string; durationType?: string };
  invitee: { fullName?: string; timezone?: string };
}

/** A booking as the manage widget shows it. */
export interface ManagedBooking {
  id: number;
  /** The calendar UID the booking's .ics files share (as on the success screen). */
  calendarUid: string;
  /** Changes so far (reschedules, a cancel): the next .ics has a higher SEQUENCE. */
  revision: number;
  /** UTC instants. */
  start: string;
  end: string;
  durationMinutes: number;
  /** The zone the invitee booked in: the vendor reads reschedule times there. */
  timeZone: string;
  eventType: { id: number; name: string };
  location: { type: string | undefined; text: string | undefined };
  inviteeName: string;
  status: 'active' | 'cancelled';
}

/** One UID per booking for every .ics of it (RFC 5545: updates and cancels name the same UID). */
export const calendarUid = (event: { id: number; uuid?: string | undefined }) =>
  `${event.uuid || event.id}@convene`;

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(:\d{2})?$/;

/**
 * The vendor writes `scheduledAt` as "Y-m-d H:i:s" in the invitee's zone (DESIGN assumption) or, as
 * the sandbox does, as an ISO instant; both become a UTC instant here.
 */
function toInstant(value: string, timeZone: string): string {
  const wall = WALL_CLOCK.exec(value);
  return wall
    ? wallTimeToInstant(wall[1] as string, wall[2] as string, timeZone)
    : new Date(value).toISOString();
}

export function toManagedBooking(dto: SimplyMeetManagedEventDto): ManagedBooking {
  const timeZone = dto.invitee.timezone || 'UTC';
  const start = toInstant(dto.scheduledAt, timeZone);
  const end = dto.endDate ? toInstant(dto.endDate, timeZone) : addMinutes(start, dto.duration ?? 30);
  return {
    id: dto.id,
    calendarUid: calendarUid(dto),
    revision: dto.revision ?? 0,
    start,
    end,
    durationMinutes: dto.duration ?? Math.round((Date.parse(end) - Date.parse(start)) / 60_000),
    timeZone,
    eventType: { id: dto.eventType.id, name: dto.eventType.name ?? '' },
    location: { type: dto.locationType ?? undefined, text: dto.location ?? undefined },
    inviteeName: dto.invitee.fullName ?? '',
    status: dto.status,
  };
}

/** `PUT /panel/api/event/reschedule/{id}` body as the proxy takes it; it adds the event's own type. */
export interface SimplyMeetRescheduleRequest {
  start: string;
  end: string;
}

/**
 * The new slot as the vendor reads it: wall clock in the invitee's zone (as `scheduledAt`), the event
 * keeping its duration whatever zone the visitor picked in.
 */
export function toRescheduleRequest(booking: ManagedBooking, slot: Slot): SimplyMeetRescheduleRequest {
  return {
    start: instantToVendorDateTime(slot.start, booking.timeZone),
    end: instantToVendorDateTime(addMinutes(slot.start, booking.durationMinutes), booking.timeZone),
  };
}

/** `PUT /panel/api/event/cancel/{id}` body (CancelEventRequestDTO). */
export function toCancelRequest(reason: string): { reason?: string } {
  const trimmed = reason.trim();
  return trimmed ? { reason: trimmed } : {};
}
