// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { motionGate } from './motionGate.ts';

describe('motion gate', () => {
  it('the first layout and a new size are drawn at once; a changed cause at the same size moves', () => {
    const gate = motionGate();
    expect(gate({ width: 900 }, { b: null })).toBe(false); // before the first measurement
    expect(gate({ width: 1222 }, { b: null })).toBe(false); // measured
    expect(gate({ width: 1207 }, { b: null })).toBe(false); // a scroll bar appeared
    expect(gate({ width: 1207 }, { b: 'mt' })).toBe(true); // a filter changed
    expect(gate({ width: 1207 }, { b: 'mt' })).toBe(false); // new data or language, same filters
    expect(gate({ width: 800 }, { b: null })).toBe(false); // filter and size at once: no movement
  });
  it('gates are independent', () => {
    const a = motionGate(), b = motionGate();
    a(1, 'x');
    expect(b(1, 'y')).toBe(false);
    expect(a(1, 'y')).toBe(true);
  });
});
