// Text rows from PGlite: what psql would print, in column order (see ExecOptions.text). Kept
// apart from pglite.ts so that the watchdog, whose engine runs in a worker, need not load PGlite.
import { rowsOf, type StatementResult } from './types.ts';

/**
 * PGlite's options for text rows: arrays in column order, and every type's parser replaced by
 * the identity, so each value stays the server's text output (as psql prints it). PGlite
 * falls back to its built-in parser for a type missing from the map, so every type it knows
 * (its own and the array types it looked up) is named.
 */
export function textMode(pg: { parsers: Record<string, unknown> }): { rowMode: 'array'; parsers: Record<number, (x: string) => string> } {
  const parsers: Record<number, (x: string) => string> = {};
  for (const oid of Object.keys(pg.parsers)) if (/^\d+$/.test(oid)) parsers[Number(oid)] = (x) => x;
  return { rowMode: 'array', parsers };
}

/** Tags whose last word is a row count: PGlite reports their verb; the others are read from the statement. */
const COUNTED = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COPY', 'FETCH', 'MOVE']);

/** What PGlite's exec returns for one statement (the worker passes it on as is). */
export interface PgliteResult {
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
  affectedRows?: number;
  command?: string;
  rowCount?: number;
}

export function toTextResult(r: PgliteResult | undefined): StatementResult {
  if (!r) return { rows: [], columns: [], command: null, rowCount: null, values: [], types: [] };
  const columns = r.fields.map((f) => f.name);
  const values = r.rows as unknown as Array<Array<string | null>>;
  const command = r.command && COUNTED.has(r.command) ? r.command : null;
  return { rows: rowsOf(columns, values), columns, command, rowCount: r.rowCount ?? null, values, types: r.fields.map((f) => f.dataTypeID) };
}
