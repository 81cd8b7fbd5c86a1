// Whether a figure's new layout may move there (CSS transitions): only when what the reader changed
// (filters, reading) changed and the size did not. The first layout, a new size (the first
// measurement, a scroll bar, a resize), new data and a new language are drawn at once. Pure apart from
// remembering the last call; one gate per drawn figure.
export function motionGate(): (size: unknown, cause: unknown) => boolean {
  let last: { size: string; cause: string } | null = null;
  return (size, cause) => {
    const now = { size: JSON.stringify(size), cause: JSON.stringify(cause) };
    const move = last !== null && last.size === now.size && last.cause !== now.cause;
    last = now;
    return move;
  };
}
