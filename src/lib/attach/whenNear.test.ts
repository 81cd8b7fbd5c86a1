import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawingAtOnce, whenNear } from './whenNear.ts';

// A stand-in observer: `enter(el)` reports el as intersecting, as the browser would after a layout.
const observed = new Map<Element, (e: { isIntersecting: boolean }[]) => void>();
class StubObserver {
  constructor(private cb: (e: { isIntersecting: boolean }[]) => void) {}
  observe(el: Element) { observed.set(el, this.cb); }
  disconnect() { for (const [el, cb] of observed) if (cb === this.cb) observed.delete(el); }
}
const enter = (el: Element) => observed.get(el)?.([{ isIntersecting: true }]);

describe('whenNear', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', StubObserver);
    vi.stubGlobal('requestIdleCallback', (fn: () => void, o: { timeout: number }) => setTimeout(fn, o.timeout));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn, 16));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    observed.clear();
  });

  it('shows views that are near one per task, in page order, each after a painted frame', () => {
    const order: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map(() => document.createElement('section'));
    whenNear(() => order.push('a'))(a);
    whenNear(() => order.push('b'))(b);
    whenNear(() => order.push('c'))(c);
    enter(c);
    enter(a);
    expect(order).toEqual([]);
    vi.advanceTimersByTime(17);
    expect(order).toEqual(['a']);
    vi.advanceTimersByTime(17);
    // b is not near yet: c, the next near one, takes its turn
    expect(order).toEqual(['a', 'c']);
    enter(b);
    vi.advanceTimersByTime(17);
    expect(order).toEqual(['a', 'c', 'b']);
  });

  it('shows what is far below when the browser is idle, once, and never after detaching', () => {
    const show = vi.fn();
    whenNear(show, { idleTimeout: 100 })(document.createElement('section'));
    vi.advanceTimersByTime(90);
    expect(show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(show).toHaveBeenCalledTimes(1);
    const later = vi.fn();
    const el = document.createElement('section');
    const detach = whenNear(later, { idleTimeout: 100 })(el) as () => void;
    enter(el);
    detach();
    vi.advanceTimersByTime(500);
    expect(later).not.toHaveBeenCalled();
  });

  it('without an idle timeout, waits for nearness however long the browser is idle', () => {
    const show = vi.fn();
    const el = document.createElement('section');
    whenNear(show)(el);
    vi.advanceTimersByTime(60_000);
    expect(show).not.toHaveBeenCalled();
    enter(el);
    vi.advanceTimersByTime(17);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('draws every view still waiting before the page is printed, in page order, and each once', () => {
    const order: string[] = [];
    const [a, b] = ['a', 'b'].map(() => document.createElement('section'));
    const seenAtOnce: boolean[] = [];
    whenNear(() => (order.push('a'), seenAtOnce.push(drawingAtOnce())))(a);
    whenNear(() => (order.push('b'), seenAtOnce.push(drawingAtOnce())))(b);
    dispatchEvent(new Event('beforeprint'));
    expect(order).toEqual(['a', 'b']);
    expect(seenAtOnce).toEqual([true, true]);
    // still at once in the event's microtasks, where views with a chunk draw; no longer in the next task
    expect(drawingAtOnce()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(drawingAtOnce()).toBe(false);
    enter(a);
    vi.advanceTimersByTime(100);
    dispatchEvent(new Event('beforeprint'));
    expect(order).toEqual(['a', 'b']);
  });

  it("fetches a view's code as soon as it is near, and the others' once the near ones are drawn and the page is idle", async () => {
    const order: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map(() => document.createElement('section'));
    const detach = [a, b, c].map(
      (el, i) => whenNear(() => order.push('show ' + 'abc'[i]), { prefetch: () => order.push('fetch ' + 'abc'[i]) })(el) as () => void
    );
    enter(b);
    expect(order).toEqual(['fetch b']);
    await vi.advanceTimersByTimeAsync(17);
    expect(order).toEqual(['fetch b', 'show b']);
    // idle: a and c are fetched, not drawn (they are not near), and each only once
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['fetch b', 'show b', 'fetch a', 'fetch c']);
    enter(a);
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['fetch b', 'show b', 'fetch a', 'fetch c', 'show a']);
    detach.forEach((d) => d());
  });

  it('a near view waits for its code; views whose code arrives together take a task each, in page order', async () => {
    const order: string[] = [];
    let arrive = () => {};
    const chunk = new Promise<void>((res) => (arrive = res));
    const els = ['a', 'b'].map(() => document.createElement('section'));
    const detach = els.map((el, i) => whenNear(() => order.push('ab'[i]), { prefetch: () => chunk })(el) as () => void);
    els.forEach(enter);
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual([]);
    arrive();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(17);
    expect(order).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(17);
    expect(order).toEqual(['a', 'b']);
    detach.forEach((d) => d());
  });

  it('prepares a view in a task of its own before drawing it, given its element; a failed preparation still draws', async () => {
    const order: string[] = [];
    const [a, b] = ['a', 'b'].map(() => document.createElement('section'));
    const prepareA = (el: Element) => {
      order.push(el === a ? 'prepare a' : 'wrong element');
      // the task ends before the drawing: its microtasks run first
      queueMicrotask(() => order.push('end of the preparing task'));
    };
    const detach = [
      whenNear(() => order.push('show a'), { prepare: prepareA })(a),
      whenNear(() => order.push('show b'), { prepare: () => { throw new Error('no layout'); } })(b)
    ] as (() => void)[];
    enter(a);
    enter(b);
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['prepare a', 'end of the preparing task', 'show a', 'show b']);
    detach.forEach((d) => d());
  });

  it('runs each step a preparation returns in a task of its own, then draws', async () => {
    const order: string[] = [];
    const a = document.createElement('section');
    const end = (what: string) => queueMicrotask(() => order.push(`end of ${what}`));
    const prepare = () => {
      order.push('model');
      end('model');
      return () => {
        order.push('labels');
        end('labels');
      };
    };
    const detach = whenNear(() => order.push('show'), { prepare })(a) as () => void;
    enter(a);
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['model', 'end of model', 'labels', 'end of labels', 'show']);
    detach();
  });

  it('shows at once where there is no observer (nothing to wait for)', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const show = vi.fn();
    whenNear(show)(document.createElement('section'));
    expect(show).toHaveBeenCalledTimes(1);
  });
});
