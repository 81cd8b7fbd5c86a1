import { describe, expect, it, vi } from 'vitest';
import { DrawnLater } from './drawnLater.svelte.ts';

describe('DrawnLater', () => {
  it('is due at once when nothing is later', () => {
    expect(new DrawnLater(false).due).toBe(true);
  });
  it('is due in the task after its placeholder is attached, not before', () => {
    vi.useFakeTimers();
    try {
      const part = new DrawnLater(true);
      expect(part.due).toBe(false);
      part.placeholder(document.createElement('div'));
      expect(part.due).toBe(false);
      vi.runAllTimers();
      expect(part.due).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
  it('is never due when its placeholder is detached before that task', () => {
    vi.useFakeTimers();
    try {
      const part = new DrawnLater(true);
      const detach = part.placeholder(document.createElement('div'));
      if (typeof detach === 'function') detach();
      vi.runAllTimers();
      expect(part.due).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
