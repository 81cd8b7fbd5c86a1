import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNear } from './whenNear.ts';

function elementAt(top: number) {
  const el = document.createElement('div');
  el.getBoundingClientRect = () => ({ top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100, x: 0, y: top, toJSON() {} }) as DOMRect;
  return el;
}

describe('whenNear', () => {
  afterEach(() => vi.useRealTimers());
  it('shows at once what is on screen or near it', () => {
    const show = vi.fn();
    whenNear(show)(elementAt(innerHeight * 1.2));
    expect(show).toHaveBeenCalledTimes(1);
  });
  it('defers what is far below, then shows it once when idle, and never after detaching', () => {
    vi.useFakeTimers();
    const show = vi.fn();
    const far = elementAt(innerHeight * 3);
    whenNear(show, { idleTimeout: 100 })(far);
    expect(show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(show).toHaveBeenCalledTimes(1);
    const later = vi.fn();
    const detach = whenNear(later, { idleTimeout: 100 })(elementAt(innerHeight * 3)) as () => void;
    detach();
    vi.advanceTimersByTime(150);
    expect(later).not.toHaveBeenCalled();
  });
});
