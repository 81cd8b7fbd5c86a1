import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { flattenStory, onStory, parseStory, stepState } from './story.ts';
import { jumpTarget, keyAction } from './keys.ts';
import { clockText, elapsedText } from './clock.ts';
import { createStepSync } from './sync.ts';
import { testCluster } from '../../../tests/unit/fixtures.ts';
import { DIMENSIONS } from '../state/filters.ts';

const story = parseStory(JSON.parse(readFileSync('data/story.json', 'utf8')));
const flat = flattenStory(story);

describe('story', () => {
  it('numbers steps and sub-steps 1…N, sub-steps keeping the step and adding their filters', () => {
    expect(flat.map((s) => s.n)).toEqual(flat.map((_, i) => i + 1));
    const sub = flat.find((s) => s.id === 'radar.onko')!;
    expect([sub.view, sub.filters.field, sub.filters.indication, sub.part, sub.parts]).toEqual(['radar', 'ther', 'onko', 2, 2]);
  });
  it('follows the order of the masterplan story', () => {
    expect(story.steps.map((s) => s.view)).toEqual(['trends', 'overview', 'branches', 'radar', 'projects', 'werft', 'map', 'strategy', 'future', 'transfer', 'trends']);
  });
  it('knows every filter id and selection it uses', () => {
    const c = testCluster();
    for (const s of flat) {
      for (const d of DIMENSIONS) if (s.filters[d]) expect(c.isKnown(d, s.filters[d]!), `${s.id} ${d}`).toBe(true);
      if (s.selected) expect(c.isKnown(s.selected.kind, s.selected.id), s.id).toBe(true);
    }
  });
  it('is on the story in the step state and off it after live filtering', () => {
    const s = flat[2];
    const state = { view: s.view, filters: s.filters, selected: s.selected };
    expect(onStory(s, state)).toBe(true);
    expect(onStory(s, { ...state, filters: { ...s.filters, field: 'img' } })).toBe(false);
    expect(stepState(s).step).toBe(s.n);
  });
  it.each([
    [(j: any) => ((j.steps[0].view = 'nowhere'), j), /data\/story\.json \$\.steps\[0\]\.view: expected/],
    [(j: any) => ((j.steps[1].title = { de: 'x' }), j), /\$\.steps\[1\]\.title/],
    [(j: any) => ((j.steps[2].filters = { colour: 'red' }), j), /\$\.steps\[2\]\.filters/]
  ])('names file, place and expectation of a broken story (%#)', (breakIt, message) => {
    const j = breakIt(JSON.parse(readFileSync('data/story.json', 'utf8')));
    expect(() => parseStory(j)).toThrow(message);
  });
});

describe('keys', () => {
  const ctx = { inApplication: false, onControl: false, hasDigits: false };
  it.each([
    ['ArrowRight', 'next'], ['ArrowDown', 'next'], ['PageDown', 'next'], [' ', 'next'],
    ['ArrowLeft', 'prev'], ['ArrowUp', 'prev'], ['PageUp', 'prev'], ['Home', 'first'], ['End', 'last'],
    ['b', 'black'], ['B', 'black'], ['.', 'black'], ['f', 'fullscreen'], ['Escape', 'escape'], ['p', 'presenter'], ['x', null]
  ])('%j → %s', (key, kind) => expect(keyAction(key, ctx)?.kind ?? null).toBe(kind));
  it('leaves arrows to a focused map but not Page Up/Down', () => {
    const map = { ...ctx, inApplication: true };
    expect(keyAction('ArrowRight', map)).toBeNull();
    expect(keyAction('+', map)).toBeNull();
    expect(keyAction('PageDown', map)?.kind).toBe('next');
  });
  it('leaves Space and Enter to a focused control; Enter jumps after digits', () => {
    expect(keyAction(' ', { ...ctx, onControl: true })).toBeNull();
    expect(keyAction('Enter', ctx)).toBeNull();
    expect(keyAction('Enter', { ...ctx, hasDigits: true })?.kind).toBe('jump');
    expect(keyAction('7', ctx)).toEqual({ kind: 'digit', digit: 7 });
    expect(keyAction('ArrowRight', ctx, { alt: true })).toBeNull();
  });
  it.each([['3', 14, 3], ['14', 14, 14], ['15', 14, null], ['0', 14, null]])('jump %s of %d → %s', (d, n, want) => expect(jumpTarget(d, n)).toBe(want));
});

describe('clock and timer', () => {
  it.each([[0, '00:00'], [61_000, '01:01'], [3_725_000, '1:02:05'], [-5, '00:00']])('elapsed %d ms → %s', (ms, want) => expect(elapsedText(ms)).toBe(want));
  it('shows hours and minutes', () => expect(clockText(new Date(2026, 0, 1, 9, 5).getTime())).toBe('09:05'));
});

describe('step sync', () => {
  it('posts a step once, follows a step received and does not echo it', () => {
    const posted: unknown[] = [];
    let handler: ((e: MessageEvent) => void) | null = null;
    const fake = { postMessage: (m: unknown) => posted.push(m), close: () => {}, set onmessage(f: any) { handler = f; }, get onmessage() { return handler as any; } };
    const got: number[] = [];
    const sync = createStepSync((n) => got.push(n), () => fake as any);
    sync.post(2);
    sync.post(2);
    handler!({ data: { type: 'step', step: 5 } } as MessageEvent);
    sync.post(5);
    expect(posted).toEqual([{ type: 'step', step: 2 }]);
    expect(got).toEqual([5]);
  });
});
