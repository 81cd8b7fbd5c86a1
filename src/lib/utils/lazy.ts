// A module fetched on first use and remembered: the data tables, shown only when a reader switches to
// them, are chunks of their own. A failed fetch is forgotten, so the next use tries again.
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}
