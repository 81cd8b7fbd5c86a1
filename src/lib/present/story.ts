// The presentation's story (data/story.json): steps, each a real app state (view, filters, selection)
// with a title, one key sentence, its source and speaker notes; a step's sub-steps refine its state and
// sentence. Flattened, every step and sub-step is one number of `step=` (1…N). The file is imported at
// build time into the presentation's own chunk and checked here; a broken story names file, place and
// what was expected. Pure.
import * as v from 'valibot';
import { Sources, Translated } from '../data/schema.ts';
import { DIMENSIONS, NO_FILTERS, type Dimension, type Filters } from '../state/filters.ts';
import { VIEWS, type Selection, type UrlState, type ViewId } from '../state/url.ts';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9+-]*$/, 'an id of a–z, 0–9, "-", "+"'));
const StepFilters = v.record(v.picklist(DIMENSIONS, `a filter dimension (${DIMENSIONS.join(', ')})`), Id);
const Sel = v.nullable(v.pipe(v.string(), v.regex(/^[ap]\.[a-z0-9][a-z0-9-]*$/, '"a.<actor id>" or "p.<project id>"')));
const Sub = v.strictObject({ id: Id, filters: StepFilters, selection: Sel, key: Translated, notes: Translated });
const Step = v.strictObject({
  id: Id,
  view: v.picklist(VIEWS, `a view (${VIEWS.join(', ')})`),
  filters: StepFilters,
  selection: Sel,
  title: Translated,
  key: Translated,
  src: Sources,
  notes: Translated,
  sub: v.array(Sub)
});
export const StoryFile = v.strictObject({ stand: v.literal('2009'), steps: v.pipe(v.array(Step), v.minLength(1, 'at least one step')) });
export type Story = v.InferOutput<typeof StoryFile>;

export interface FlatStep {
  /** 1…N, the URL's step */
  n: number;
  id: string;
  /** 1-based part within its step and how many parts the step has (1 = the step itself) */
  part: number;
  parts: number;
  view: ViewId;
  filters: Filters;
  selected: Selection | null;
  title: Translated;
  key: Translated;
  src: Story['steps'][number]['src'];
  notes: Translated;
}

/** Checks the file; the error names the file, the JSON path and what was expected. */
export function parseStory(json: unknown, file = 'data/story.json'): Story {
  const r = v.safeParse(StoryFile, json);
  if (r.success) return r.output;
  const lines = r.issues.map((i) => `${file} $${(i.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('')}: expected ${i.expected ?? i.message}, found ${i.received}`);
  throw new Error(lines.join('\n'));
}

const selection = (s: string | null): Selection | null => (s ? { kind: s[0] === 'a' ? 'actor' : 'project', id: s.slice(2) } : null);
const filtersOf = (f: Partial<Record<Dimension, string>>): Filters => ({ ...NO_FILTERS, ...f }) as Filters;

/** Steps and sub-steps in order, numbered 1…N; a sub-step keeps its step's filters and adds its own. */
export function flattenStory(story: Story): FlatStep[] {
  const out: FlatStep[] = [];
  for (const s of story.steps) {
    const parts = 1 + s.sub.length;
    const base = { id: s.id, parts, view: s.view, title: s.title, src: s.src };
    out.push({ ...base, n: out.length + 1, part: 1, filters: filtersOf(s.filters), selected: selection(s.selection), key: s.key, notes: s.notes });
    s.sub.forEach((u, i) =>
      out.push({ ...base, id: `${s.id}.${u.id}`, n: out.length + 1, part: i + 2, filters: filtersOf({ ...s.filters, ...u.filters }), selected: selection(u.selection ?? s.selection), key: u.key, notes: u.notes })
    );
  }
  return out;
}

/** The app state of a step: its view, filters and selection; language, mode, theme and window stay. */
export function stepState(step: FlatStep): Partial<UrlState> {
  return { view: step.view, filters: step.filters, selected: step.selected, step: step.n };
}

/** True while the app shows exactly the step's state (no live filtering since). */
export function onStory(step: FlatStep, s: Pick<UrlState, 'view' | 'filters' | 'selected'>): boolean {
  return (
    s.view === step.view &&
    DIMENSIONS.every((d) => s.filters[d] === step.filters[d]) &&
    (s.selected?.kind ?? null) === (step.selected?.kind ?? null) &&
    (s.selected?.id ?? null) === (step.selected?.id ?? null)
  );
}
