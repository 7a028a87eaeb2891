// Result printing as psql prints it (print.c): aligned with border 1 (the default) and
// unaligned, with or without tuples_only, `\pset null` and `\pset fieldsep`. The drivers hand
// back parsed values; they are shown in PostgreSQL's text form where the type is evident
// (booleans t/f, arrays {…}); numbers are right-aligned as psql does for numeric types.
import type { StatementResult } from '../db/types.ts';

export interface PrintSettings {
  format: 'aligned' | 'unaligned';
  tuplesOnly: boolean;
  fieldsep: string;
  recordsep: string;
  null: string;
  footer: boolean;
}

export const DEFAULT_PRINT: PrintSettings = { format: 'aligned', tuplesOnly: false, fieldsep: '|', recordsep: '\n', null: '', footer: true };

const pad2 = (n: number) => String(n).padStart(2, '0');

/** One value in PostgreSQL's text output form (null handled by the caller). */
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

const cell = (v: unknown, ps: PrintSettings) => (v === null || v === undefined ? ps.null : textOf(v));

/** Column values of one row in column order; a row object keyed by name loses duplicate names. */
function values(r: StatementResult, row: Record<string, unknown>, ps: PrintSettings): string[] {
  return r.columns.map((c) => cell(row[c], ps));
}

/** A result set as psql prints it; '' when psql prints nothing. */
export function formatResult(r: StatementResult, ps: PrintSettings): string {
  if (ps.format === 'unaligned') return unaligned(r, ps);
  return aligned(r, ps);
}

function footer(n: number): string {
  return `(${n} ${n === 1 ? 'row' : 'rows'})`;
}

function unaligned(r: StatementResult, ps: PrintSettings): string {
  const out: string[] = [];
  if (!ps.tuplesOnly) out.push(r.columns.join(ps.fieldsep));
  for (const row of r.rows) out.push(values(r, row, ps).join(ps.fieldsep));
  if (!ps.tuplesOnly && ps.footer) out.push(footer(r.rows.length));
  return out.length ? out.join(ps.recordsep) + '\n' : '';
}

function aligned(r: StatementResult, ps: PrintSettings): string {
  const cols = r.columns;
  const rows = r.rows.map((row) => values(r, row, ps).map((v) => v.split('\n')));
  const isNum = (v: unknown) => typeof v === 'number' || typeof v === 'bigint';
  const right = cols.map((c) => r.rows.some((row) => isNum(row[c])) && r.rows.every((row) => row[c] === null || row[c] === undefined || isNum(row[c])));
  // psql sizes columns by their headers even when tuples_only hides them.
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((row) => Math.max(...row[i]!.map((l) => l.length)))));
  const out: string[] = [];
  if (!ps.tuplesOnly) {
    out.push(
      cols
        .map((c, i) => {
          const w = widths[i]!;
          const left = Math.floor((w - c.length) / 2);
          return ` ${' '.repeat(left)}${c}${' '.repeat(w - c.length - left)} `;
        })
        .join('|'),
    );
    out.push(widths.map((w) => '-'.repeat(w + 2)).join('+'));
  }
  for (const row of rows) {
    const height = Math.max(1, ...row.map((l) => l.length));
    for (let k = 0; k < height; k++) {
      let line = '';
      cols.forEach((_, i) => {
        const parts = row[i]!;
        const text = parts[k] ?? '';
        const more = k < parts.length - 1;
        const last = i === cols.length - 1;
        const w = widths[i]!;
        const body = right[i] ? text.padStart(w) : last && !more ? text : text.padEnd(w);
        line += `${i ? '|' : ''} ${body}${more ? '+' : last ? '' : ' '}`;
      });
      out.push(line);
    }
  }
  if (!ps.tuplesOnly && ps.footer) out.push(footer(r.rows.length));
  if (ps.tuplesOnly && !rows.length) return '';
  return `${out.join('\n')}\n\n`;
}

/** The command tag psql prints for a statement that returned no rows (INSERT 0 2, CREATE TABLE). */
export function commandTag(r: StatementResult, head: string): string {
  const cmd = r.command ?? guessTag(head);
  if (!cmd) return '';
  const n = r.rowCount ?? 0;
  if (cmd === 'INSERT') return `INSERT 0 ${n}`;
  if (['UPDATE', 'DELETE', 'SELECT', 'MOVE', 'FETCH', 'COPY', 'MERGE'].includes(cmd)) return `${cmd} ${n}`;
  return cmd;
}

/** PGlite does not report the tag: it is read from the statement's first words. */
function guessTag(head: string): string {
  const [a = '', b = ''] = head.split(' ');
  if (a === 'CREATE' && b === 'OR') return 'CREATE';
  if (['CREATE', 'DROP', 'ALTER'].includes(a) && b) return `${a} ${b}`;
  if (a === 'START') return 'START TRANSACTION';
  if (a === 'END') return 'COMMIT';
  if (a === 'ABORT') return 'ROLLBACK';
  return a;
}
