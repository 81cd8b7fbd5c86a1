import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// fragments 'tree': a component's DOM is built element by element, not parsed from an HTML string.
// At the start every template is built for the first time, and parsing each one was the largest part
// of drawing a view (a profile of the start); it also works under a Trusted Types policy
// (require-trusted-types-for 'script'), which a partner's Content Security Policy may set.
export default { preprocess: vitePreprocess(), compilerOptions: { runes: true, fragments: 'tree' } };
