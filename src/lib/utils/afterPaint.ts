// Resolves once the browser has painted the current frame: the task after the next animation frame.
// What a tap changes in the views is then on screen before slower, secondary work (the details panel's
// first layout) runs. A hidden page paints nothing and runs no animation frames: a task, then.
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') later();
    else requestAnimationFrame(later);
  });
}
