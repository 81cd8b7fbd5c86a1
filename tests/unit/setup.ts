import '@testing-library/jest-dom/vitest';

// jsdom has no layout: charts fall back to a default width and need only a stub observer.
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
import { loadMessages } from '../../src/lib/i18n/i18n.ts';

await Promise.all([loadMessages('de'), loadMessages('en')]);
