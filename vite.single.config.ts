// The offline single file (npm run build:single): one chunk (the lazily imported English messages
// and mode shells included), every asset inlined; scripts/build-single.ts then puts code, styles and
// data into one HTML file.
import { mergeConfig } from 'vite';
import base from './vite.config.ts';

export default mergeConfig(base, {
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } }
  }
});
