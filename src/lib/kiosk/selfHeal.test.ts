import { describe, expect, it, vi } from 'vitest';
import { installSelfHeal, type HealEnv } from './selfHeal.ts';

function env() {
  const target = new EventTarget();
  const store = new Map<string, string>();
  let now = 1_000_000;
  const timers: (() => void)[] = [];
  const e: HealEnv = {
    target: target as unknown as HealEnv['target'],
    storage: () => ({ getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) }),
    now: () => now,
    setTimeout: (f) => timers.push(f),
    clearTimeout: () => timers.splice(0),
    reload: vi.fn()
  };
  const fault = (type: 'error' | 'unhandledrejection') => {
    const ev = new Event(type, { cancelable: true });
    target.dispatchEvent(ev);
    return ev;
  };
  const runTimers = () => timers.splice(0).forEach((f) => f());
  return { e, fault, runTimers, advance: (ms: number) => (now += ms), pending: () => timers.length };
}

describe('installSelfHeal', () => {
  it('hides the fault, reloads the start view once, then resets softly within the minute', () => {
    const { e, fault, runTimers, advance } = env();
    const soft = vi.fn();
    const dispose = installSelfHeal(() => '?mode=kiosk', soft, { env: e });
    expect(fault('error').defaultPrevented).toBe(true);
    fault('unhandledrejection'); // a second fault while one is pending adds no timer
    runTimers();
    expect(e.reload).toHaveBeenCalledExactlyOnceWith('?mode=kiosk');
    advance(30_000);
    fault('unhandledrejection');
    runTimers();
    expect(e.reload).toHaveBeenCalledTimes(1);
    expect(soft).toHaveBeenCalledTimes(1);
    advance(30_000);
    fault('error');
    runTimers();
    expect(e.reload).toHaveBeenCalledTimes(2);
    dispose();
  });
  it('ignores the benign ResizeObserver notice', () => {
    const { e, pending } = env();
    const dispose = installSelfHeal(() => '', () => {}, { env: e });
    const ev = new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.', cancelable: true });
    (e.target as unknown as EventTarget).dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
    expect(pending()).toBe(0);
    dispose();
  });
  it('leaves nothing behind', () => {
    const { e, fault, pending } = env();
    const dispose = installSelfHeal(() => '', () => {}, { env: e });
    fault('error');
    expect(pending()).toBe(1);
    dispose();
    expect(pending()).toBe(0);
    expect(fault('error').defaultPrevented).toBe(false);
  });
});
