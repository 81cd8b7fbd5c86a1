// Numbers as Intl.NumberFormat('de-DE' | 'en-GB') writes them by default (grouped thousands, at most
// three decimals, rounded half away from zero), without constructing an Intl.NumberFormat: its first
// construction loads the locale's data and costs 40–60 ms on the start's critical path.
import type { Lang } from '../state/url.ts';

const MARKS: Record<Lang, { group: string; decimal: string }> = { de: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

export function formatNumber(n: number, lang: Lang): string {
  if (Number.isNaN(n)) return 'NaN';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  const abs = Math.abs(n);
  if (abs === Infinity) return `${sign}∞`;
  // beyond this toFixed writes an exponent; such numbers never occur in the data
  if (abs >= 1e21) return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(n);
  const [int, frac] = roundedDigits(abs);
  const { group, decimal } = MARKS[lang];
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group);
  const decimals = frac.replace(/0+$/, '');
  return sign + grouped + (decimals ? decimal + decimals : '');
}

/** Integer and three decimal digits of a non-negative number, rounded half up on its shortest decimal form (as Intl does). */
function roundedDigits(abs: number): [string, string] {
  const text = String(abs);
  // exponent form below 1e21 means below 1e-6: zero at three decimals
  if (text.includes('e')) return ['0', '000'];
  const [int, frac = ''] = text.split('.');
  const kept = BigInt(int + frac.slice(0, 3).padEnd(3, '0')) + (frac.length > 3 && frac[3] >= '5' ? 1n : 0n);
  const digits = kept.toString().padStart(4, '0');
  return [digits.slice(0, -3), digits.slice(-3)];
}
