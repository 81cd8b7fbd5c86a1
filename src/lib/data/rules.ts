// Data rules that keep corrections from coming back (docs/DATA.md, "Rules").
import type { ParsedData, Report } from './files.ts';

export function checkRules(_data: ParsedData, _err: Report) {}
