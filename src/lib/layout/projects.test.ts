// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { layoutProjects, NUMBERS_BELOW } from './projects.ts';
import { overlaps, rectHitsCircle } from './text.ts';
import { OPT, PROJECTS, SHARES } from '../../../tests/unit/branchModelFixtures.ts';

const TEXTS = { shares: SHARES, sidesPct: { th: 54, dx: 46 }, options: OPT };

describe('the lighthouse diagram', () => {
  it.each([
    [390, true, 11],
    [NUMBERS_BELOW - 1, true, 11],
    [NUMBERS_BELOW, false, 8],
    [768, false, 8],
    [1280, false, 8],
    [1920, false, 8]
  ])('at %i px the marks carry numbers: %s (radius %i)', (width, numbered, r) => {
    const l = layoutProjects(TEXTS, PROJECTS, width);
    expect(l.numbered).toBe(numbered);
    expect(l.r).toBe(r);
    expect(l.labels.size).toBe(numbered ? 0 : PROJECTS.length);
    expect(l.marks.size).toBe(PROJECTS.length);
  });

  // positions found by the earlier implementation (before the split line had a closed form and the
  // grid search was pruned): the picture is unchanged
  const BEFORE: Record<number, Record<string, [number, number]>> = {
    390: { tandem: [211.816, 444.712], esp: [127.865, 218.135], nordles: [29, 683.477], fusion: [87.356, 418.462], inflammation: [211.816, 172.25], neu2: [169.115, 236.885], nrock: [91.106, 324.712], moin: [255.365, 320.962], emb: [187.865, 335.962], cicad: [308.606, 418.462], can: [211.816, 78.5] },
    1280: { tandem: [539.434, 451.493], esp: [451.969, 224.888], nordles: [753.945, 601.375], fusion: [410.308, 430.493], inflammation: [539.434, 188], neu2: [496.969, 242.888], nrock: [416.308, 334.493], moin: [583.969, 328.493], emb: [514.969, 346.493], cicad: [638.308, 421.493], can: [539.434, 86] }
  };
  it.each(Object.entries(BEFORE).flatMap(([w, marks]) => Object.entries(marks).map(([id, p]) => [Number(w), id, p[0], p[1]] as const)))(
    'at %i px %s stands at (%d, %d) as before',
    (width, id, x, y) => {
      const m = layoutProjects(TEXTS, PROJECTS, width).marks.get(id)!;
      expect(m.x).toBeCloseTo(x, 2);
      expect(m.y).toBeCloseTo(y, 2);
    }
  );
  it('labels keep their sides as before at 1280 px', () => {
    const l = layoutProjects(TEXTS, PROJECTS, 1280);
    const sides = Object.fromEntries([...l.labels].map(([id, b]) => [id, b.anchor]));
    expect(sides).toEqual({ tandem: 'start', esp: 'end', nordles: 'start', fusion: 'start', inflammation: 'start', neu2: 'start', nrock: 'start', moin: 'start', emb: 'middle', cicad: 'start', can: 'start' });
  });

  it.each([600, 768, 1280, 1920])('at %i px the names meet no mark, fixed text or other name, inside the figure', (width) => {
    const l = layoutProjects(TEXTS, PROJECTS, width);
    const labels = [...l.labels.values()];
    for (const b of labels) {
      expect(b.rect.x).toBeGreaterThanOrEqual(0);
      expect(b.rect.x + b.rect.w).toBeLessThanOrEqual(l.scene.width);
      for (const o of l.scene.obstacles) expect(overlaps(b.rect, o), b.id).toBe(false);
      for (const m of l.marks.values()) expect(rectHitsCircle(b.rect, { ...m, r: l.r + 3 }), `${b.id}/${m.id}`).toBe(false);
      for (const c of labels) if (c !== b) expect(overlaps(b.rect, c.rect), `${b.id}/${c.id}`).toBe(false);
    }
  });

  it('falls back to numbers when one name finds no free spot', () => {
    const rows = PROJECTS.map((p, i) => (i === 0 ? { ...p, short: 'Name '.repeat(60) } : p));
    const l = layoutProjects(TEXTS, rows, 1280);
    expect(l.numbered).toBe(true);
    expect(l.labels.size).toBe(0);
  });

  it('is remembered by what it reads: rows with another filter state give the same layout', () => {
    const a = layoutProjects(TEXTS, PROJECTS.map((p) => ({ ...p, dimmed: true })), 1111);
    const b = layoutProjects(TEXTS, PROJECTS.map((p) => ({ ...p, dimmed: false })), 1111);
    expect(b).toBe(a);
    expect(layoutProjects(TEXTS, PROJECTS, 1112)).not.toBe(a);
  });
});
