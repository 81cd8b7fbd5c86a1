// valibot issues as problems a data maintainer can act on: the deepest issue of a union, a missing
// field named as such with what it may hold, a wrong choice with the allowed values and the nearest one.
import type * as v from 'valibot';
import { describe, type DataProblem } from './files.ts';
import { allowedList, nearest } from './suggest.ts';

type Issue = v.BaseIssue<unknown>;
type Problem = Omit<DataProblem, 'file' | 'level'>;
type AnySchema = { type: string; entries?: Record<string, AnySchema>; item?: AnySchema; wrapped?: AnySchema; options?: unknown[]; literal?: unknown; value?: AnySchema; expects?: string; message?: unknown };

export const pathOf = (issue: Issue): string =>
  '$' + (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');

/** Unions report "invalid type" at the parent; the nested issue is the helpful one. */
export function deepestIssue(issue: Issue): Issue {
  let best = issue;
  for (const sub of issue.issues ?? []) {
    const d = deepestIssue(sub);
    if ((d.path?.length ?? 0) > (best.path?.length ?? 0)) best = d;
  }
  return best;
}

/** The schema at a path of keys below `root` (optional and nullable wrappers looked through). */
export function schemaAt(root: AnySchema, keys: (string | number)[]): AnySchema | null {
  let s: AnySchema | undefined = root;
  for (const key of keys) {
    while (s?.wrapped) s = s.wrapped;
    if (!s) return null;
    if (s.options && typeof s.options[0] === 'object') {
      // a union or variant: the first option that has this key
      const options = s.options as AnySchema[];
      s = options.map((o) => schemaAt(o, [key])).find(Boolean) ?? undefined;
      continue;
    }
    if (s.entries) s = s.entries[String(key)];
    else if (s.item) s = s.item;
    else if (s.type === 'record') s = s.value;
    else return null;
  }
  while (s?.wrapped) s = s.wrapped;
  return s ?? null;
}

/** The literal values a schema allows, if it is a choice between literals. */
export function choicesOf(schema: AnySchema | null): string[] | null {
  if (!schema) return null;
  if (schema.type === 'picklist') return (schema.options as unknown[]).map(String);
  if (schema.type === 'literal') return [String(schema.literal)];
  if (schema.type === 'union' || schema.type === 'variant') {
    const all = (schema.options as AnySchema[]).map(choicesOf);
    return all.every(Boolean) ? all.flat() as string[] : null;
  }
  return null;
}

/** What a schema holds, in words: "one of: in, extern", "a list", "a number". */
export function expectation(schema: AnySchema | null): string {
  const choices = choicesOf(schema);
  if (choices) return `one of: ${allowedList(choices)}`;
  if (!schema) return 'a value';
  if (typeof schema.message === 'string') return schema.message;
  if (schema.entries?.de && schema.entries?.en) return 'a text {"de": "…", "en": "…"}';
  const words: Record<string, string> = { array: 'a list', string: 'a text', number: 'a number', boolean: 'true or false', object: 'an object', strict_object: 'an object', loose_object: 'an object', record: 'an object', nullable: 'a value or null' };
  return words[schema.type] ?? '';
}

/** One problem per issue, named in the maintainer's terms. */
export function problemOf(issue: Issue, root: AnySchema): Problem {
  const leaf = deepestIssue(issue);
  const path = pathOf(leaf);
  const keys = (leaf.path ?? []).map((p) => p.key as string | number);
  const missing = leaf.input === undefined && leaf.kind === 'schema' && /^".*"$/.test(leaf.expected ?? '');
  if (missing) return { path, code: 'field', expected: expectation(schemaAt(root, keys)), found: 'nothing' };
  const options = leaf.type === 'picklist' || leaf.type === 'literal' ? choicesOf(schemaAt(root, keys)) : null;
  if (options && typeof leaf.input === 'string') {
    const near = nearest(leaf.input, options.map((id) => ({ id })));
    return { path, code: 'value', expected: `one of: ${allowedList(options)}`, found: describe(leaf.input), hint: near ? `did you mean "${near}"?` : undefined };
  }
  return { path, code: 'value', expected: leaf.expected ?? leaf.message, found: leaf.received ?? describe(leaf.input) };
}
