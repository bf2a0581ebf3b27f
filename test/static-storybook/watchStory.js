/*
 * Runs in the page before Storybook starts (Playwright `addInitScript`, as plain text so that no build
 * step touches it): catches the preview's channel as it is created and records the outcome of the story's
 * play function in `window.__convenePlayOutcome`. Event names are Storybook's core events.
 */
(() => {
  const settle = (outcome) => {
    window.__convenePlayOutcome ??= outcome;
  };
  const describe = (payload) =>
    typeof payload === 'string'
      ? payload
      : (payload?.message ?? payload?.description ?? payload?.title ?? JSON.stringify(payload));
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      for (const event of [
        'playFunctionThrewException',
        'storyThrewException',
        'storyErrored',
        'storyMissing',
        'unhandledErrorsWhilePlaying',
      ]) {
        value.on(event, (payload) => settle({ status: 'failed', detail: `${event}: ${describe(payload)}` }));
      }
      // Sent once the play function has run and the addons (a11y) have reported.
      value.on('storyFinished', (payload) => {
        const failing = (payload?.reporters ?? []).filter((reporter) => reporter.status !== 'passed');
        settle(
          payload?.status === 'success' && failing.length === 0
            ? { status: 'passed' }
            : {
                status: 'failed',
                detail: `finished with ${payload?.status}${failing.map((r) => `; ${r.type}: ${r.status}`).join('')}`,
              },
        );
      });
    },
  });
})();
