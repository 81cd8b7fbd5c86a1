import { describe, expect, it, vi } from 'vitest';
import { activate } from './activate.ts';

describe('activate', () => {
  it.each([
    ['click', () => new MouseEvent('click'), 1],
    ['Enter', () => new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }), 1],
    ['Space', () => new KeyboardEvent('keydown', { key: ' ', cancelable: true }), 1],
    ['another key', () => new KeyboardEvent('keydown', { key: 'a', cancelable: true }), 0]
  ])('%s', (_, make, calls) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    const act = vi.fn();
    const detach = activate(act)(el) as () => void;
    const e = make();
    el.dispatchEvent(e);
    expect(act).toHaveBeenCalledTimes(calls);
    if (e instanceof KeyboardEvent) expect(e.defaultPrevented).toBe(calls === 1);
    detach();
    el.dispatchEvent(make());
    expect(act).toHaveBeenCalledTimes(calls);
  });
});
