#!/usr/bin/env node
// The npm registry mirror this project installs from serves only the Linux builds of
// rollup's native binary. `npm install` then leaves the other platforms' optional
// packages out of package-lock.json, and `npm ci` refuses a lock that lacks them.
// This script writes the missing entries back, marked optional and for their own
// os/cpu, so npm ci on Linux skips them exactly as it would with a full lock.
//   node scripts/lock-platforms.mjs          fix package-lock.json
//   node scripts/lock-platforms.mjs --check  exit 1 when entries are missing
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const check = process.argv.includes('--check');

const CPU = { 'arm-eabi': 'arm', 'arm-gnueabihf': 'arm', 'arm-musleabihf': 'arm' };
const LIBC = { gnu: 'glibc', gnueabihf: 'glibc', musl: 'musl', musleabihf: 'musl' };

function platformOf(name) {
  const m = /^@rollup\/rollup-([a-z0-9]+)-(.+)$/.exec(name);
  if (!m) return null;
  const [, os, rest] = m;
  const [cpuPart, abi] = rest.split('-');
  const cpu = CPU[rest] ?? cpuPart;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux' && abi && LIBC[abi]) entry.libc = [LIBC[abi]];
  return entry;
}

const missing = [];
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const platform = platformOf(dep);
    if (!platform) continue;
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (lock.packages[base] || lock.packages[`node_modules/${dep}`]) continue;
    missing.push(dep);
    lock.packages[`node_modules/${dep}`] = {
      version,
      ...platform,
      dev: pkg.dev,
      license: 'MIT',
      optional: true,
    };
  }
}

if (check) {
  if (missing.length) {
    console.error(
      `package-lock.json lacks ${missing.length} optional platform packages (${missing[0]}, ...); ` +
        'npm ci will refuse it. Run: node scripts/lock-platforms.mjs',
    );
    process.exit(1);
  }
  process.exit(0);
}

const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
lock.packages = sorted;
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.warn(missing.length ? `added ${missing.length} platform entries` : 'lock already complete');
