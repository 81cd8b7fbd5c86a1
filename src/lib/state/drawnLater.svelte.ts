// A part of a view drawn a task after the rest of it: two shorter tasks instead of one long one. Its
// placeholder (marked `data-pending`, so ViewFrame keeps the view unseen until the part is there) carries
// `placeholder`; the part is `due` in the task after the placeholder is attached. At once where nothing
// is later, and while the page is drawn for print.
import { nextTask } from '../attach/nextTask.ts';
import { drawingAtOnce } from '../attach/whenNear.ts';

export class DrawnLater {
  due = $state(false);
  /** the placeholder's attachment */
  readonly placeholder = nextTask(() => (this.due = true));

  constructor(later: boolean) {
    this.due = !later || drawingAtOnce();
  }
}
