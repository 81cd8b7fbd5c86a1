// Remembers the last results of a pure function by its arguments (compared as JSON), so layouts that
// depend only on size and published figures are not recomputed when a filter changes.
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, size = 6): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = JSON.stringify(args);
    if (cache.has(key)) return cache.get(key)!;
    const result = fn(...args);
    cache.set(key, result);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return result;
  };
}
