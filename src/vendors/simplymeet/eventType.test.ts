import { describe, expect, it } from 'vitest';
import { toEventType } from './eventType';

describe('toEventType', () => {
  it('offers each flexible duration, the location choices and a required phone', () => {
    const eventType = toEventType({
      id: 2,
      name: 'Consultation',
      duration: 30,
      timezone: 'Europe/Amsterdam',
      durationType: 'flexible',
      eventTypeDurations: [
        { id: 21, duration: 30 },
        { id: 22, duration: 60 },
      ],
      locationType: 'request',
      locationLabel: 'Where shall we meet?',
      eventTypeRequestLocationTypes: [{ locationType: 'zoom' }, { locationType: 'custom' }],
      isShowPhone: true,
      isPhoneFieldRequired: true,
      questions: [
        { uuid: 'q1', type: 'checkboxes', label: 'Topics', isRequired: true, options: ['A', { label: 'B' }] },
        { uuid: 'q2', type: 'date', label: 'Preferred day' },
      ],
      user: { fullName: 'Host Person' },
    });
    expect(eventType.durations).toEqual([
      { id: 21, minutes: 30 },
      { id: 22, minutes: 60 },
    ]);
    expect(eventType.location).toEqual({
      type: 'request',
      text: undefined,
      choices: ['zoom', 'custom'],
      label: 'Where shall we meet?',
    });
    expect(eventType.phone).toBe('required');
    expect(eventType.questions).toEqual([
      { id: 'q1', kind: 'checkboxes', label: 'Topics', required: true, options: ['A', 'B'] },
      { id: 'q2', kind: 'text', label: 'Preferred day', required: false, options: [] },
    ]);
  });

  it('has one duration without an id for a fixed event and hides the phone by default', () => {
    const eventType = toEventType({
      id: 1,
      name: 'Intro call',
      duration: 30,
      timezone: 'Europe/Amsterdam',
      isLocalized: true,
    });
    expect(eventType.durations).toEqual([{ id: undefined, minutes: 30 }]);
    expect(eventType.phone).toBe('hidden');
    expect(eventType.showInVisitorZone).toBe(true);
  });
});

describe('toEventType with the vendor’s question config', () => {
  it('reads choices from QuestionDTO.config ([{label}]) as the proxy passes them on', () => {
    const eventType = toEventType({
      id: 2,
      name: 'Consultation',
      duration: 30,
      timezone: 'Europe/Amsterdam',
      questions: [
        {
          uuid: 'q-size',
          type: 'select',
          label: 'Team size',
          required: true,
          config: [{ label: '1–10' }, { label: '11–50' }],
        },
      ],
    });
    expect(eventType.questions[0]).toMatchObject({
      kind: 'select',
      required: true,
      options: ['1–10', '11–50'],
    });
  });
});
