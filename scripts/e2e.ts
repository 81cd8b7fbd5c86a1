// Runs the browser tests in Debian's Chromium. Without Chromium: a failure under CI=true,
// elsewhere a loud notice that the browser tests were skipped and why.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_PATH, hasChromium } from './chromium.ts';

if (!hasChromium()) {
  const msg = `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(`\n✖ ${msg}\n  Browser tests cannot run, and CI=true makes that a failure.\n`);
    process.exit(1);
  }
  console.warn(`\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED. ${msg}\n${'!'.repeat(78)}\n`);
  process.exit(0);
}
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
