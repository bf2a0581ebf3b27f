// `npm run check:package`: a front-end app that installs the packed `convene` gets no server package. The
// proxy's dependencies live in @convene/proxy; this packs the root as npm publishes it, installs the tarball
// into an empty app as a user would (production dependencies, React from the registry as peers), and reads
// the installed tree. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const SERVER_PACKAGES = [
  'hono',
  '@hono/node-server',
  'ioredis',
  'jose',
  'zod',
  'cockatiel',
  'rate-limiter-flexible',
  'prom-client',
];

const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const work = mkdtempSync(path.join(tmpdir(), 'convene-front-end-'));
try {
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--silent', '--pack-destination', work], root));
  const tarball = path.join(work, filename);

  // What the packed manifest asks for.
  execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/package.json']);
  const manifest = JSON.parse(readFileSync(path.join(work, 'package/package.json'), 'utf8'));
  const asked = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
    Object.keys(manifest[field] ?? {}),
  );
  assert.deepEqual(
    asked.filter((name) => SERVER_PACKAGES.includes(name)),
    [],
    'server packages in the packed manifest',
  );
  assert.equal(manifest.exports['./server'], undefined, 'convene/server moved to @convene/proxy');

  // What an app that installs it actually gets, transitive dependencies included.
  const app = path.join(work, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'front-end-app', private: true }));
  npm(['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
  const modules = path.join(app, 'node_modules');
  assert.ok(existsSync(path.join(modules, 'convene/package.json')), 'convene is installed');
  const installed = readdirSync(modules).flatMap((name) =>
    name.startsWith('@')
      ? readdirSync(path.join(modules, name)).map((scoped) => `${name}/${scoped}`)
      : [name],
  );
  // Nested copies too (node_modules/x/node_modules/y): npm ls lists the whole tree.
  const tree = JSON.parse(npm(['ls', '--all', '--json'], app));
  const names = new Set(installed);
  const walk = (deps = {}) => {
    for (const [name, node] of Object.entries(deps)) {
      names.add(name);
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  assert.deepEqual(
    SERVER_PACKAGES.filter((name) => names.has(name)),
    [],
    'server packages installed with convene',
  );
  console.log(`packed convene installs ${names.size} packages, none of ${SERVER_PACKAGES.join(', ')}: ok`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
