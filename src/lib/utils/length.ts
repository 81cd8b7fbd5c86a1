// The length of a vector. Math.hypot guards against overflow at extreme magnitudes, which screen and model
// distances never reach, and costs several times as much in V8: the label searches call this many thousand
// times while a view is first drawn.
export const length = (dx: number, dy: number): number => Math.sqrt(dx * dx + dy * dy);
