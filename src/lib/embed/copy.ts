// Copying the snippet: the Clipboard API where the page may use it, else the text is selected and
// copied with execCommand (insecure origins, older browsers, locked-down CMS previews); if even that
// fails, the text stays selected so Ctrl/⌘ + C copies it.
export type CopyResult = 'copied' | 'selected';

export interface CopyEnv {
  /** navigator.clipboard.writeText, when there is a clipboard */
  writeText?: (text: string) => Promise<void>;
  /** selects the text in the page (a textarea's select()) */
  select: () => void;
  /** document.execCommand('copy') on the selection */
  execCopy: () => boolean;
}

export async function copyText(text: string, env: CopyEnv): Promise<CopyResult> {
  if (env.writeText) {
    try {
      await env.writeText(text);
      return 'copied';
    } catch {
      /* denied or not allowed here: fall back to the selection */
    }
  }
  env.select();
  try {
    return env.execCopy() ? 'copied' : 'selected';
  } catch {
    return 'selected';
  }
}
