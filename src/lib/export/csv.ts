/** CSV text for a table of rows (RFC 4180 quoting). Pure: no DOM. */
export type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // Neutralise spreadsheet formulas (CSV injection) and quote when needed.
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** UTF-8 byte-order mark so spreadsheet programs read Chinese text correctly. */
export const BOM = '\uFEFF';
