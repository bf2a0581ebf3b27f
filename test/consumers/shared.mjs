/**
 * What the consumer fixtures' runners (test/nextjs/run.mjs, test/vite/run.mjs) share: pack `convene` and
 * install the tarball in a fixture app as a user would, start the sandbox proxy and the app's server, and
 * book in Chromium as a visitor with a given language and zone, failing on any console error or warning.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';

export const root = path.resolve(import.meta.dirname, '../..');
// Node 20 cannot import TypeScript itself; tsx loads the one definition of the instant and of Chromium.
const { FIXED_NOW } = await tsImport('../clock.ts', import.meta.url);
const { CHROMIUM_ARGS, resolveChromium } = await tsImport('../chromium.ts', import.meta.url);

const children = [];
let name = 'consumer';

export function log(line) {
  process.stdout.write(`${name}: ${line}\n`);
}

/** Runs `main` as the runner called `runnerName`: one FAILED line and exit code 1 on error, children stopped. */
export function runConsumer(runnerName, main) {
  name = runnerName;
  main()
    .catch((error) => {
      process.stderr.write(`${name}: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    })
    .finally(() => {
      for (const child of children) child.kill('SIGTERM');
    });
}

export function run(command, commandArgs, options = {}) {
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

/** Starts a long-running child (stopped when the runner ends) and keeps what it prints. */
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

/** Waits until `url` answers 2xx; on timeout the error carries what `started` printed. */
async function waitFor(url, what, started) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer at ${url}${started ? `\n${started.output()}` : ''}`);
}

/** The issue that made 'use client' survive the build: bundlers print this when they drop the directive. */
export function assertNoDirectiveNoise(output, step) {
  if (/MODULE_LEVEL_DIRECTIVE/.test(output))
    throw new Error(`${step} printed MODULE_LEVEL_DIRECTIVE:\n${output}`);
}

/**
 * `npm run build` (unless `build` is false), `npm pack`, then the fixture's own lock with `npm ci` and the
 * tarball on top, without touching the fixture's package.json or lock.
 */
export function packAndInstall(app, { build }) {
  if (build) assertNoDirectiveNoise(run('npm', ['run', 'build', '--silent'], { cwd: root }), 'npm run build');
  const packDir = mkdtempSync(path.join(tmpdir(), 'convene-pack-'));
  run('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: root });
  const tarball = path.join(
    packDir,
    readdirSync(packDir).find((file) => file.endsWith('.tgz')),
  );
  run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: app });
  run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', tarball], { cwd: app });
  rmSync(packDir, { recursive: true, force: true });
}

/** The proxy in sandbox mode on a free loopback port; resolves to its URL once it is healthy. */
export async function startSandboxProxy() {
  const port = await freePort();
  const proxyUrl = `http://127.0.0.1:${port}`;
  const proxy = start(process.execPath, ['--import', 'tsx', 'proxy/src/node.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  });
  await waitFor(`${proxyUrl}/healthz`, 'the sandbox proxy', proxy);
  return proxyUrl;
}

/**
 * The fixture's production build with its own `bin` (failing on MODULE_LEVEL_DIRECTIVE noise too), then its
 * server on a free port (`serve(port)` gives the arguments); resolves once that answers at its URL.
 */
export async function buildAndServe({ app, env, tool, bin, build, serve }) {
  const buildStep = `${tool} ${build.join(' ')}`;
  assertNoDirectiveNoise(run(process.execPath, [bin, ...build], { cwd: app, env }), buildStep);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const serveArgs = serve(port);
  const server = start(process.execPath, [bin, ...serveArgs], { cwd: app, env });
  await waitFor(url, `${tool} ${serveArgs[0]}`, server);
  return { url, output: server.output };
}

export async function sandboxSeed(proxyUrl) {
  return (await fetch(`${proxyUrl}/__sandbox/seed`)).json();
}

async function launchChromium() {
  return chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
}

/**
 * One visitor, in a fresh context with that language and zone and the page's clock at FIXED_NOW (the
 * sandbox reset to the same instant): open `pageUrl`, check the Booker speaks the visitor's language, book
 * its first free slot, and check the SimplyMeet simulator got exactly that one booking. `alsoCheck(page,
 * label)` runs after the booking, before the page closes. Any console error or warning, page error or
 * HTTP error fails the visitor.
 */
async function bookAs(browser, { locale, timeZone }, { pageUrl, proxyUrl, alsoCheck }) {
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

  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  const booker = page.locator('[data-convene-widget="booker"]');
  const language = await booker.getAttribute('lang');
  if (!language?.startsWith(locale.slice(0, 2))) throw new Error(`${label}: the widget speaks "${language}"`);

  // Within the Booker: the page may hold other widgets with fields of their own.
  await booker
    .locator('[data-convene-widget="availability-picker"] button[data-free]')
    .first()
    .click({ timeout: 15_000 });
  await booker.locator('.convene-picker-slot').first().click();
  await booker.locator('input[autocomplete="name"]').fill('Ada Lovelace', { timeout: 15_000 });
  await booker.locator('input[type="email"]').fill('ada@example.com');
  const policy = booker.locator('input[type="checkbox"][aria-required]');
  if ((await policy.count()) > 0) await policy.first().check();
  await booker.locator('[data-convene-widget="booking-form"] button[type="submit"]').click();
  await booker.locator('.convene-booking-success').waitFor({ timeout: 15_000 });
  const heading = await booker.locator('.convene-booking-success h2').textContent();

  const { calls } = await (await fetch(`${proxyUrl}/__sandbox/calls`)).json();
  const bookings = calls.filter((call) => call.vendor === 'simplymeet' && call.method === 'POST');
  if (bookings.length !== 1) throw new Error(`${label}: the simulator got ${bookings.length} bookings`);
  await alsoCheck?.(page, label);
  await context.close();
  if (problems.length > 0) throw new Error(`${label}:\n  ${problems.join('\n  ')}`);
  log(`${label}: booked ("${heading}"), no console errors or warnings`);
}

/** Each visitor in turn, in one Chromium: `visitOptions(visitor)` gives bookAs its page URL and checks. */
export async function bookEach(visitors, visitOptions) {
  const browser = await launchChromium();
  try {
    for (const visitor of visitors) await bookAs(browser, visitor, visitOptions(visitor));
  } finally {
    await browser.close();
  }
}
