import { describe, expect, it } from 'vitest';
import { copyText, type CopyEnv } from './copy.ts';

function env(over: Partial<CopyEnv> & { log?: string[] } = {}): CopyEnv & { log: string[] } {
  const log = over.log ?? [];
  return { select: () => log.push('select'), execCopy: () => (log.push('exec'), true), ...over, log };
}

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const e = env({ writeText: async (t) => void e.log.push('write:' + t) });
    expect(await copyText('<iframe>', e)).toBe('copied');
    expect(e.log).toEqual(['write:<iframe>']);
  });
  it.each<[string, Partial<CopyEnv>, 'copied' | 'selected', string[]]>([
    ['no Clipboard API: select and execCommand', {}, 'copied', ['select', 'exec']],
    ['Clipboard API denied: falls back', { writeText: () => Promise.reject(new Error('denied')) }, 'copied', ['select', 'exec']],
    ['execCommand refuses: the text stays selected', { execCopy: () => false }, 'selected', ['select']],
    ['execCommand throws: the text stays selected', { execCopy: () => { throw new Error('no'); } }, 'selected', ['select']]
  ])('%s', async (_name, over, result, log) => {
    const e = env(over);
    expect(await copyText('x', e)).toBe(result);
    expect(e.log.filter((l) => l === 'select' || l === 'exec')).toEqual(log);
  });
});
