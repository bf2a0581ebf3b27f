import { describe, expect, it } from 'vitest';
import { toEventTypeSummaries } from './eventTypeList';

const fixed = { id: 1, name: 'Intro call', duration: 30, durationType: 'fixed', locationType: 'zoom' };
const flexible = {
  id: 2,
  name: 'Consultation',
  duration: 30,
  durationType: 'flexible',
  eventTypeDurations: [
    { id: 21, duration: 30 },
    { id: 22, duration: 60 },
  ],
  location: 'Keizersgracht 1',
  description: ' Bring your questions. ',
};

describe('event type list adapter', () => {
  it('durations, location and description per event type', () => {
    expect(toEventTypeSummaries([fixed, flexible])).toEqual([
      {
        id: 1,
        name: 'Intro call',
        durations: [30],
        location: { type: 'zoom', text: undefined },
        description: undefined,
      },
      {
        id: 2,
        name: 'Consultation',
        durations: [30, 60],
        location: { type: undefined, text: 'Keizersgracht 1' },
        description: 'Bring your questions.',
      },
    ]);
  });

  it('narrowed to the host’s ids, in the host’s order; unknown ids add nothing', () => {
    expect(toEventTypeSummaries([fixed, flexible], [2, 99, 1]).map((t) => t.id)).toEqual([2, 1]);
  });
});
