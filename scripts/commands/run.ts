// iu-core run FILE…: run SQL files the way `psql -v ON_ERROR_STOP=1 -f FILE` does — one
// statement at a time on one session, autocommit unless the file says BEGIN, notices to
// stderr, result rows as psql's aligned tables, and the first error stops everything.
// This is how the seeds' operator drivers run on PGlite, where there is no psql.
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import { DB_FLAGS, bool, openFromFlags, parseFlags, printNotice, type Io } from '../cli.ts';
import { loadSqlFile, runSqlFile } from '../sqlfile.ts';
import type { StatementResult } from '../db/types.ts';

export const usage = `iu-core run FILE… [--quiet]                      SQL files as psql -v ON_ERROR_STOP=1 -f runs them`;

function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A result as psql's aligned format prints it. */
export function alignedTable(r: StatementResult): string {
  const cols = r.columns;
  const cells = r.rows.map((row) => cols.map((c) => show(row[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => Math.max(...row[i]!.split('\n').map((l) => l.length)))));
  const line = (vals: string[]) => vals.map((v, i) => ` ${v.padEnd(widths[i]!)} `).join('|').replace(/\s+$/, '');
  const head = cols.map((c, i) => c.padStart(Math.floor((widths[i]! + c.length) / 2)).padEnd(widths[i]!));
  const out = [line(head), widths.map((w) => '-'.repeat(w + 2)).join('+')];
  for (const row of cells) out.push(line(row));
  out.push(`(${cells.length} ${cells.length === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('run', args, { ...DB_FLAGS, quiet: { type: 'boolean' } }, { positionals: true });
  if (!p.positionals.length) throw new UsageError('run: name at least one SQL file');
  for (const f of p.positionals) if (!existsSync(f)) throw new UsageError(`run: ${f} does not exist`);
  const files = await Promise.all(p.positionals.map((f) => loadSqlFile(f)));
  const db = await openFromFlags(p);
  const quiet = bool(p, 'quiet');
  await db.session(async (s) => {
    try {
      for (const file of files) {
        await runSqlFile(s, file, {
          onNotice: (n) => printNotice(io, n),
          onResult: (r) => {
            if (!quiet && r.columns.length) io.out(alignedTable(r));
          },
        });
      }
    } finally {
      // psql ends its session on error or at the end; an open transaction dies with it.
      await s.exec('ROLLBACK').catch(() => undefined);
    }
  });
  return 0;
}
