import { describe, expect, it } from 'vitest';
import { toCreateEventRequest } from './booking';

describe('toCreateEventRequest', () => {
  it("sends the picked instant as the invitee's wall clock, even on the next local date", () => {
    // 15:30Z on 2026-10-26 is 16:30 in Amsterdam and 05:15 on the 27th in Chatham.
    const request = toCreateEventRequest({
      eventTypeId: 2,
      durationId: 21,
      locale: 'nl',
      slot: { start: '2026-10-26T15:30:00.000Z', timeZone: 'Pacific/Chatham', durationMinutes: 30 },
      input: {
        fullName: '  Ada Lovelace ',
        email: 'ada@example.com',
        phoneNumber: '',
        answers: { 'q-text': 'Hello', 'q-boxes': ['A', 'B'], 'q-optional': '  ' },
        participants: ['bob@example.com', ''],
        locationType: 'zoom',
      },
    });
    expect(request).toEqual({
      scheduledAt: '2026-10-27 05:15:00',
      eventType: 2,
      durationId: 21,
      invitee: {
        fullName: 'Ada Lovelace',
        email: 'ada@example.com',
        timezone: 'Pacific/Chatham',
        locale: 'nl',
      },
      answers: [
        { question: 'q-text', value: 'Hello' },
        { question: 'q-boxes', value: 'A, B' },
      ],
      participants: [{ email: 'bob@example.com' }],
      locationType: 'zoom',
    });
  });
});
