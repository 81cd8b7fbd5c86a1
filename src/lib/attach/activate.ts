// One activation behaviour for every selectable mark that is not a native button (SVG shapes with
// role="button"): a click, Enter or Space acts; Space does not scroll the page.
import type { Attachment } from 'svelte/attachments';

export function activate(act: (event: Event) => void): Attachment<Element> {
  return (node) => {
    const onKey = (e: Event) => {
      const key = (e as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      e.preventDefault();
      act(e);
    };
    node.addEventListener('click', act);
    node.addEventListener('keydown', onKey);
    return () => {
      node.removeEventListener('click', act);
      node.removeEventListener('keydown', onKey);
    };
  };
}
