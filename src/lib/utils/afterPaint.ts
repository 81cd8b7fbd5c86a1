// Runs `fn` once the browser has painted the current frame: in the task after the next animation frame.
// What a tap or a view's turn changed is then on screen before the next, slower part runs (the next
// view's drawing, the details panel's first layout). A hidden page runs no frames: it waits till shown.
export function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}
