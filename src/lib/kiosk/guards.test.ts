import { describe, expect, it, vi } from 'vitest';
import { kioskGuards, swallowFirstTouch } from './guards.ts';

const fire = (type: string, target: EventTarget = document.body) => {
  const e = new Event(type, { bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
};

describe('kioskGuards', () => {
  it('prevents the context menu and counts input as activity, until torn down', () => {
    const onActivity = vi.fn();
    const teardown = kioskGuards(onActivity)(document.body) as () => void;
    expect(fire('contextmenu').defaultPrevented).toBe(true);
    expect(fire('dragstart').defaultPrevented).toBe(true);
    fire('pointerdown');
    fire('keydown');
    expect(onActivity).toHaveBeenCalledTimes(2);
    teardown();
    expect(fire('contextmenu').defaultPrevented).toBe(false);
    fire('pointerdown');
    expect(onActivity).toHaveBeenCalledTimes(2);
  });
});

describe('swallowFirstTouch', () => {
  it('stops the first touch before the page sees it, and ends on its click', () => {
    const onFirst = vi.fn();
    const onEnd = vi.fn();
    const button = document.createElement('button');
    const pressed = vi.fn();
    button.addEventListener('click', pressed);
    button.addEventListener('pointerdown', pressed);
    document.body.append(button);
    const dispose = swallowFirstTouch(onFirst, onEnd);
    expect(fire('pointerdown', button).defaultPrevented).toBe(true);
    fire('pointerup', button);
    fire('click', button);
    expect(pressed).not.toHaveBeenCalled();
    expect(onFirst).toHaveBeenCalledTimes(1);
    expect(onEnd).toHaveBeenCalledTimes(1);
    dispose();
    fire('click', button);
    expect(pressed).toHaveBeenCalledTimes(1);
    button.remove();
  });
  it('ends after a swipe without click, and on a key', () => {
    vi.useFakeTimers();
    const onEnd = vi.fn();
    const dispose = swallowFirstTouch(() => {}, onEnd);
    fire('pointerdown');
    fire('pointercancel');
    expect(onEnd).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(onEnd).toHaveBeenCalledTimes(1);
    fire('keydown');
    expect(onEnd).toHaveBeenCalledTimes(2);
    dispose();
    vi.useRealTimers();
  });
});
