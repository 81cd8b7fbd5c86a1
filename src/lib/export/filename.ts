// File names of exports say what they show: app, view, active filter values, the year of the data.
// e.g. lsn-branchenmodell-onkologie-2009.svg. Pure.
import { fileSlug as slug } from '../utils/csv.ts';

const MAX_LENGTH = 100;

/**
 * `lsn-<view>-<filter values…>-2009.<ext>`; the view's and the filters' names in the UI language.
 * Long combinations are cut at a word joint so the name stays under MAX_LENGTH characters.
 */
export function exportFileName(viewName: string, filterLabels: readonly string[], ext: string, suffix = ''): string {
  const tail = `-2009${suffix ? '-' + slug(suffix) : ''}.${ext}`;
  let body = ['lsn', slug(viewName), ...filterLabels.map(slug)].filter(Boolean).join('-');
  while (body.length + tail.length > MAX_LENGTH && body.includes('-')) body = body.slice(0, body.lastIndexOf('-'));
  return body + tail;
}
