// A file that fails to load says what is wrong in the reader's language; the technical detail is folded.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import DataProblems from '../../src/components/DataProblems.svelte';
import type { DataProblem, ProblemCode } from '../../src/lib/data/files.ts';
import { countMessages, type Summary } from '../../src/lib/derive/summary.ts';
import { renderView } from './render.ts';

const problem = (code: ProblemCode, found: string): DataProblem => ({ file: 'actors.json', path: '$', expected: 'JSON', found, level: 'error', code });

describe('DataProblems', () => {
  it.each([
    ['missing', 'de', 'Die Datei actors.json fehlt auf dem Server.'],
    ['html', 'de', 'Die Datei actors.json fehlt auf dem Server.'],
    ['html', 'en', 'The file actors.json is missing on the server.'],
    ['network', 'de', 'Die Datei actors.json konnte nicht geladen werden'],
    ['truncated', 'en', 'The file actors.json arrived incomplete.'],
    ['json', 'de', 'Die Datei actors.json ist beschädigt (kein gültiges JSON).'],
    ['field', 'de', 'Die Datei actors.json enthält Werte, die die Ansicht nicht lesen kann.']
  ] as [ProblemCode, string, string][])('%s in %s: %s', (code, lang, sentence) => {
    const { container } = renderView(DataProblems, { search: lang === 'en' ? 'lang=en' : '', props: { problems: [problem(code, 'a web page (HTML)')] } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(sentence);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('ul')!.getAttribute('lang')).toBe('en');
    expect(details.textContent).toContain('actors.json $: expected JSON, found a web page (HTML)');
    // the reader's sentence never mixes in the technical English
    expect(alert.querySelector(':scope > p:nth-of-type(2)')!.textContent).not.toContain('expected');
  });
});

describe('countMessages', () => {
  const s: Summary = { projects: { match: 0, unknown: 0, n: 0 }, actors: { match: 5, unknown: 0, n: 51 }, unknownBy: {}, active: [] };
  it.each([
    [false, { projects: false, actors: false }, ['summary.all']],
    [false, { projects: true, actors: false }, ['problem.projectsMissing', 'problem.allActors']],
    [true, { projects: true, actors: false }, ['problem.projectsMissing', 'problem.filteredActors']],
    [false, { projects: false, actors: true }, ['problem.actorsMissing', 'problem.allProjects']],
    [true, { projects: false, actors: false }, ['summary.filtered']],
    [true, { projects: true, actors: true }, ['problem.projectsMissing', 'problem.actorsMissing']]
  ])('filtered %s, missing %j', (filtered, missing, keys) => {
    expect(countMessages(s, filtered, 'x', missing).map(([k]) => k)).toEqual(keys);
  });
  it('never counts a missing layer as zero', () => {
    const parts = countMessages(s, false, '', { projects: true, actors: false });
    expect(parts.flatMap(([, p]) => Object.keys(p))).not.toContain('projects');
  });
});
