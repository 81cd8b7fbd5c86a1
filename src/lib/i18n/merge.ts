// One language's message files merged into one table: map.json's "reset" becomes "map.reset".
export type Messages = Record<string, string>;

export function mergeMessages(files: Record<string, Messages>): Messages {
  const out: Messages = {};
  for (const [path, messages] of Object.entries(files)) {
    const m = /\/([\w-]+)\.json$/.exec(path);
    if (m) for (const [key, value] of Object.entries(messages)) out[`${m[1]}.${key}`] = value;
  }
  return out;
}
