// Data rules beyond the schema, so that corrections made against the masterplan cannot come back
// (docs/DATA.md, "Rules"): figures and credits, quotes, readings, "unknown" instead of [], placement
// within sides, one way of marking city-level points, complete web addresses, ids that exist.
import { describe, type FileKey, type ParsedData, type Report } from './files.ts';
import type { Masterplan, Project, Source } from './schema.ts';

type Visit = (value: unknown, path: string) => void;

/** Every value below `value` with its JSON path, depth first. */
export function walk(value: unknown, path: string, visit: Visit) {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
}

const isSource = (x: unknown): x is Source => !!x && typeof x === 'object' && typeof (x as Source).kind === 'string' && ('ref' in x || 'reason' in x || 'url' in x);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Quotations „…“ in a text. */
export const quotesIn = (s: string): string[] => [...s.matchAll(/„([^“]+)“/g)].map((m) => norm(m[1]));
/** The figure numbers a reference cites: "Abb. 4 / §3.3" → [4]; "Abb. 2, 4, 6 und 8" → [2, 4, 6, 8]. */
export function figureNumbers(ref: string): number[] {
  return [...ref.matchAll(/Abb\.\s*(\d+(?:\s*(?:,|und|and|\/)\s*\d+)*)/g)].flatMap((m) => m[1].split(/\D+/).filter(Boolean).map(Number));
}

export const TRUNCATED_URL = /https?:\/\/(?=[.…\s]|$)|https?:\/\/\S*…/;

const ROOTS: [FileKey, (d: ParsedData) => unknown][] = [
  ['masterplan', (d) => d.masterplan],
  ['actors', (d) => d.actors && { actors: d.actors }],
  ['projects', (d) => d.projects && { projects: d.projects }],
  ['vocabulary', (d) => d.vocabulary]
];

/** Texts and sources in every file: complete web addresses; figures cited exist; quotes from a figure are in it. */
export function checkTexts(data: ParsedData, err: Report) {
  const figures = new Map((data.masterplan?.figures ?? []).map((f) => [Number(f.ref.replace(/\D/g, '')), f]));
  for (const [key, root] of ROOTS) {
    const value = root(data);
    if (!value) continue;
    walk(value, '$', (v, path) => {
      if (typeof v === 'string' && TRUNCATED_URL.test(v)) err(key, path, 'a complete web address', describe(v));
      if (!isSource(v) || v.kind !== 'masterplan' || !data.masterplan) return;
      const nums = figureNumbers(v.ref);
      for (const n of nums) if (!figures.has(n)) err(key, `${path}.ref`, 'a figure listed in masterplan.json figures', describe(v.ref));
      // a quote attributed to exactly one figure must be printed in it
      if (nums.length !== 1 || !/^Abb\.\s*\d+$/.test(v.ref.trim()) || !v.note) return;
      const f = figures.get(nums[0]);
      const printed = f ? norm([f.caption.de, ...f.labels].join(' | ')) : '';
      for (const q of quotesIn(v.note.de)) if (f && !printed.includes(q)) err(key, `${path}.note.de`, `a quotation printed in ${f.ref}`, describe(q));
    });
  }
}

/** The credit names exactly the figures that carry one; published labels are the figures' own. */
export function checkFigures(mp: Masterplan, err: Report) {
  const credited = mp.figures.filter((f) => f.credit).map((f) => Number(f.ref.replace(/\D/g, '')));
  for (const lang of ['de', 'en'] as const) {
    const named = figureNumbers(mp.document.credit[lang].replace(/Figs?\./g, 'Abb.'));
    if (named.join() !== credited.join())
      err('masterplan', `$.document.credit.${lang}`, `the figures marked © in masterplan.json figures (${credited.join(', ')})`, `figures ${named.join(', ') || 'none'}`);
  }
  const labels = (ref: string) => norm(mp.figures.find((f) => f.ref === ref)?.labels.join(' | ') ?? '');
  mp.strategyFields.forEach((s, i) => {
    if (!labels('Abb. 6').includes(norm(s.goal.de.replace(/\.$/, ''))))
      err('masterplan', `$.strategyFields[${i}].goal.de`, 'the goal as printed in Abb. 6 (masterplan.json figures)', describe(s.goal.de));
  });
  if (!labels('Abb. 5').includes(norm(mp.medizinwerft.supplyLabel.label.de)))
    err('masterplan', '$.medizinwerft.supplyLabel.label.de', 'the heading as printed in Abb. 5', describe(mp.medizinwerft.supplyLabel.label.de));
  // what the figure's extracted text does not state is marked as a reading
  const readings: [string, Source[]][] = [
    ['$.todayFuture.today.src', mp.todayFuture.today.src],
    ['$.todayFuture.future.src', mp.todayFuture.future.src],
    ['$.medizinwerft.groupsSrc', mp.medizinwerft.groupsSrc]
  ];
  for (const [path, src] of readings) if (!src.some((s) => s.kind === 'reading')) err('masterplan', path, 'a source of kind "reading" with its reason', 'none');
}

/** Ids the masterplan names (council members, settlement partners) are actors. */
export function checkMasterplanActors(mp: Masterplan, actorIds: Set<string>, err: Report) {
  const lists: [string, string[]][] = [['$.council.members', mp.council.members], ['$.settlementWindow.actors', mp.settlementWindow.actors]];
  for (const [path, ids] of lists) ids.forEach((id, i) => actorIds.has(id) || err('masterplan', `${path}[${i}]`, 'the id of an actor in actors.json', describe(id)));
}

/** How the reason of a city-level point begins (docs/DATA.md). */
export const CITY_REASON = 'Die Adresse von 2009 ist nicht belegt; der Punkt ist das Rathaus';

const LISTS = ['branches', 'sides', 'fields', 'indications', 'stages'] as const;
const SIDES: Record<Project['placement']['side'], string> = { th: 'th', dx: 'dx', both: 'dx,th' };

/** "unknown", never [], for what is not known; a project's placement side agrees with its sides. */
export function checkItemRules(key: 'actors' | 'projects', items: (Partial<Project> & { id: string })[], err: Report) {
  items.forEach((item, i) => {
    const base = `$.${key}[${i}]`;
    for (const prop of [...LISTS, 'partners'] as const) {
      const value = (item as Record<string, { value?: unknown } | undefined>)[prop]?.value;
      if (Array.isArray(value) && value.length === 0) err(key, `${base}.${prop}.value`, '"unknown" (or the ids) – an empty list says nothing', '[]');
    }
    const sides = item.sides?.value;
    if (item.placement && Array.isArray(sides) && sides.length && [...sides].sort().join() !== SIDES[item.placement.side])
      err(key, `${base}.placement.side`, `the side its sides give (${describe(sides)})`, describe(item.placement.side));
    (item.sites ?? []).forEach((s, j) => {
      const text = JSON.stringify(s.src ?? []);
      const marked = (s.src ?? []).some((x) => x.kind === 'derived' && x.reason.de.startsWith(CITY_REASON));
      if (s.precision === 'city' && !marked)
        err(key, `${base}.sites[${j}].src`, `a "derived" source "${CITY_REASON} …" for a city-level point`, 'none');
      if (s.precision !== 'city' && /Rathaus|stadtgenau|Stadtkoordinaten|city-level/i.test(text))
        err(key, `${base}.sites[${j}].precision`, '"city" for a point that shows only the city', describe(s.precision));
    });
  });
}

export function checkRules(data: ParsedData, err: Report) {
  checkTexts(data, err);
  if (data.masterplan?.figures) checkFigures(data.masterplan, err);
  if (data.masterplan?.council && data.actors) checkMasterplanActors(data.masterplan, new Set(data.actors.map((a) => a.id)), err);
  if (data.actors) checkItemRules('actors', data.actors as never, err);
  if (data.projects) checkItemRules('projects', data.projects, err);
}
