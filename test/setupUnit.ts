import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { FIXED_NOW } from './clock';

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
