// Runs `fn` in a task of its own once the element is attached (not if it is detached first): a part of
// a view drawn a task later, so the view's drawing is two shorter tasks instead of one long one.
import type { Attachment } from 'svelte/attachments';

export function nextTask(fn: () => void): Attachment<Element> {
  return () => {
    const id = setTimeout(fn, 0);
    return () => clearTimeout(id);
  };
}
