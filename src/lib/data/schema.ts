// Schemas of the data package (docs/DATA.md). valibot: typed output and every issue at once. Used by
// check:data and the build; the browser imports only its types (and runs guard.ts).
import * as v from 'valibot';
import { REGIONS } from './files.ts';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'a non-empty string'));

export const Translated = v.strictObject({ de: nonEmpty, en: nonEmpty });
export const ProperName = v.strictObject({ name: v.string() });
/** A label: translated, or a proper name that is never translated. */
export const Text = v.union([Translated, ProperName], 'a text: {"de","en"} or {"name"}');

const Masterplan = v.strictObject({ kind: v.literal('masterplan'), ref: nonEmpty, note: v.optional(Translated) });
const Public = v.strictObject({
  kind: v.literal('public'),
  title: nonEmpty,
  url: v.pipe(v.string(), v.startsWith('https://', 'an https:// address'), v.url()),
  publisher: v.optional(nonEmpty),
  note: v.optional(Translated)
});
const Reasoned = (kind: 'derived' | 'unconfirmed' | 'reading') =>
  v.strictObject({ kind: v.literal(kind), reason: Translated });
export const Source = v.variant('kind', [Masterplan, Public, Reasoned('derived'), Reasoned('unconfirmed'), Reasoned('reading')]);
export const Sources = v.pipe(v.array(Source), v.minLength(1, 'at least one source'));

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9+-]*$/, 'an id of a–z, 0–9, "-", "+"'));
const IdList = v.union([v.array(Id), v.literal('unknown')], 'an array of ids or "unknown"');

// ---------- vocabulary.json ----------
const Term = v.object({ id: Id, label: Text, aliases: v.array(nonEmpty), src: Sources });
export const VocabularyFile = v.strictObject({
  stand: v.literal('2009'),
  branches: v.array(Term),
  sides: v.array(Term),
  fields: v.array(Term),
  indications: v.array(Term),
  stages: v.array(
    v.object({
      ...Term.entries,
      group: v.picklist(['chain', 'sub', 'supply', 'support']),
      parent: v.optional(Id),
      order: v.optional(v.number())
    })
  ),
  laender: v.array(v.object({ ...Term.entries, ags: v.pipe(v.string(), v.regex(/^\d\d$/)) })),
  kreise: v.array(
    v.object({
      ...Term.entries,
      id: v.pipe(v.string(), v.regex(/^\d{5}$/, 'a 5-digit AGS')),
      land: Id,
      kind: v.picklist(['city', 'district'])
    })
  ),
  types: v.array(Term)
});

// ---------- actors.json / projects.json ----------
export { REGIONS, type Region } from './files.ts';

const src = Sources;
export const Site = v.strictObject({
  id: v.optional(Id),
  city: Text,
  land: Id,
  kreis: v.pipe(v.string(), v.regex(/^\d{5}$/, 'a 5-digit AGS')),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  address: v.optional(nonEmpty),
  /** "city": only the city is confirmed; the point is its town hall (docs/DATA.md) */
  precision: v.optional(v.literal('city')),
  src
});

const val = <T extends v.GenericSchema>(value: T) => v.strictObject({ value, src });
const Profile = {
  branches: val(v.union([v.array(Id), v.literal('none'), v.literal('unknown')], 'an array of branch ids, "none" or "unknown"')),
  sides: val(IdList),
  fields: val(IdList),
  indications: val(IdList),
  stages: val(IdList)
};

export const Actor = v.strictObject({
  id: Id,
  name: Text,
  short: v.optional(nonEmpty),
  type: Id,
  region: v.picklist(['in', 'extern']),
  mentioned: v.array(Source),
  count: v.nullable(
    v.strictObject({
      group: v.picklist(['uni', 'clinic', 'institute']),
      status: v.literal('unconfirmed'),
      reason: Translated
    })
  ),
  sites: v.array(Site),
  ...Profile,
  description: v.optional(Translated),
  url: v.optional(v.pipe(v.string(), v.url()))
});
export const ActorsFile = v.strictObject({ stand: v.literal('2009'), actors: v.array(Actor) });

export const Project = v.strictObject({
  id: Id,
  short: nonEmpty,
  name: Text,
  description: Translated,
  placement: v.strictObject({ region: v.picklist(REGIONS), side: v.picklist(['th', 'dx', 'both']), src: Sources }),
  ...Profile,
  partners: val(IdList),
  sites: v.array(Site),
  url: v.optional(v.pipe(v.string(), v.url()))
});
export const ProjectsFile = v.strictObject({ stand: v.literal('2009'), projects: v.array(Project) });

// ---------- masterplan.json: the figures of the presentation (Abb. 1, 6, §2, §4.1–4.4, §5) ----------
const Recommendations = v.array(Translated);
const FIGURE_KEYS = {
  /** diseases of ageing and Hightech drivers of §2, each possibly linked to an indication axis (derived) */
  trendItems: v.optional(
    v.array(
      v.object({
        trend: Id,
        kind: v.picklist(['diseases', 'drivers']),
        items: v.array(v.object({ id: Id, label: Translated, indication: v.nullable(Id) })),
        src: Sources
      })
    )
  ),
  vision: v.optional(v.object({ label: Translated, text: Translated, drivers: Translated, src: Sources })),
  /** per strategy field of Abb. 6: the Handlungsempfehlungen, the areas of §4.2, the strategies and regions of §4.4 */
  strategyDetails: v.optional(
    v.array(
      v.object({
        field: Id,
        themes: v.array(Id),
        recommendations: Recommendations,
        areas: v.array(v.object({ id: Id, label: Translated, recommendations: Recommendations })),
        strategies: Recommendations,
        regions: v.array(Translated),
        src: Sources
      })
    )
  ),
  outlook: v.optional(v.object({ text: Translated, goal: Translated, src: Sources })),
  /** the centre of Abb. 6 */
  strategyCenter: v.optional(v.object({ label: Translated, src: Sources }))
};

// ---------- masterplan.json ----------
const Percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));
export const MasterplanFile = v.object({
  stand: v.literal('2009'),
  document: v.object({ title: Text, year: v.number(), publisher: Text, credit: Translated, motto: Translated, src: Sources }),
  counts: v.array(v.object({ id: Id, value: v.number(), qualifier: v.picklist(['about', 'exact']), label: Translated, src: Sources })),
  market: v.array(v.object({ id: Id, year: v.number(), value: v.number(), unit: Translated, label: Translated, src: Sources })),
  branchModel: v.object({
    shares: v.array(v.object({ branch: Id, percent: Percent, src: Sources })),
    sharesOf: Translated,
    sides: v.array(v.object({ side: Id, percent: Percent, src: Sources })),
    unassigned: v.object({ count: v.number(), label: Translated, src: Sources }),
    overlapOrder: v.array(v.object({ smaller: v.picklist(REGIONS), larger: v.picklist(REGIONS), src: Sources })),
    overlapNote: Translated,
    caption: Translated,
    src: Sources
  }),
  fields: v.array(v.object({ field: Id, src: Sources })),
  coverage: v.array(v.object({ field: Id, degree: v.picklist(['all', 'large', 'high']), label: Translated, src: Sources })),
  coverageNote: Translated,
  radars: v.array(
    v.object({
      field: Id,
      axes: v.array(v.object({ indication: Id, level: v.picklist(['dominant', 'named']) })),
      src: Sources
    })
  ),
  radarNote: Translated,
  medizinwerft: v.object({
    chain: v.array(Id),
    sub: v.record(v.string(), v.array(Id)),
    supply: v.array(Id),
    support: v.array(Id),
    notes: v.record(v.string(), Translated),
    frame: v.object({ label: Translated, role: Translated, src: Sources }),
    /** the heading Abb. 5 gives the supply group */
    supplyLabel: v.object({ label: Translated, detail: Translated, src: Sources }),
    /** the sources of the split into supply and support (a reading of the figure) */
    groupsSrc: Sources,
    caption: Translated,
    src: Sources
  }),
  trends: v.array(v.object({ id: Id, label: Translated, text: Translated, src: Sources })),
  strategyFields: v.array(v.object({ id: Id, number: v.number(), label: Translated, goal: Translated, src: Sources })),
  todayFuture: v.object({
    today: v.object({ label: Translated, text: Translated, src: Sources }),
    future: v.object({ label: Translated, text: Translated, src: Sources }),
    strategy: Translated,
    illustrative: v.boolean(),
    src: Sources
  }),
  transferLevels: v.object({
    sides: v.array(Translated),
    levels: v.array(v.object({ id: v.string(), label: Translated, example: v.nullable(Translated) })),
    src: Sources
  }),
  focusThemes: v.array(
    v.object({ id: Id, label: Translated, fields: v.array(Id), indications: v.array(Id), src: Sources })
  ),
  focusNote: Translated,
  newThemes: v.array(v.object({ id: Id, label: Translated, note: v.nullable(Translated), src: Sources })),
  /** every figure: its caption and its labels as printed (German), and its credit if it has one */
  figures: v.array(
    v.strictObject({
      ref: v.pipe(v.string(), v.regex(/^Abb\. \d+$/, 'a figure reference "Abb. N"')),
      caption: Translated,
      labels: v.array(nonEmpty),
      credit: v.nullable(nonEmpty)
    })
  ),
  council: v.object({ label: Text, founded: v.number(), role: Translated, members: v.array(Id), src: Sources }),
  norgentaFields: v.object({ items: v.array(Translated), src: Sources }),
  competenceLevels: v.object({
    levels: v.array(v.object({ id: Id, label: Translated, examples: Translated })),
    src: Sources
  }),
  settlementWindow: v.object({ fromYears: v.number(), toYears: v.number(), actors: v.array(Id), label: Translated, src: Sources }),
  ...FIGURE_KEYS
});

export const SiteFile = v.strictObject({
  contact: v.strictObject({ name: v.string(), email: v.string(), url: v.string() })
});

export type Text = v.InferOutput<typeof Text>;
export type Translated = v.InferOutput<typeof Translated>;
export type Source = v.InferOutput<typeof Source>;
export type Site = v.InferOutput<typeof Site>;
export type Actor = v.InferOutput<typeof Actor>;
export type Project = v.InferOutput<typeof Project>;
export type Vocabulary = v.InferOutput<typeof VocabularyFile>;
export type Masterplan = v.InferOutput<typeof MasterplanFile>;
export type SiteConfig = v.InferOutput<typeof SiteFile>;
