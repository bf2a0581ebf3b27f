import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { FIXED_NOW } from './clock';

// `findBy…` waits for the widget's data the way a person would; 1 s is too short on a loaded two-core CI
// machine, where a month's availability can take longer to arrive through happy-dom.
configure({ asyncUtilTimeout: 4000 });

// Testing Library only cleans up by itself when test globals are on; we keep globals off.
afterEach(cleanup);

// Dates shown by the widgets ("today", the first month with free times, closed polls) come from this
// clock, never the machine's. Only `Date` is faked, and it keeps running, so timers and user-event work.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(FIXED_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});
