import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The browser test drives Debian's Chromium (playwright-core cannot download its own browsers
// here). When it is missing, the test installs it with apt-get where it can (root on Debian or
// Ubuntu) and otherwise says what to do.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Where Chromium is (KANMON_CHROMIUM, else Debian's), installing it with apt-get when missing and possible. */
export function chromiumPath(): string {
  const given = process.env.KANMON_CHROMIUM;
  if (given) {
    if (!existsSync(given)) throw new Error(`KANMON_CHROMIUM is ${given}, which does not exist.`);
    return given;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  const root = process.platform === 'linux' && process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    throw new Error('Chromium is not installed, and this test installs it only as root on Debian or Ubuntu (apt-get install -y chromium). '
      + 'Install Chromium, or set KANMON_CHROMIUM to its executable, then run npm run test:browser again.');
  }
  process.stderr.write('Chromium is missing: installing it with apt-get (apt-get update && apt-get install -y chromium)…\n');
  execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = CANDIDATES.find((path) => existsSync(path));
  if (!installed) throw new Error(`apt-get installed chromium, but none of ${CANDIDATES.join(', ')} exists.`);
  return installed;
}
