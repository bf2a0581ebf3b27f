import { afterEach, beforeEach, vi } from 'vitest';
import { FIXED_NOW } from './clock';

// End-to-end flows live at the same instant as the unit tests and stories, and `resetSandbox` puts the
// sandbox there too, so the free slots, "today" and the closed polls they meet are the same every day.
// Only `Date` is faked, and it keeps running, so timeouts, retries and user-event behave as in real life.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(FIXED_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});
