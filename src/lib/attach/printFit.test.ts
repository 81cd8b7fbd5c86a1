import { describe, expect, it } from 'vitest';
import { printZoom, PRINT_SAFETY } from './printFit.ts';

describe('printZoom', () => {
  it('leaves content that fits unzoomed', () => expect(printZoom(500, 1000)).toBe(1));
  it('zooms taller content to fit the sheet with a little room', () => {
    const z = printZoom(2000, 1000);
    expect(z).toBeLessThanOrEqual(0.5 * PRINT_SAFETY);
    expect(z).toBeGreaterThan(0.5 * PRINT_SAFETY - 0.002);
    expect(2000 * z).toBeLessThanOrEqual(1000);
  });
  it('zooms content just over the sheet', () => expect(printZoom(1001, 1000)).toBeLessThan(1));
});
