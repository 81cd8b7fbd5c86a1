import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './nextTask.ts';

describe('nextTask', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, in a later task, not in the one that attached it', () => {
    const fn = vi.fn();
    nextTask(fn)(document.createElement('div'));
    expect(fn).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never runs once detached before its task', () => {
    const fn = vi.fn();
    const detach = nextTask(fn)(document.createElement('div')) as () => void;
    detach();
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
  });
});
