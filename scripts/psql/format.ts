// Result printing as psql 15 prints it (print.c): aligned with border 1 (the default) and
// unaligned, each also expanded (\x), with or without tuples_only, `\pset null` and
// `\pset fieldsep`. Values are the server's own text output (StatementResult.values, asked
// for with { text: true }), so a date, an interval or a numeric reads exactly as in psql;
// numeric types are right-aligned by their type OID, as psql does.
import type { StatementResult } from '../db/types.ts';

export interface PrintSettings {
  format: 'aligned' | 'unaligned';
  tuplesOnly: boolean;
  expanded: boolean;
  fieldsep: string;
  recordsep: string;
  null: string;
  footer: boolean;
}

export const DEFAULT_PRINT: PrintSettings = { format: 'aligned', tuplesOnly: false, expanded: false, fieldsep: '|', recordsep: '\n', null: '', footer: true };

const pad2 = (n: number) => String(n).padStart(2, '0');

/** One driver-parsed value in PostgreSQL's text output form (null handled by the caller). */
export function textOf(v: unknown): string {
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) {
    // ISO DateStyle in UTC, the drivers' session zone.
    const ms = v.getUTCMilliseconds();
    return `${v.getUTCFullYear()}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())} ${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}:${pad2(v.getUTCSeconds())}${ms ? `.${String(ms).padStart(3, '0').replace(/0+$/, '')}` : ''}+00`;
  }
  if (Array.isArray(v)) return `{${v.map((x) => (x === null ? 'NULL' : arrayItem(textOf(x)))).join(',')}}`;
  if (v instanceof Uint8Array) return `\\x${Buffer.from(v).toString('hex')}`;
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}

function arrayItem(s: string): string {
  return s === '' || /[{},"\\\s]/.test(s) || /^null$/i.test(s) ? `"${s.replace(/["\\]/g, '\\$&')}"` : s;
}

/** psql's column_type_alignment: int2, int4, int8, float4, float8, numeric, oid, xid, xid8, cid, money. */
const RIGHT_ALIGNED = new Set([21, 23, 20, 700, 701, 1700, 26, 28, 5069, 29, 790]);

interface Table {
  headers: string[];
  /** Cells as text, NULL already shown as \pset null. */
  cells: string[][];
  right: boolean[];
}

function table(r: StatementResult, ps: PrintSettings): Table {
  if (r.values) {
    return {
      headers: r.columns,
      cells: r.values.map((row) => row.map((v) => v ?? ps.null)),
      right: r.columns.map((_, i) => RIGHT_ALIGNED.has(r.types?.[i] ?? 0)),
    };
  }
  // Parsed rows (a caller that did not ask for text): by name, and typed by the values.
  const isNum = (v: unknown) => typeof v === 'number' || typeof v === 'bigint';
  return {
    headers: r.columns,
    cells: r.rows.map((row) => r.columns.map((c) => (row[c] === null || row[c] === undefined ? ps.null : textOf(row[c])))),
    right: r.columns.map((c) => r.rows.some((row) => isNum(row[c])) && r.rows.every((row) => row[c] === null || row[c] === undefined || isNum(row[c]))),
  };
}

/** Columns a character takes on a terminal (pg_wcswidth): 0 for combining marks, 2 for wide ones. */
function charWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** A cell's lines as psql's pg_wcsformat shows them: tabs to the next multiple of 8, \r and other controls escaped. */
function displayLines(s: string): Array<{ text: string; width: number }> {
  return s.split('\n').map((line) => {
    let text = '';
    let width = 0;
    for (const ch of line) {
      const cp = ch.codePointAt(0)!;
      if (ch === '\t') {
        do (text += ' '), width++;
        while (width % 8 !== 0);
      } else if (ch === '\r') (text += '\\r'), (width += 2);
      else if (cp < 0x20 || cp === 0x7f) (text += `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}`), (width += 4);
      else (text += ch), (width += charWidth(cp));
    }
    return { text, width };
  });
}

const spaces = (n: number) => ' '.repeat(Math.max(0, n));

/** A result set as psql prints it; '' when psql prints nothing. */
export function formatResult(r: StatementResult, ps: PrintSettings): string {
  const t = table(r, ps);
  if (ps.format === 'unaligned') return ps.expanded ? unalignedExpanded(t, ps) : unaligned(t, ps);
  return ps.expanded ? alignedExpanded(t, ps) : aligned(t, ps);
}

function footer(n: number): string {
  return `(${n} ${n === 1 ? 'row' : 'rows'})`;
}

function unaligned(t: Table, ps: PrintSettings): string {
  const out: string[] = [];
  if (!ps.tuplesOnly) out.push(t.headers.join(ps.fieldsep));
  for (const row of t.cells) out.push(row.join(ps.fieldsep));
  if (!ps.tuplesOnly && ps.footer) out.push(footer(t.cells.length));
  return out.length ? out.join(ps.recordsep) + '\n' : '';
}

/** print_unaligned_vertical: `name|value` per line, a blank line between records, no footer. */
function unalignedExpanded(t: Table, ps: PrintSettings): string {
  if (!t.cells.length) return '';
  return t.cells.map((row) => row.map((v, i) => `${t.headers[i]}${ps.fieldsep}${v}`).join(ps.recordsep)).join(ps.recordsep + ps.recordsep) + '\n';
}

/** print_aligned_text with border 1 and the ascii line style. */
function aligned(t: Table, ps: PrintSettings): string {
  const n = t.headers.length;
  const heads = t.headers.map(displayLines);
  const rows = t.cells.map((row) => row.map(displayLines));
  // psql sizes columns by their headers even when tuples_only hides them.
  const widths = heads.map((h, i) => Math.max(...h.map((l) => l.width), ...rows.map((row) => Math.max(...row[i]!.map((l) => l.width)))));
  // No rows and no header: only the blank line that ends every aligned table.
  if (ps.tuplesOnly && !rows.length) return '\n';
  const out: string[] = [];
  const lines = (cells: Array<Array<{ text: string; width: number }>>, header: boolean) => {
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      let line = '';
      for (let i = 0; i < n; i++) {
        const parts = cells[i]!;
        const part = parts[k];
        const w = widths[i]!;
        const last = i === n - 1;
        const more = k < parts.length - 1;
        if (i > 0) line += '|';
        line += ' ';
        if (!part) {
          // past a cell's last line: header cells are padded out, data cells only before the last column
          if (!last || header) line += spaces(w);
        } else if (header) {
          const left = Math.floor((w - part.width) / 2);
          line += spaces(left) + part.text + spaces(w - part.width - left);
        } else if (t.right[i]) {
          line += spaces(w - part.width) + part.text;
        } else {
          line += part.text;
          if (!last || more) line += spaces(w - part.width);
        }
        if (more) line += '+';
        else if (!last) line += ' ';
        else if (header) line += ' ';
      }
      out.push(line);
    }
  };
  if (!ps.tuplesOnly) {
    lines(heads, true);
    out.push(widths.map((w) => '-'.repeat(w + 2)).join('+'));
  }
  for (const row of rows) lines(row, false);
  if (!ps.tuplesOnly && ps.footer) out.push(footer(rows.length));
  return `${out.join('\n')}\n\n`;
}

/** print_aligned_vertical (psql 15) with border 1: a "-[ RECORD n ]" rule above each record. */
function alignedExpanded(t: Table, ps: PrintSettings): string {
  if (!t.cells.length) return ps.tuplesOnly ? '\n' : `${footer(0)}\n\n`;
  const heads = t.headers.map(displayLines);
  const rows = t.cells.map((row) => row.map(displayLines));
  const hwidth = Math.max(0, ...heads.flatMap((h) => h.map((l) => l.width)));
  const dwidth = Math.max(0, ...rows.flatMap((row) => row.flatMap((c) => c.map((l) => l.width))));
  const dmultiline = rows.some((row) => row.some((c) => c.length > 1));
  const rule = (record: number) => {
    let line = '-';
    let reclen = 0;
    if (record) {
      const label = `[ RECORD ${record} ]`;
      line += label;
      reclen = label.length;
    }
    reclen++;
    line += '-'.repeat(Math.max(0, hwidth - reclen));
    reclen -= hwidth;
    if (reclen-- <= 0) line += '-';
    if (reclen-- <= 0) line += '+';
    if (reclen-- <= 0) line += '-';
    return line + '-'.repeat(Math.max(0, dwidth - Math.max(0, reclen)));
  };
  const out: string[] = [];
  rows.forEach((row, r) => {
    if (!ps.tuplesOnly) out.push(rule(r + 1));
    else if (r > 0) out.push(rule(0));
    row.forEach((data, i) => {
      const head = heads[i]!;
      for (let k = 0; k < Math.max(head.length, data.length); k++) {
        let line = '';
        const h = head[k];
        if (h) line += h.text + spaces(hwidth - h.width) + (k < head.length - 1 ? '+' : ' ');
        else line += spaces(hwidth + 1);
        line += '|';
        const d = data[k];
        if (d) {
          line += ` ${d.text}`;
          if (k < data.length - 1 && dmultiline) line += spaces(dwidth - d.width) + '+';
        }
        out.push(line);
      }
    });
  });
  return `${out.join('\n')}\n\n`;
}

/** The command tag psql prints for a statement that returned no rows (INSERT 0 2, CREATE TABLE). */
export function commandTag(r: StatementResult): string {
  const cmd = r.command;
  if (!cmd) return '';
  const n = r.rowCount ?? 0;
  if (cmd === 'INSERT') return `INSERT 0 ${n}`;
  if (['UPDATE', 'DELETE', 'SELECT', 'MOVE', 'FETCH', 'COPY', 'MERGE'].includes(cmd)) return `${cmd} ${n}`;
  return cmd;
}
