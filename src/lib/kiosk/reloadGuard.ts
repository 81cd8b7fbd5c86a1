// Self-healing in kiosk mode: after an uncaught error the start view is reloaded, but never more
// than once a minute (a fault on start-up would otherwise reload for ever). The time of the last
// reload is kept in sessionStorage, which survives the reload and ends with the browser.

export const RELOAD_KEY = 'lsn-kiosk-reload';
export const RELOAD_MIN_GAP_MS = 60_000;
export const RELOAD_DELAY_MS = 4_000;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** True (and the time noted) when the last reload is at least a minute ago or unknown. */
export function claimReload(store: Store | null, now: number, minGapMs = RELOAD_MIN_GAP_MS): boolean {
  let last = NaN;
  try {
    last = Number(store?.getItem(RELOAD_KEY));
  } catch {
    // storage blocked: treat as no reload noted, but do not reload blindly either
    return false;
  }
  if (Number.isFinite(last) && last > 0 && now - last < minGapMs && now >= last) return false;
  try {
    store?.setItem(RELOAD_KEY, String(now));
  } catch {
    return false;
  }
  return store !== null;
}
