import { describe, expect, it } from 'vitest';
import { localUrl, styleAttributes } from './styles.ts';

describe('localUrl', () => {
  it.each([
    ['url("http://127.0.0.1:4173/?v=branches#b1-hatch")', 'url(#b1-hatch)'],
    ['url(#x)', 'url(#x)'],
    ["url('file:///a/b.html#clip-1')", 'url(#clip-1)'],
    ['rgb(0, 114, 178)', 'rgb(0, 114, 178)']
  ])('%s → %s', (v, want) => expect(localUrl(v)).toBe(want));
});

describe('styleAttributes', () => {
  const root = { fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-size': '16px', opacity: '1' };
  it('writes every inherited property on the root', () => {
    expect(styleAttributes(root, null)).toEqual({ fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-size': '16px' });
  });
  it.each([
    ['same as the parent', { ...root }, {}],
    ['another fill', { ...root, fill: 'rgb(1, 2, 3)' }, { fill: 'rgb(1, 2, 3)' }],
    ['dimmed', { ...root, opacity: '0.22' }, { opacity: '0.22' }],
    ['hatched', { ...root, fill: 'url("http://x/#h")' }, { fill: 'url(#h)' }],
    ['clipped', { ...root, 'clip-path': 'url("#c")' }, { 'clip-path': 'url(#c)' }]
  ])('child %s', (_name, own, want) => expect(styleAttributes(own, root)).toEqual(want));
});
