// How big the figures draw their touch targets and their texts, by mode: the kiosk is used with a
// finger at arm's length and read from two metres, so its targets are at least 48 px and its texts
// larger; every other mode keeps the 44 px targets and the base text sizes. Pure.
export interface FigureStyle {
  /** smallest side of a touch target in px */
  hit: number;
  /** factor on the figures' base font sizes */
  text: number;
  /** small marks get an invisible disc of `hit` px around them (touch only: no hover to mislead) */
  hitAreas: boolean;
  /** clear space around a count that stands outside the branch model, in lines of its text (0: the usual 3 px) */
  calloutGap: number;
}
export const BASE_STYLE: FigureStyle = { hit: 44, text: 1, hitAreas: false, calloutGap: 0 };
export const KIOSK_STYLE: FigureStyle = { hit: 48, text: 1.3, hitAreas: true, calloutGap: 1 };

export const figureStyle = (mode: string): FigureStyle => (mode === 'kiosk' ? KIOSK_STYLE : BASE_STYLE);

/** A base font size scaled for the style, in whole px. */
export const scaledFs = (base: number, style: FigureStyle = BASE_STYLE) => Math.round(base * style.text);
