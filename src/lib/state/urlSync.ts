// The address follows the state, by a policy per mode. The app pushes a history entry per settled
// change, so back/forward step through them; kiosk, embed and presentation replace the address and
// never add entries (an iframe's entries would be the partner page's Back button, an attract loop would
// flood the history); an export or a standalone figure writes nothing.
import type { Mode } from './url.ts';

export type UrlPolicy = 'push' | 'replace' | 'off';

export const URL_POLICY: Record<Mode, UrlPolicy> = {
  default: 'push',
  kiosk: 'replace',
  embed: 'replace',
  present: 'replace'
};

export interface UrlWriter {
  /** Writes `search` after the burst of changes settles (a double tap makes one entry). */
  write(search: string): void;
  setPolicy(policy: UrlPolicy): void;
  readonly policy: UrlPolicy;
  dispose(): void;
}

interface Env {
  history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  location: Pick<Location, 'search' | 'pathname'>;
  setTimeout: (f: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

const browserEnv = (): Env => ({
  history,
  location,
  setTimeout: (f, ms) => globalThis.setTimeout(f, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as number)
});

export function createUrlWriter(initial: UrlPolicy, { settleMs = 120, env = browserEnv() }: { settleMs?: number; env?: Env } = {}): UrlWriter {
  let policy = initial;
  let timer: unknown;
  const flush = (search: string) => {
    if (policy === 'off' || search === env.location.search) return;
    const url = search || env.location.pathname;
    if (policy === 'push') env.history.pushState(null, '', url);
    else env.history.replaceState(env.history.state, '', url);
  };
  return {
    get policy() {
      return policy;
    },
    write(search) {
      env.clearTimeout(timer);
      if (policy === 'off') return;
      timer = env.setTimeout(() => flush(search), settleMs);
    },
    setPolicy(next) {
      policy = next;
      if (next === 'off') env.clearTimeout(timer);
    },
    dispose() {
      env.clearTimeout(timer);
    }
  };
}
