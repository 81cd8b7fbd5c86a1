import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { screen } from '@testing-library/svelte';
import DetailsPanel from './DetailsPanel.svelte';
import { renderView } from '../../tests/unit/render.ts';

describe('DetailsPanel focus', () => {
  it('moves to the panel when an item is selected, and stays put on a language switch', async () => {
    const { explorer } = renderView(DetailsPanel);
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    explorer.select({ kind: 'project', id: 'moin' });
    flushSync();
    // the first selection brings the panel's derivation
    const close = await screen.findByRole('button', { name: /schließen/i });
    expect(document.activeElement).toBe(close);
    elsewhere.focus();
    explorer.setLang('en');
    flushSync();
    expect(document.activeElement).toBe(elsewhere);
    explorer.select({ kind: 'project', id: 'emb' });
    flushSync();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /close/i }));
    elsewhere.remove();
  });
});
