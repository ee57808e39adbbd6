// The npm registry mirror on our machines serves native optional packages (e.g. @rollup/rollup-*)
// only for the platforms our machines use, so `npm install` writes a lock without the others and
// `npm ci` then refuses that lock ("Missing: @rollup/rollup-darwin-arm64 from lock file").
// This adds the missing optional platform entries, with os/cpu/libc so npm skips them here.
// Run it after any `npm install` that rewrites package-lock.json: node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const OS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', openbsd: 'openbsd', openharmony: 'openharmony', win32: 'win32' };
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const m = /^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/.exec(name);
    const key = `node_modules/${name}`;
    if (!m || lock.packages[key] || !OS[m[1]]) continue;
    const [, os, cpu, abi] = m;
    const libc = abi === 'gnu' || abi === 'gnueabihf' ? ['glibc'] : abi === 'musl' || abi === 'musleabihf' ? ['musl'] : undefined;
    lock.packages[key] = {
      version, cpu: [cpu === 'ia32' ? 'ia32' : cpu], dev: entry.dev ?? undefined, license: 'MIT', optional: true, os: [OS[os]], ...(libc ? { libc } : {}),
    };
    added++;
    void path;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
