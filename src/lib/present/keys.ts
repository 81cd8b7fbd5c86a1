// The presentation's keys (as a presentation clicker and a keyboard send them), as a pure table:
// → ↓ Page Down Space next; ← ↑ Page Up back; Home / End; digits then Enter jump; B or . black screen;
// F full screen; Esc leaves full screen, then the mode; P opens the presenter window. Arrow keys inside a
// focused pan/zoom widget (the map, role="application") stay with it; Space and Enter on a control press it.
export type PresentAction =
  | { kind: 'next' | 'prev' | 'first' | 'last' | 'black' | 'fullscreen' | 'escape' | 'presenter' | 'jump' }
  | { kind: 'digit'; digit: number };

export interface KeyContext {
  /** focus is inside a widget that uses arrow keys itself (role="application") */
  inApplication: boolean;
  /** focus is on a button, link or form control */
  onControl: boolean;
  /** digits have been typed since the last jump */
  hasDigits: boolean;
}

const ARROWS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']);

export function keyAction(key: string, ctx: KeyContext, mods: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {}): PresentAction | null {
  if (mods.ctrl || mods.alt || mods.meta) return null;
  if (ctx.inApplication && (ARROWS.has(key) || key === '+' || key === '-')) return null;
  if (/^[0-9]$/.test(key)) return { kind: 'digit', digit: Number(key) };
  if (key === 'Enter') return ctx.hasDigits ? { kind: 'jump' } : null;
  if (ctx.onControl && key === ' ') return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { kind: 'prev' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'black' };
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case 'Escape':
      return { kind: 'escape' };
    case 'p':
    case 'P':
      return { kind: 'presenter' };
    default:
      return null;
  }
}

/** Typed digits → the step to jump to (1…count), or null when out of range. */
export function jumpTarget(digits: string, count: number): number | null {
  const n = Number(digits);
  return Number.isInteger(n) && n >= 1 && n <= count ? n : null;
}
