import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { singleFileSizes } from '../../scripts/bench-figures.ts';

describe('singleFileSizes', () => {
  it('reports the single file raw and gzip in kB, without a budget', () => {
    const html = '<!doctype html><title>x</title>' + 'a'.repeat(4096);
    const [raw, gz] = singleFileSizes(html);
    expect(raw).toMatchObject({ id: 'single.raw', unit: 'kB', value: Buffer.byteLength(html) / 1024 });
    expect(gz).toMatchObject({ id: 'single.gzip', unit: 'kB', value: gzipSync(html).length / 1024 });
    expect(raw.max ?? gz.max).toBeUndefined();
  });
  it('says why when the file is missing', () => {
    const figs = singleFileSizes(null, 'not measured: build failed');
    expect(figs.map((f) => f.value)).toEqual([null, null]);
    expect(figs[0].note).toBe('not measured: build failed');
  });
});
