// The handout's sheet: A4 portrait inside 12 mm margins, in CSS pixels (96 per inch). Pure.
export const MM = 96 / 25.4;
export const SHEET_WIDTH_PX = 186 * MM;
/** a little under 273 mm, so rounding in print never spills a line onto another page */
export const SHEET_HEIGHT_PX = 272 * MM;

/** The factor that fits content of `height` into `max` (1 when it fits or is not measured yet). */
export const fitScale = (height: number, max: number) => (height > max ? max / height : 1);
