import { describe, expect, it } from 'vitest';
import { icsDataUrl, toIcs } from './ics';

describe('toIcs', () => {
  const event = {
    uid: 'abc-123@convene',
    start: '2026-12-01T08:30:00.000Z',
    end: '2026-12-01T09:00:00.000Z',
    summary: 'Intro call; with Ada, Grace',
    location: 'Google Meet',
  };

  it('writes the booked instants in UTC with CRLF lines', () => {
    const ics = toIcs(event, new Date('2026-11-23T10:00:00Z'));
    expect(ics).toContain('DTSTART:20261201T083000Z\r\n');
    expect(ics).toContain('DTEND:20261201T090000Z\r\n');
    expect(ics).toContain('DTSTAMP:20261123T100000Z\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes separators in text so calendars do not split the title', () => {
    expect(toIcs(event)).toContain('SUMMARY:Intro call\\; with Ada\\, Grace\r\n');
  });

  it('folds long lines at 75 octets without breaking multi-byte characters', () => {
    const ics = toIcs({ ...event, summary: 'Réunion très longue '.repeat(8) });
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${'Réunion très longue '.repeat(8)}`);
  });

  it('an update keeps the UID with a higher SEQUENCE; a cancellation says METHOD:CANCEL', () => {
    const booked = toIcs(event);
    expect(booked).toContain('METHOD:PUBLISH\r\n');
    expect(booked).not.toContain('SEQUENCE');
    const moved = toIcs({ ...event, sequence: 1 });
    expect(moved).toContain('UID:abc-123@convene\r\n');
    expect(moved).toContain('SEQUENCE:1\r\n');
    const cancelled = toIcs({ ...event, sequence: 2, method: 'CANCEL' });
    expect(cancelled).toContain('METHOD:CANCEL\r\n');
    expect(cancelled).toContain('STATUS:CANCELLED\r\n');
    expect(cancelled).toContain('UID:abc-123@convene\r\n');
  });

  it('makes a downloadable data URL', () => {
    expect(icsDataUrl('BEGIN:VCALENDAR\r\n')).toBe(
      'data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A',
    );
  });
});
