import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint.ts';

describe('afterPaint', () => {
  afterEach(() => vi.restoreAllMocks());
  it('runs in the task after the next animation frame, not in the frame itself', async () => {
    const order: string[] = [];
    let frame: FrameRequestCallback | undefined;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => ((frame = cb), 1));
    const done = new Promise<void>((resolve) => afterPaint(() => (order.push('ran'), resolve())));
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([]);
    frame!(0);
    order.push('frame');
    await done;
    expect(order).toEqual(['frame', 'ran']);
  });
});
