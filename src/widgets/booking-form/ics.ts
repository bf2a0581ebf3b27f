/** A one-event iCalendar file (RFC 5545) for the success screen's "Add to calendar" link. */
export interface CalendarEvent {
  uid: string;
  /** UTC ISO instants. */
  start: string;
  end: string;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  /** RFC 5545 SEQUENCE: 0 when booked, higher with each change, so calendars replace the older copy. */
  sequence?: number | undefined;
  /** `CANCEL` removes the event (same UID) from the calendar that imports the file. */
  method?: 'PUBLISH' | 'CANCEL' | undefined;
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** "20261201T083000Z": UTC form, so no VTIMEZONE block is needed and every calendar agrees on the instant. */
function utcStamp(instant: string | Date): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Lines longer than 75 octets are folded with CRLF + space (counted in UTF-8 bytes, never splitting a character). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function toIcs(event: CalendarEvent, now: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Convene//Booker//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method ?? 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    ...(event.sequence ? [`SEQUENCE:${event.sequence}`] : []),
    ...(event.method === 'CANCEL' ? ['STATUS:CANCELLED'] : []),
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A `data:` URL, so the link works without object URLs to revoke and renders the same on the server. */
export function icsDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

/** "Intro-call.ics": the event's name, safe as a file name in every OS. */
export function icsFileName(summary: string): string {
  return `${summary.replace(/[^\p{L}\p{N}]+/gu, '-') || 'booking'}.ics`;
}
