// The kiosk's idle time: `?idle=` in seconds, 5…3600, default 90; and the timer that fires after
// that long without input. The clock is injected, so the logic runs in tests without waiting.

export const IDLE_DEFAULT_S = 90;
export const IDLE_MIN_S = 5;
export const IDLE_MAX_S = 3600;

/** Whole seconds from 5 to 3600; anything else (missing, not a number, out of range) is null. */
export function parseIdle(raw: string | null): number | null {
  if (raw === null || !/^\d{1,4}$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n >= IDLE_MIN_S && n <= IDLE_MAX_S ? n : null;
}

/** The idle time to use: the URL's value or the default. */
export const idleSeconds = (idle: number | null): number => idle ?? IDLE_DEFAULT_S;

export interface Clock {
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export const browserClock: Clock = {
  setTimeout: (f, ms) => globalThis.setTimeout(f, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as number)
};

export interface IdleTimer {
  /** Input happened: start counting again. */
  poke(): void;
  /** Stop counting until the next poke (e.g. while the attract loop runs). */
  pause(): void;
  dispose(): void;
}

/** Calls onIdle once after `ms` without a poke; a poke after that starts a new count. */
export function createIdleTimer(ms: number, onIdle: () => void, clock: Clock = browserClock): IdleTimer {
  let id: unknown = null;
  let disposed = false;
  const stop = () => {
    if (id !== null) clock.clearTimeout(id);
    id = null;
  };
  return {
    poke() {
      if (disposed) return;
      stop();
      id = clock.setTimeout(() => {
        id = null;
        onIdle();
      }, ms);
    },
    pause: stop,
    dispose() {
      disposed = true;
      stop();
    }
  };
}
