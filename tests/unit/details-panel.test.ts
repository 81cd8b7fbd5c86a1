import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { renderView } from './render.ts';
import DetailsPanel from '../../src/components/DetailsPanel.svelte';

// The details panel of every lighthouse project lists its indications, read here straight from the data
// files (not through the derivation), so dropping the row from the panel or the derivation fails.
const projects = JSON.parse(readFileSync('data/projects.json', 'utf8')).projects as { id: string; indications: { value: string[] | 'unknown' } }[];
const vocab = JSON.parse(readFileSync('data/vocabulary.json', 'utf8'));
const labels = Object.fromEntries(['de', 'en'].map((l) => [l, new Map<string, string>(vocab.indications.map((t: { id: string; label: Record<string, string> }) => [t.id, t.label[l]]))]));
const heading = { de: 'Indikationen', en: 'Indications' };
const unknown = { de: 'unbekannt', en: 'unknown' };

const cases = (['de', 'en'] as const).flatMap((lang) => projects.map((p) => ({ lang, p })));

describe('details panel: the indications row of a project', () => {
  it('covers projects with and without known indications', () => {
    expect(projects.some((p) => p.indications.value === 'unknown')).toBe(true);
    expect(projects.some((p) => Array.isArray(p.indications.value) && p.indications.value.length > 1)).toBe(true);
  });

  it.each(cases)('$p.id ($lang)', async ({ lang, p }) => {
    const { container } = renderView(DetailsPanel, { search: `?sel=p.${p.id}${lang === 'en' ? '&lang=en' : ''}` });
    // the panel's derivation arrives with the first selection
    await waitFor(() => expect(container.querySelector('aside.details')).toBeTruthy());
    const dts = [...container.querySelectorAll('aside.details dt')];
    const dt = dts.find((d) => d.textContent?.trim() === heading[lang]);
    expect(dt, `row "${heading[lang]}" in ${dts.map((d) => d.textContent).join(' | ')}`).toBeTruthy();
    const dd = dt!.nextElementSibling!;
    expect(dd.tagName).toBe('DD');
    const v = p.indications.value;
    const want = v === 'unknown' ? unknown[lang] : v.map((id) => labels[lang].get(id)).join(', ');
    expect(dd.querySelector('span')?.textContent).toBe(want);
  });
});
