import { describe, expect, it } from 'vitest';
import { createIdleTimer, idleSeconds, parseIdle, type Clock } from './idle.ts';
import { parseSearch, toSearch, DEFAULT_STATE } from '../state/url.ts';

describe('parseIdle', () => {
  it.each([
    ['5', 5],
    ['90', 90],
    ['3600', 3600],
    [' 30 ', 30],
    ['4', null],
    ['3601', null],
    ['0', null],
    ['-10', null],
    ['12.5', null],
    ['1e2', null],
    ['abc', null],
    ['', null],
    [null, null]
  ])('%j → %j', (raw, expected) => {
    expect(parseIdle(raw)).toBe(expected);
  });
  it('falls back to 90 s', () => {
    expect(idleSeconds(null)).toBe(90);
    expect(idleSeconds(20)).toBe(20);
  });
  it('round-trips through the URL and drops invalid values', () => {
    expect(parseSearch('?mode=kiosk&idle=5').idle).toBe(5);
    expect(parseSearch('?mode=kiosk&idle=2').idle).toBeNull();
    expect(toSearch({ ...DEFAULT_STATE, mode: 'kiosk', idle: 5 })).toBe('?mode=kiosk&idle=5');
    expect(toSearch(DEFAULT_STATE)).toBe('');
  });
});

/** A clock driven by hand: advance(ms) runs the timeouts that are due. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; f: () => void }>();
  const clock: Clock = {
    setTimeout: (f, ms) => {
      timers.set(next, { at: now + ms, f });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id as number)
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now && timers.has(id)) {
        timers.delete(id);
        t.f();
      }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('createIdleTimer', () => {
  it('fires once after the idle time without input', () => {
    const { clock, advance } = fakeClock();
    let fired = 0;
    const t = createIdleTimer(5000, () => fired++, clock);
    t.poke();
    advance(4999);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
    advance(60_000);
    expect(fired).toBe(1);
  });
  it('starts counting again on every poke', () => {
    const { clock, advance } = fakeClock();
    let fired = 0;
    const t = createIdleTimer(5000, () => fired++, clock);
    for (let i = 0; i < 10; i++) {
      t.poke();
      advance(4000);
    }
    expect(fired).toBe(0);
    advance(1000);
    expect(fired).toBe(1);
  });
  it('pause and dispose leave no timer behind', () => {
    const { clock, advance, pending } = fakeClock();
    let fired = 0;
    const t = createIdleTimer(5000, () => fired++, clock);
    t.poke();
    t.pause();
    expect(pending()).toBe(0);
    t.poke();
    t.dispose();
    expect(pending()).toBe(0);
    t.poke();
    advance(10_000);
    expect(fired).toBe(0);
    expect(pending()).toBe(0);
  });
});
