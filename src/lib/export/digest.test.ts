import { describe, expect, it } from 'vitest';
import { sourceDigest } from './digest.ts';
import type { Source } from '../data/schema.ts';

const mp = (ref: string): Source => ({ kind: 'masterplan', ref });
const pub = (url: string): Source => ({ kind: 'public', title: 'T', url });
const derived: Source = { kind: 'derived', reason: { de: 'weil', en: 'because' } };

describe('sourceDigest', () => {
  it('lists masterplan references once, figures first, numerically', () => {
    const d = sourceDigest([{ src: [mp('§3.3'), mp('Abb. 10')] }, { src: [mp('Abb. 2'), mp('§3.3'), mp('Vorbemerkung')] }]);
    expect(d.masterplanRefs).toEqual(['Abb. 2', 'Abb. 10', '§3.3', 'Vorbemerkung']);
    expect(d.values.masterplan).toBe(5);
  });
  it('counts public sources by address and values by kind', () => {
    const d = sourceDigest([{ src: [pub('https://a'), derived] }, { src: [pub('https://a'), pub('https://b')] }, { src: [] }]);
    expect(d.publicSources).toBe(2);
    expect(d.values).toEqual({ masterplan: 0, public: 3, derived: 1, unconfirmed: 0, reading: 0 });
  });
});
