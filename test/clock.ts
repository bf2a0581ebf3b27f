/**
 * The one instant that unit tests, stories and the browser tests live at, so that what they show is the
 * same every day: Monday 16 November 2026, 09:30 in Amsterdam. A test that needs another moment sets its
 * own; the sandbox follows the page's clock at each reset (`resetSandbox`).
 */
export const FIXED_NOW = '2026-11-16T08:30:00.000Z';
