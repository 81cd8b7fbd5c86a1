// The presenter's clock and timer as text. Pure.
const two = (n: number) => String(Math.floor(n)).padStart(2, '0');

/** "14:05" in local time. */
export function clockText(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "07:42", or "1:07:42" from an hour on; negative spans count as 0. */
export function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const rest = `${two((s % 3600) / 60)}:${two(s % 60)}`;
  return h > 0 ? `${h}:${rest}` : rest;
}
