import { describe, expect, it } from 'vitest';
import { exportFileName } from './filename.ts';

describe('exportFileName', () => {
  it.each([
    ['Branchenmodell', ['Onkologie'], 'svg', '', 'lsn-branchenmodell-onkologie-2009.svg'],
    ['Karte', [], 'png', '', 'lsn-karte-2009.png'],
    ['Branch model', ['Oncology', 'Hamburg'], 'png', '1920x1080', 'lsn-branch-model-oncology-hamburg-2009-1920x1080.png'],
    ['Medizinwerft', ['Idee'], 'png', '2x', 'lsn-medizinwerft-idee-2009-2x.png']
  ])('%s %j', (view, filters, ext, suffix, want) => expect(exportFileName(view, filters, ext, suffix)).toBe(want));

  it('stays under 100 characters, cut at a joint', () => {
    const name = exportFileName('Leuchtturmprojekte', Array(12).fill('Entzündliche Erkrankungen'), 'svg');
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^lsn-leuchtturmprojekte(-[a-z]+)+-2009\.svg$/);
  });
});
