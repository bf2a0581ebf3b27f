#!/usr/bin/env node
/**
 * The packed `convene` in a stock Vite + React app (test/vite-app), as a user installs it: `npm run build`,
 * `npm pack`, install the tarball in the fixture, `tsc --noEmit` against the published types, `vite build`,
 * `vite preview`, then in Chromium, against the sandbox proxy, an en-US visitor in America/New_York and an
 * nl-NL visitor in Asia/Kolkata each book a slot and vote in the poll. The widgets get no language or zone
 * from the app: they take the browser's. Fails on a type error, a build error or MODULE_LEVEL_DIRECTIVE
 * warning, any console error or warning in the page, a booking or vote that does not reach the SimplyMeet
 * simulator, or a callback (`onBooked`, `onVoted`) the app did not hear.
 *
 *   node test/vite/run.mjs [--no-build]
 *
 * --no-build reuses dist/.
 */
import path from 'node:path';
import * as consumer from '../consumers/shared.mjs';

const app = path.join(consumer.root, 'test/vite-app');
const args = new Set(process.argv.slice(2));
const VISITORS = [
  { locale: 'en-US', timeZone: 'America/New_York' },
  { locale: 'nl-NL', timeZone: 'Asia/Kolkata' },
];
const POLL_VOTE_PATH = '/panel/api/poll/poll-result';

/** After the booking: the app heard `onBooked` in the visitor's zone, and a vote reaches the simulator. */
async function checkHostAndVote(page, label, proxyUrl) {
  // The zone as the browser names it: Chromium says Asia/Calcutta for a visitor in Asia/Kolkata.
  const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const heard = await page.locator('[data-host-booked]').textContent();
  if (!heard?.endsWith(`in ${browserZone}`))
    throw new Error(`${label}: the app heard "${heard}" from onBooked`);

  const poll = page.locator('[data-convene-widget="poll-voter"]');
  await poll.locator('.convene-poll-radio[data-kind="yes"]').first().click({ timeout: 15_000 });
  await poll.locator('input[type="email"]').fill('ada@example.com');
  await poll.locator('button[type="submit"]').click();
  await page.locator('[data-host-voted]').waitFor({ timeout: 15_000 });
  const { calls } = await (await fetch(`${proxyUrl}/__sandbox/calls`)).json();
  const votes = calls.filter((call) => call.method === 'POST' && call.path === POLL_VOTE_PATH);
  if (votes.length !== 1) throw new Error(`${label}: the simulator got ${votes.length} votes`);
}

async function main() {
  consumer.packAndInstall(app, { build: !args.has('--no-build') });
  const proxyUrl = await consumer.startSandboxProxy();
  const seed = await consumer.sandboxSeed(proxyUrl);
  // Build-time configuration, as a Vite site sets its proxy URL and ids (see src/env.d.ts).
  const env = {
    ...process.env,
    VITE_CONVENE_PROXY_URL: proxyUrl,
    VITE_CONVENE_EVENT_TYPE: String(seed.simplymeet.eventTypes.fixed),
    VITE_CONVENE_POLL: String(seed.simplymeet.poll.id),
  };

  consumer.run(process.execPath, [path.join(app, 'node_modules/typescript/bin/tsc'), '--noEmit'], {
    cwd: app,
  });
  const preview = await consumer.buildAndServe({
    app,
    env,
    tool: 'vite',
    bin: path.join(app, 'node_modules/vite/bin/vite.js'),
    build: ['build'],
    serve: (port) => ['preview', '--host', 'localhost', '--port', String(port), '--strictPort'],
  });

  await consumer.bookEach(VISITORS, () => ({
    pageUrl: `${preview.url}/`,
    proxyUrl,
    alsoCheck: (page, label) => checkHostAndVote(page, label, proxyUrl),
  }));
  consumer.log(`ok: ${VISITORS.length} visitors booked and voted (language and zone detected)`);
}

consumer.runConsumer('vite', main);
