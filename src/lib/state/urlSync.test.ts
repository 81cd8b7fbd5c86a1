import { describe, expect, it } from 'vitest';
import { createUrlWriter, URL_POLICY, type UrlPolicy } from './urlSync.ts';

function fakeEnv(search = '') {
  const calls: string[] = [];
  const timers: (() => void)[] = [];
  const env = {
    history: {
      state: null,
      pushState: (_: unknown, __: string, url: string) => { calls.push('push ' + url); env.location.search = url.startsWith('?') ? url : ''; },
      replaceState: (_: unknown, __: string, url: string) => { calls.push('replace ' + url); env.location.search = url.startsWith('?') ? url : ''; }
    },
    location: { search, pathname: '/app/' },
    setTimeout: (f: () => void) => timers.push(f) - 1,
    clearTimeout: (id: unknown) => { if (typeof id === 'number') timers[id] = () => {}; }
  };
  const settle = () => timers.splice(0).forEach((f) => f());
  return { env, calls, settle };
}

describe('createUrlWriter', () => {
  it.each<[UrlPolicy, string[]]>([
    ['push', ['push ?v=map']],
    ['replace', ['replace ?v=map']],
    ['off', []]
  ])('policy %s', (policy, expected) => {
    const { env, calls, settle } = fakeEnv();
    const w = createUrlWriter(policy, { env });
    w.write('?v=map');
    settle();
    expect(calls).toEqual(expected);
  });

  it('a burst of changes makes one entry, with the last state', () => {
    const { env, calls, settle } = fakeEnv();
    const w = createUrlWriter('push', { env });
    w.write('?b=mt');
    w.write('?b=bt');
    w.write('?b=ph');
    settle();
    expect(calls).toEqual(['push ?b=ph']);
  });

  it('the default state writes the bare path; an unchanged address writes nothing', () => {
    const { env, calls, settle } = fakeEnv('?v=map');
    const w = createUrlWriter('push', { env });
    w.write('?v=map');
    settle();
    w.write('');
    settle();
    expect(calls).toEqual(['push /app/']);
  });

  it('switching off drops a pending write', () => {
    const { env, calls, settle } = fakeEnv();
    const w = createUrlWriter('replace', { env });
    w.write('?v=map');
    w.setPolicy('off');
    settle();
    expect(calls).toEqual([]);
  });

  it('only the app itself adds history entries', () => {
    expect(URL_POLICY).toEqual({ default: 'push', kiosk: 'replace', embed: 'replace', present: 'replace' });
  });
});
