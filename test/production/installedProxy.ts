import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ProxyProcess, spawnListening } from '../proxy/proxyProcess';

const root = path.resolve(import.meta.dirname, '../..');

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

export interface Installation {
  dir: string;
  /** Top-level and nested packages under node_modules. */
  packages: string[];
  bytes: number;
}

/**
 * `@convene/proxy` as an operator installs it: built, packed, and installed from the tarball into an empty
 * directory with production dependencies only.
 */
export function installPackedProxy(work: string, { build }: { build: boolean }): Installation {
  if (build) npm(['run', 'build', '--silent', '-w', '@convene/proxy'], root);
  const [packed] = JSON.parse(
    npm(['pack', '--json', '--silent', '-w', '@convene/proxy', '--pack-destination', work], root),
  ) as { filename: string }[];
  if (!packed) throw new Error('npm pack produced no tarball');
  const dir = path.join(work, 'deployment');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'proxy-deployment', private: true }));
  npm(
    [
      'install',
      '--omit=dev',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      path.join(work, packed.filename),
    ],
    dir,
  );
  const modules = path.join(dir, 'node_modules');
  return { dir, packages: packagesUnder(modules), bytes: sizeOf(modules) };
}

function packagesUnder(modules: string): string[] {
  if (!existsSync(modules)) return [];
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) =>
      name.startsWith('@') ? readdirSync(path.join(modules, name)).map((s) => `${name}/${s}`) : [name],
    )
    .flatMap((name) => [name, ...packagesUnder(path.join(modules, name, 'node_modules'))]);
}

function sizeOf(file: string): number {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.isSymbolicLink()) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(file).reduce((total, name) => total + sizeOf(path.join(file, name)), 0);
}

/** The production start, read from proxy/Dockerfile's CMD, so the container and this test run the same. */
export function productionCommand(): string[] {
  const dockerfile = readFileSync(path.join(root, 'proxy/Dockerfile'), 'utf8');
  const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(dockerfile)?.[1];
  if (!cmd) throw new Error('proxy/Dockerfile has no exec-form CMD');
  return JSON.parse(cmd) as string[];
}

export type RunningProxy = ProxyProcess;

/** Runs the production start in the deployment directory and waits for its "listening on" line. */
export function startProxy(dir: string, env: Record<string, string>): Promise<RunningProxy> {
  const [command, ...args] = productionCommand();
  if (!command) throw new Error('empty CMD');
  // The same environment as the container (PORT, HOST…), without this repository's tools on PATH.
  return spawnListening(path.resolve(dir, command), args, {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
  });
}
