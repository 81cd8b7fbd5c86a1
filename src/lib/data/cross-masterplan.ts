// Cross-checks of masterplan.json: shares that add up, and every id it uses is in the vocabulary.
import type { Report } from './files.ts';
import type { Ref } from './cross-vocabulary.ts';
import type { Masterplan } from './schema.ts';

const sum = (xs: { percent: number }[]) => xs.reduce((s, x) => s + x.percent, 0);

export function checkShares(mp: Masterplan, err: Report) {
  const b = sum(mp.branchModel.shares);
  if (Math.abs(b - 100) > 1) err('masterplan', '$.branchModel.shares', 'shares adding up to 100 (±1)', String(b));
  const s = sum(mp.branchModel.sides);
  if (Math.abs(s - 100) > 1) err('masterplan', '$.branchModel.sides', 'shares adding up to 100 (±1)', String(s));
}

export function checkMasterplanRefs(mp: Masterplan, ref: Ref) {
  mp.branchModel.shares.forEach((x, i) => ref('masterplan', `$.branchModel.shares[${i}].branch`, 'branches', x.branch));
  mp.branchModel.sides.forEach((x, i) => ref('masterplan', `$.branchModel.sides[${i}].side`, 'sides', x.side));
  mp.fields.forEach((x, i) => ref('masterplan', `$.fields[${i}].field`, 'fields', x.field));
  mp.coverage.forEach((x, i) => ref('masterplan', `$.coverage[${i}].field`, 'fields', x.field));
  mp.radars.forEach((r, i) => {
    ref('masterplan', `$.radars[${i}].field`, 'fields', r.field);
    r.axes.forEach((a, j) => ref('masterplan', `$.radars[${i}].axes[${j}].indication`, 'indications', a.indication));
  });
  const w = mp.medizinwerft;
  (['chain', 'supply', 'support'] as const).forEach((list) =>
    w[list].forEach((id, i) => ref('masterplan', `$.medizinwerft.${list}[${i}]`, 'stages', id))
  );
  Object.entries(w.sub).forEach(([parent, ids]) => ids.forEach((id, i) => ref('masterplan', `$.medizinwerft.sub.${parent}[${i}]`, 'stages', id)));
}

export function checkMasterplan(mp: Masterplan, ref: Ref, err: Report) {
  checkShares(mp, err);
  checkMasterplanRefs(mp, ref);
}
