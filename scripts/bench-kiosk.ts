// npm run bench:kiosk — the kiosk soak of `npm run bench` on its own (builds first; see kiosk-soak.ts).
// KIOSK_N, KIOSK_RESET_EVERY, KIOSK_PORT, KIOSK_DIST; KIOSK_WARM_UP=0 measures from the cold start,
// KIOSK_WARM_UP_N sets the warm-up's random part; KIOSK_SNAPSHOTS=<dir> writes heap snapshots of the
// baseline and the last reset (and of the resets in KIOSK_SNAPSHOT_AT=4,10) for a diff by constructor.
import { kioskSoak } from './kiosk-soak.ts';
import { soakFigures } from './bench-figures.ts';
import { consoleTable, verdict } from './bench-stats.ts';

const result = await kioskSoak({
  dist: process.env.KIOSK_DIST ?? 'dist',
  port: Number(process.env.KIOSK_PORT ?? 4462),
  n: Number(process.env.KIOSK_N ?? 10_000),
  every: Number(process.env.KIOSK_RESET_EVERY ?? 500),
  warmUpPass: process.env.KIOSK_WARM_UP !== '0',
  warmUpN: Number(process.env.KIOSK_WARM_UP_N ?? 2000),
  snapshots: process.env.KIOSK_SNAPSHOTS,
  snapshotAt: (process.env.KIOSK_SNAPSHOT_AT ?? '').split(',').filter(Boolean).map(Number),
  log: (line) => console.log(line)
});
const figures = soakFigures(result);
console.log(`\nKiosk soak, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, headless Chromium 1920×1080, touch\n`);
console.log(consoleTable(figures));
for (const f of figures) if (f.note) console.log(`  ${f.label}: ${f.note}`);
if (result.errors.length) console.log('\nerrors:\n' + [...new Set(result.errors)].slice(0, 10).join('\n'));
process.exit(figures.some((f) => verdict(f) === 'FAIL') ? 1 : 0);
