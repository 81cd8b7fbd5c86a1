// Table export: CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read umlauts) and JSON.
export interface Column<Row> {
  key: string;
  label: string;
  value: (row: Row) => string | number | null;
  numeric?: boolean;
  /** the cell shows a data-layer count: its data-count key (data-value is the cell's value) */
  count?: (row: Row) => string | undefined;
}

export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => csvCell(c.label)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function toJson<Row>(columns: Column<Row>[], rows: Row[], meta: Record<string, unknown>): string {
  return JSON.stringify({ ...meta, rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, c.value(r)]))) }, null, 2);
}

/** A file name from a title: lower case, ASCII, dashes. */
export function fileSlug(title: string): string {
  return title
    .toLowerCase()
    .replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
