// Which shell draws which mode: chosen in this one place from the URL's `mode`. The app's own shell is
// part of the main bundle; the others load as chunks of their own, only when their mode is asked for.
import type { Component } from 'svelte';
import type { Mode } from '../lib/state/url.ts';
import { withMessages } from '../lib/i18n/i18n.ts';
import { lazy } from '../lib/utils/lazy.ts';

export type ShellLoader = () => Promise<{ default: Component }>;

/** Modes without an entry fall back to the app's own shell. */
export const SHELL_LOADERS: Partial<Record<Exclude<Mode, 'default'>, ShellLoader>> = {
  embed: lazy(() => import('./EmbedShell.svelte')),
  kiosk: lazy(withMessages(() => import('./KioskShell.svelte'))),
  present: lazy(withMessages(() => import('./PresentShell.svelte')))
};
