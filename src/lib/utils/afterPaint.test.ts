import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint.ts';

describe('afterPaint', () => {
  afterEach(() => vi.restoreAllMocks());
  it('resolves in the task after the next animation frame, not in the frame itself', async () => {
    const order: string[] = [];
    let frame: FrameRequestCallback | undefined;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => ((frame = cb), 1));
    const done = afterPaint().then(() => order.push('resolved'));
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([]);
    frame!(0);
    order.push('frame');
    await done;
    expect(order).toEqual(['frame', 'resolved']);
  });
  it('does not wait for a frame in a hidden page (no frames run there)', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    await afterPaint();
    expect(raf).not.toHaveBeenCalled();
  });
});
