#!/usr/bin/env node
/**
 * The packed `convene` in a stock Next.js App Router app (test/nextjs-app), as a user installs it:
 * `npm run build`, `npm pack`, install the tarball in the fixture, `next build`, `next start`, then book in
 * Chromium as en-US, fr-FR and nl-NL visitors in America/New_York and Asia/Kolkata against the sandbox proxy.
 * Fails on a build error, a MODULE_LEVEL_DIRECTIVE warning, any console error or warning in the page
 * (hydration mismatches among them), or a booking that does not reach the SimplyMeet simulator.
 *
 *   node test/nextjs/run.mjs [--no-build] [--detect]
 *
 * --no-build reuses dist/; --detect lets the widgets detect language and zone instead of the page passing
 * them (see app/page.tsx).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
const app = path.join(root, 'test/nextjs-app');
const args = new Set(process.argv.slice(2));
const detect = args.has('--detect');
/** The instant every test lives at (test/clock.ts), for the page and the sandbox alike. */
const FIXED_NOW = '2026-11-16T08:30:00.000Z';
const VISITORS = ['en-US', 'fr-FR', 'nl-NL'].flatMap((locale) =>
  ['America/New_York', 'Asia/Kolkata'].map((timeZone) => ({ locale, timeZone })),
);
const children = [];

function log(line) {
  process.stdout.write(`nextjs: ${line}\n`);
}

function run(command, commandArgs, options = {}) {
  log(`$ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${output}`);
  return output;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function start(command, commandArgs, options) {
  const child = spawn(command, commandArgs, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  children.push(child);
  return { child, output: () => output };
}

async function waitFor(url, what) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

function assertNoDirectiveNoise(output, step) {
  if (/MODULE_LEVEL_DIRECTIVE/.test(output))
    throw new Error(`${step} printed MODULE_LEVEL_DIRECTIVE:\n${output}`);
}

function packAndInstall() {
  if (!args.has('--no-build'))
    assertNoDirectiveNoise(run('npm', ['run', 'build', '--silent'], { cwd: root }), 'npm run build');
  const packDir = mkdtempSync(path.join(tmpdir(), 'convene-pack-'));
  run('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: root });
  const tarball = path.join(
    packDir,
    readdirSync(packDir).find((name) => name.endsWith('.tgz')),
  );
  // The fixture's own lock pins Next and React; the tarball goes in without touching package.json or a lock.
  run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: app });
  run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', tarball], { cwd: app });
  rmSync(packDir, { recursive: true, force: true });
}

async function bookAs(browser, { locale, timeZone }, { nextUrl, proxyUrl }) {
  const label = `${locale} in ${timeZone}`;
  const resetAnswer = await fetch(`${proxyUrl}/__sandbox/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now: FIXED_NOW }),
  });
  if (!resetAnswer.ok) throw new Error(`${label}: sandbox reset answered ${resetAnswer.status}`);
  const context = await browser.newContext({ locale, timezoneId: timeZone });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(FIXED_NOW) });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  const query = detect ? '?detect' : `?tz=${encodeURIComponent(timeZone)}`;
  await page.goto(`${nextUrl}/${query}`, { waitUntil: 'networkidle' });
  const booker = page.locator('[data-convene-widget="booker"]');
  const language = await booker.getAttribute('lang');
  if (!language?.startsWith(locale.slice(0, 2))) throw new Error(`${label}: the widget speaks "${language}"`);

  await page
    .locator('[data-convene-widget="availability-picker"] button[data-free]')
    .first()
    .click({ timeout: 15_000 });
  await page.locator('.convene-picker-slot').first().click();
  await page.locator('input[autocomplete="name"]').fill('Ada Lovelace', { timeout: 15_000 });
  await page.locator('input[type="email"]').fill('ada@example.com');
  const policy = page.locator('input[type="checkbox"][aria-required]');
  if ((await policy.count()) > 0) await policy.first().check();
  await page.locator('[data-convene-widget="booking-form"] button[type="submit"]').click();
  await page.locator('.convene-booking-success').waitFor({ timeout: 15_000 });
  const heading = await page.locator('.convene-booking-success h2').textContent();

  const { calls } = await (await fetch(`${proxyUrl}/__sandbox/calls`)).json();
  const bookings = calls.filter((call) => call.vendor === 'simplymeet' && call.method === 'POST');
  if (bookings.length !== 1) throw new Error(`${label}: the simulator got ${bookings.length} bookings`);
  await context.close();
  if (problems.length > 0) throw new Error(`${label}:\n  ${problems.join('\n  ')}`);
  log(`${label}: booked ("${heading}"), no console errors or warnings`);
}

async function main() {
  packAndInstall();
  const proxyPort = await freePort();
  const nextPort = await freePort();
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const nextUrl = `http://localhost:${nextPort}`;
  const env = { ...process.env, CONVENE_PROXY_URL: proxyUrl, NEXT_TELEMETRY_DISABLED: '1' };

  const proxy = start(process.execPath, ['--import', 'tsx', 'proxy/src/node.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(proxyPort), HOST: '127.0.0.1' },
  });
  await waitFor(`${proxyUrl}/healthz`, 'the sandbox proxy').catch((error) => {
    throw new Error(`${error.message}\n${proxy.output()}`);
  });

  const nextBin = path.join(app, 'node_modules/next/dist/bin/next');
  assertNoDirectiveNoise(run(process.execPath, [nextBin, 'build'], { cwd: app, env }), 'next build');
  const server = start(process.execPath, [nextBin, 'start', '-p', String(nextPort)], { cwd: app, env });
  await waitFor(nextUrl, 'next start').catch((error) => {
    throw new Error(`${error.message}\n${server.output()}`);
  });

  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate) => candidate && existsSync(candidate),
  );
  const browser = await chromium.launch({
    executablePath: executablePath ?? (await (await import('@sparticuz/chromium')).default.executablePath()),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    for (const visitor of VISITORS) await bookAs(browser, visitor, { nextUrl, proxyUrl });
  } finally {
    await browser.close();
  }
  assertNoDirectiveNoise(server.output(), 'next start');
  if (/error/i.test(server.output())) throw new Error(`next start logged an error:\n${server.output()}`);
  log(`ok: ${VISITORS.length} visitors booked${detect ? ' (language and zone detected)' : ''}`);
}

main()
  .catch((error) => {
    process.stderr.write(`nextjs: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill('SIGTERM');
  });
