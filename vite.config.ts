/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { validateDataPlugin } from './scripts/vite-validate-data.ts';
import { compileHintsPlugin } from './scripts/vite-compile-hints.ts';
import { CSP, DEV_CSP } from './src/lib/embed/csp.ts';

export default defineConfig({
  // Relative base: dist/ works from any path on any static host and inside iframes.
  base: './',
  plugins: [svelte(), validateDataPlugin(), compileHintsPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // Everything the start needs in one chunk: left alone, the bundler cuts it into ~14 files along the
    // lazy chunks' shared imports, each a request and about 1 kB of gzip lost.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } }
  },
  // The served build runs under the strict CSP (docs/embed.md); so does every browser test.
  preview: { headers: { 'Content-Security-Policy': CSP } },
  server: { headers: { 'Content-Security-Policy': DEV_CSP } },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts']
        }
      }
    ]
  }
});
