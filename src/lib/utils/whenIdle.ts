// Runs `fn` once the browser is idle (Safari has no requestIdleCallback: shortly after, then).
export function whenIdle(fn: () => void, timeout?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, timeout === undefined ? {} : { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, timeout ?? 200);
  return () => clearTimeout(id);
}
