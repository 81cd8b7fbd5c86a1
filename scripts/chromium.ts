// Launch options for Debian's Chromium, shared by the e2e tests, screenshots and benchmarks.
// No browser download: the system Chromium is used, with everything that would call out switched off.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
export const hasChromium = () => existsSync(CHROMIUM_PATH);
