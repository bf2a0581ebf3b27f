import { parseDateTime, toZoned } from '@internationalized/date';

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;

/**
 * The instant an event starts. The vendor writes `scheduledAt` either as an ISO instant or as
 * "Y-m-d H:i:s" wall-clock time in the invitee's zone (README, "Assumptions"); undefined when neither.
 */
export function startInstant(scheduledAt: unknown, zone: unknown): Date | undefined {
  if (typeof scheduledAt !== 'string') return undefined;
  const wall = WALL_CLOCK.exec(scheduledAt);
  if (wall) {
    if (typeof zone !== 'string') return undefined;
    try {
      return toZoned(parseDateTime(`${wall[1]}T${wall[2]}`), zone).toDate();
    } catch {
      return undefined;
    }
  }
  const instant = new Date(scheduledAt);
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(scheduledAt) && !Number.isNaN(instant.getTime()) ? instant : undefined;
}
