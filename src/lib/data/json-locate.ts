// Where a JSON text first goes wrong, for check:data and the build (jsonc-parser, strict JSON).
import { parse, type ParseError } from 'jsonc-parser';

export function locateJsonError(text: string): number | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors.length ? errors[0].offset : null;
}
