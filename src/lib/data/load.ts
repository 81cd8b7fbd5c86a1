// The one place the app loads its data. Every file is fetched from the app's own origin (dist/data/),
// validated, and a broken file only disables the views that need it. The first load takes the lean copies
// of actors and projects (lean.ts); the full files with every source follow when the browser is idle.
import { DATA_FILES, FILE_KEYS, validateData, type FileKey } from './validate.ts';
import { buildModel, type ClusterData } from './model.ts';
import { LEAN_FILES } from './lean.ts';
import { inlineData } from '../export/inline.ts';

// Each address is fetched once: the full load after the lean one asks again only for what differs.
const fetched = new Map<string, Promise<string | null>>();

function fetchText(url: string, fetchFn: typeof fetch): Promise<string | null> {
  const inline = inlineData(url); // the offline single file carries its data in the page
  if (inline !== null) return Promise.resolve(inline);
  let p = fetched.get(url);
  if (!p) {
    p = fetchFn(url)
      .then((res) => (res.ok ? res.text() : null))
      .catch(() => null);
    fetched.set(url, p);
  }
  return p;
}

export async function loadClusterData(
  { base = './data/', lean = false, fetchFn = fetch }: { base?: string; lean?: boolean; fetchFn?: typeof fetch } = {}
): Promise<ClusterData> {
  const raw: Partial<Record<FileKey, string | null>> = {};
  let leanLoaded = lean;
  await Promise.all(
    FILE_KEYS.map(async (key) => {
      const leanName = lean && (key === 'actors' || key === 'projects') ? LEAN_FILES[key] : null;
      raw[key] = leanName ? await fetchText(base + leanName, fetchFn) : await fetchText(base + DATA_FILES[key], fetchFn);
      // No lean copy (a hand-made deployment): take the full file.
      if (leanName && raw[key] === null) {
        raw[key] = await fetchText(base + DATA_FILES[key], fetchFn);
        leanLoaded = false;
      }
    })
  );
  const { data, problems, broken } = validateData(raw, { lean: leanLoaded });
  return buildModel(data, problems, broken);
}
