// Self-healing in kiosk mode: an uncaught error or unhandled rejection shows the visitor nothing;
// a few seconds later the start view is reloaded, at most once a minute (reloadGuard.ts), and in
// between the app itself goes back to the start instead.
import { claimReload, RELOAD_DELAY_MS } from './reloadGuard.ts';

export interface HealEnv {
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | null;
  now: () => number;
  setTimeout: (f: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** a reload that adds no history entry (location.replace) */
  reload: (url: string) => void;
}

const browserEnv = (): HealEnv => ({
  target: window,
  storage: () => {
    try {
      return sessionStorage;
    } catch {
      return null;
    }
  },
  now: () => Date.now(),
  setTimeout: (f, ms) => globalThis.setTimeout(f, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as number),
  reload: (url) => location.replace(url)
});

/** The browser reports a ResizeObserver that needed two rounds as an error; nothing is broken. */
export const isBenign = (e: Event): boolean =>
  'message' in e && !(e as ErrorEvent).error && /ResizeObserver loop/.test(String((e as ErrorEvent).message));

/** Installs the handlers; returns their teardown. `startUrl()` is the address of the start view. */
export function installSelfHeal(
  startUrl: () => string,
  softReset: () => void,
  { env = browserEnv(), delayMs = RELOAD_DELAY_MS }: { env?: HealEnv; delayMs?: number } = {}
): () => void {
  let pending: unknown = null;
  const heal = () => {
    pending = null;
    if (claimReload(env.storage(), env.now())) env.reload(startUrl());
    else softReset();
  };
  const onFault = (e: Event) => {
    if (isBenign(e)) return;
    e.preventDefault();
    if (pending === null) pending = env.setTimeout(heal, delayMs);
  };
  env.target.addEventListener('error', onFault);
  env.target.addEventListener('unhandledrejection', onFault);
  return () => {
    if (pending !== null) env.clearTimeout(pending);
    env.target.removeEventListener('error', onFault);
    env.target.removeEventListener('unhandledrejection', onFault);
  };
}
