// A message split around the counts it contains, so each count can carry data-count/data-value in
// the DOM while the sentence still comes whole from the messages. Pure.
export interface CountPart {
  text: string;
  /** data-count key, only on the parts that are counts */
  count?: string;
  value?: number;
}

const MARK = '\u0001';

export function countParts(
  t: (key: string, params?: Record<string, string | number>) => string,
  number: (n: number) => string,
  key: string,
  params: Record<string, string | number>,
  counts: Record<string, { key: string; value: number }>
): CountPart[] {
  const marked = { ...params, ...Object.fromEntries(Object.keys(counts).map((p) => [p, `${MARK}${p}${MARK}`])) };
  return t(key, marked)
    .split(MARK)
    .map((s, i) => (i % 2 === 1 && counts[s] ? { text: number(counts[s].value), count: counts[s].key, value: counts[s].value } : { text: s }))
    .filter((p) => p.text !== '' || p.count);
}
