// The kiosk's details panel takes its own part of the screen instead of lying over the page: a column
// on the right in landscape, a band at the bottom in portrait. In portrait the map fits above the band.

/** The panel's share of the window's height in portrait. */
export const PORTRAIT_PANEL_SHARE = 0.24;

/**
 * The window height the map page's map may fill in portrait: all of it, less the band of an open
 * details panel. Null in landscape, where the panel stands beside the page and the map keeps its shape
 * (a smaller map would crowd the marks' 48 px touch discs).
 */
export function portraitRoom(window: { width: number; height: number }, panelOpen: boolean): number | null {
  if (window.height <= window.width) return null;
  return panelOpen ? Math.round(window.height * (1 - PORTRAIT_PANEL_SHARE)) : window.height;
}

/** The full branch model's greatest height on a portrait kiosk screen (undefined: the usual one). */
export function portraitModelHeight(window: { width: number; height: number }): number | undefined {
  return window.height > window.width ? Math.round(window.height * 0.45) : undefined;
}
