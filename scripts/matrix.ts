// The regression matrix: product surface row counts from sql/runtime/120 (installed inside a
// transaction that is rolled back), and the before / after / delta verdicts of a run.
import { resolve } from 'node:path';
import { loadSqlFile, runSqlFile } from './sqlfile.ts';
import type { Session } from './db/types.ts';

export const MATRIX_FILE = 'sql/runtime/120_iu_core_regression_matrix.sql';

export interface MatrixRow {
  surface: string;
  rows: number | null;
  onInstantiate: 'expected' | 'invariant';
  /**
   * Read inside an operator's transaction with the snapshot it began with: the rows as that
   * transaction changed them (committed then, or its own), its own rows, and how many rows of
   * the table it updated or deleted. Absent where no snapshot was given.
   */
  own?: { count: number | null; rows: number | null; removals: number | null };
}

export async function regressionMatrix(s: Session): Promise<MatrixRow[]> {
  const file = await loadSqlFile(resolve(MATRIX_FILE));
  await s.exec('BEGIN');
  try {
    await runSqlFile(s, file);
    const rows = await s.query<{ surface: string; row_count: number | null; on_instantiate: 'expected' | 'invariant' }>(
      `SELECT surface, row_count, on_instantiate FROM iu_core_meta.fn_iu_regression_matrix() ORDER BY ord`,
    );
    return rows.map((r) => ({ surface: r.surface, rows: r.row_count === null ? null : Number(r.row_count), onInstantiate: r.on_instantiate }));
  } finally {
    await s.exec('ROLLBACK').catch(() => undefined);
  }
}

export interface MatrixDelta extends MatrixRow {
  before: number | null;
  after: number | null;
  delta: number | null;
  /** expected: written as it may be; invariant: untouched; MOVED: an invariant that changed. */
  verdict: 'expected' | 'invariant' | 'MOVED';
}

export function compareMatrix(before: MatrixRow[], after: MatrixRow[]): MatrixDelta[] {
  return after.map((a) => {
    const b = before.find((x) => x.surface === a.surface);
    const delta = a.rows !== null && b?.rows != null ? a.rows - b.rows : null;
    // A surface that did not exist before (its migration not applied yet) and is empty now
    // did not move: n/a → 0 is a new, empty table, not a changed one.
    const unchanged = delta === 0 || ((b?.rows ?? null) === null && (a.rows ?? 0) === 0);
    const verdict = a.onInstantiate === 'expected' ? 'expected' : unchanged ? 'invariant' : 'MOVED';
    return { ...a, before: b?.rows ?? null, after: a.rows, delta, verdict };
  });
}

export function formatMatrix(rows: MatrixDelta[]): string {
  const w = Math.max(7, ...rows.map((r) => r.surface.length));
  const num = (n: number | null) => (n === null ? 'n/a' : String(n));
  const lines = [`${'surface'.padEnd(w)}  ${'before'.padStart(8)}  ${'after'.padStart(8)}  ${'delta'.padStart(7)}  verdict`];
  for (const r of rows) {
    const d = r.delta === null ? 'n/a' : r.delta > 0 ? `+${r.delta}` : String(r.delta);
    lines.push(`${r.surface.padEnd(w)}  ${num(r.before).padStart(8)}  ${num(r.after).padStart(8)}  ${d.padStart(7)}  ${r.verdict === 'invariant' ? 'invariant ✓' : r.verdict}`);
  }
  return lines.join('\n');
}
