// `npm run bench` leaves the work tree clean: a run writes only its untracked results file; the tracked
// tables and history change only in the explicit step that keeps a run (writeReadmes, --write-readme).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync('scripts/bench.ts', 'utf8');
const keepStep = source.slice(source.indexOf('function writeReadmes'), source.indexOf("if (flag('readme-only'))"));
const measuring = source.replace(keepStep, '');

describe('the benchmark and the work tree', () => {
  it('results.json is not tracked', () => {
    expect(execSync('git check-ignore bench/results.json', { encoding: 'utf8' }).trim()).toBe('bench/results.json');
  });
  it('a run writes nothing tracked outside the step that keeps it', () => {
    const writes = [...measuring.matchAll(/(?:writeFileSync|appendFileSync)\('([^']+)'/g)].map((m) => m[1]);
    expect(writes).toEqual(['bench/results.json']);
    expect(keepStep).toContain("appendFileSync('bench/history.jsonl'");
  });
});
