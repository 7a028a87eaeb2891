// Text rows from PGlite: what psql would print, in column order (see ExecOptions.text). Kept
// apart from pglite.ts so that the watchdog, whose engine runs in a worker, need not load PGlite.
import { rowsOf, type StatementResult } from './types.ts';

/** One statement's result read from PGlite's protocol messages (the worker's reply carries it as is). */
export interface PgliteResult {
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
  /** CommandComplete's whole text. */
  tag?: string;
}

export function toTextResult(r: PgliteResult | undefined): StatementResult {
  if (!r) return { rows: [], columns: [], command: null, rowCount: null, values: [], types: [] };
  const columns = r.fields.map((f) => f.name);
  const values = r.rows as unknown as Array<Array<string | null>>;
  // CommandComplete's text: the words before the counts, as the driver has them, and the last count
  const [, words, counts] = /^(.*?)((?: \d+)*)$/.exec(r.tag ?? '')!;
  const command = words || null;
  const rowCount = counts ? Number(counts.split(' ').at(-1)) : null;
  return { rows: rowsOf(columns, values), columns, command, rowCount, values, types: r.fields.map((f) => f.dataTypeID) };
}

/** One backend message of PGlite's execProtocol, as far as a result needs it. */
export interface ProtocolMessage {
  name: string;
  fields?: unknown[];
  text?: string;
}

/**
 * The last statement's result from the messages of one simple query: its rows as the server's
 * text and CommandComplete's whole tag ("CREATE TABLE", "ROLLBACK" for a failed COMMIT), which
 * PGlite's exec() cuts to the first word.
 */
export function lastResult(messages: ProtocolMessage[]): PgliteResult | undefined {
  let last: PgliteResult | undefined;
  let cur: PgliteResult = { rows: [], fields: [] };
  for (const m of messages) {
    if (m.name === 'rowDescription') cur.fields = (m.fields as Array<{ name: string; dataTypeID: number }>).map((f) => ({ name: f.name, dataTypeID: f.dataTypeID }));
    else if (m.name === 'dataRow') cur.rows.push(m.fields);
    else if (m.name === 'commandComplete') ((cur.tag = m.text), (last = cur), (cur = { rows: [], fields: [] }));
  }
  return last;
}
