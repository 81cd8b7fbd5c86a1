import { describe, expect, it } from 'vitest';
import { createHeightReporter, heightMessage, isHeightMessage, reportHeight, type HeightMessage } from './height.ts';

describe('heightMessage', () => {
  it.each([
    [0, 0],
    [480, 480],
    [480.2, 481],
    [480.004, 480],
    [1234.5, 1235]
  ])('%s px → height %s', (px, height) => {
    expect(heightMessage(px)).toEqual({ type: 'lsn-explorer:height', height });
  });
  it.each([[NaN], [Infinity], [-1]])('%s is no height', (px) => {
    expect(heightMessage(px)).toBeNull();
  });
});

describe('isHeightMessage', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'lsn-explorer:height', height: 500 }, true],
    [{ type: 'lsn-explorer:height', height: 0 }, true],
    [{ type: 'lsn-explorer:height', height: 500.5 }, false],
    [{ type: 'lsn-explorer:height', height: -3 }, false],
    [{ type: 'lsn-explorer:height', height: '500' }, false],
    [{ type: 'lsn-explorer:height', height: 500, extra: 1 }, false],
    [{ type: 'other', height: 500 }, false],
    ['lsn-explorer:height', false],
    [null, false]
  ])('%j → %s', (data, ok) => {
    expect(isHeightMessage(data)).toBe(ok);
  });
});

describe('createHeightReporter', () => {
  it('posts only changes, in whole pixels', () => {
    const posted: HeightMessage[] = [];
    const report = createHeightReporter((m) => posted.push(m));
    for (const px of [500, 500.004, 499.6, 620.3, 621, 480]) report(px);
    expect(posted.map((m) => m.height)).toEqual([500, 621, 480]);
    expect(posted.every(isHeightMessage)).toBe(true);
  });
});

describe('reportHeight', () => {
  function setup(framed: boolean) {
    const posted: [unknown, string][] = [];
    let callback = () => {};
    let disconnected = false;
    class FakeObserver {
      constructor(cb: () => void) {
        callback = cb;
      }
      observe() {}
      disconnect() {
        disconnected = true;
      }
    }
    let bottom = 640;
    const el = { getBoundingClientRect: () => ({ bottom }) } as unknown as HTMLElement;
    const env = { framed, parent: { postMessage: (m: unknown, target: string) => posted.push([m, target]) }, ResizeObserver: FakeObserver };
    const cleanup = reportHeight(env as never)(el);
    return { posted, resize: (px: number) => ((bottom = px), callback()), cleanup, disconnected: () => disconnected };
  }
  it('in a frame: posts the height at once and on every change, to any origin', () => {
    const { posted, resize, cleanup, disconnected } = setup(true);
    resize(640);
    resize(800.5);
    expect(posted).toEqual([
      [{ type: 'lsn-explorer:height', height: 640 }, '*'],
      [{ type: 'lsn-explorer:height', height: 801 }, '*']
    ]);
    cleanup?.();
    expect(disconnected()).toBe(true);
  });
  it('outside a frame: posts nothing', () => {
    const { posted, resize } = setup(false);
    resize(900);
    expect(posted).toEqual([]);
  });
});
