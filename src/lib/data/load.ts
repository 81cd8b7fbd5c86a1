// The one place the app loads its data. Every file is fetched from the app's own origin (dist/data/),
// validated, and a broken file only disables the views that need it.
import { DATA_FILES, FILE_KEYS, validateData, type FileKey } from './validate.ts';
import { buildModel, type ClusterData } from './model.ts';

export async function loadClusterData(base = './data/', fetchFn: typeof fetch = fetch): Promise<ClusterData> {
  const raw: Partial<Record<FileKey, string | null>> = {};
  await Promise.all(
    FILE_KEYS.map(async (key) => {
      try {
        const res = await fetchFn(base + DATA_FILES[key]);
        raw[key] = res.ok ? await res.text() : null;
      } catch {
        raw[key] = null;
      }
    })
  );
  const { data, problems, broken } = validateData(raw);
  return buildModel(data, problems, broken);
}
