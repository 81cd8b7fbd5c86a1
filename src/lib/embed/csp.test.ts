// The one policy string is the one served and documented: the static hosts' _headers file and the docs
// carry it verbatim, and the development variant differs only in allowing inline styles.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CSP, DEV_CSP } from './csp.ts';

const read = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');

describe('CSP', () => {
  it('is the policy of the embed issue, directive by directive', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *"
    );
  });
  it.each(['public/_headers', 'docs/embed.md'])('appears verbatim in %s', (path) => {
    expect(read(path)).toContain(CSP);
  });
  it('relaxes only style-src for the development server', () => {
    expect(DEV_CSP.split('; ').filter((d) => !CSP.includes(d))).toEqual(["style-src 'self' 'unsafe-inline'"]);
  });
});
