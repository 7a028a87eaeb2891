// Run pgTAP probe files, each bounded: its own transaction (the file's BEGIN … ROLLBACK),
// statement_timeout and lock_timeout set right after its BEGIN, and an exception or timeout
// fails that file only. A census before and after the run proves it left no trace.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SqlExecError, UsageError } from '../errors.ts';
import { describeDiff, diffCensus, isEmptyDiff, takeCensus } from '../census.ts';
import { displayName, loadSqlFile, locateError, type SqlFile } from '../sqlfile.ts';
import { SERVER_VERSION, SET_PROBE_TIMEOUTS } from '../sql.ts';
import { filePassed, parseTap, totals, type ProbeError, type ProbeFileResult, type ProbeRun } from './model.ts';
import type { Db, Session } from '../db/types.ts';

export const DEFAULT_PROBE_DIR = 'tests/probes';

export interface ProbeOptions {
  statementTimeout?: string;
  lockTimeout?: string;
  /** Called as each file finishes, for live output. */
  onFile?: (r: ProbeFileResult) => void;
}

/** The files named, or every .sql file under tests/probes in name order. */
export function probeFiles(args: string[]): string[] {
  if (args.length) {
    for (const f of args) if (!existsSync(f)) throw new UsageError(`probe file ${f} does not exist`);
    return args.map((f) => resolve(f));
  }
  const dir = resolve(DEFAULT_PROBE_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => join(dir, f));
}

/** TAP lines from a statement's rows: pgTAP returns them as text, one or more per row. */
function tapLines(rows: Record<string, unknown>[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const values = Object.values(row);
    if (values.length !== 1 || typeof values[0] !== 'string') continue;
    for (const line of values[0].split('\n')) {
      if (/^(1\.\.\d+|(not )?ok \d+|#)/.test(line)) out.push(line);
    }
  }
  return out;
}

function structuralProblem(file: SqlFile): string | null {
  const first = file.statements[0];
  if (!first || first.transaction !== 'BEGIN') return 'a probe file must start with BEGIN (it runs inside its own transaction)';
  const commit = file.statements.find((s) => s.transaction === 'COMMIT');
  if (commit) return `a probe file must never COMMIT (line ${commit.line}); it ends with ROLLBACK`;
  return null;
}

/** Run one probe file on a session that is not in a transaction. */
export async function runProbeFile(s: Session, path: string, opts: ProbeOptions = {}): Promise<ProbeFileResult> {
  const started = performance.now();
  const name = displayName(path);
  const lines: string[] = [];
  let error: ProbeError | null = null;
  // A syntax error is the server's to report, located like any other error.
  const file = await loadSqlFile(path);
  const problem = structuralProblem(file);
  if (!problem) {
    let open = false;
    try {
      for (const stmt of file.statements) {
        try {
          const r = await s.exec(stmt.text);
          lines.push(...tapLines(r.rows));
        } catch (e) {
          const located = locateError(e, file, stmt);
          if (located instanceof SqlExecError) {
            const f = located.server;
            error = { code: f.code, message: f.message, line: located.line, column: located.column, detail: f.detail, hint: f.hint, where: f.where };
            break;
          }
          throw located;
        }
        if (stmt.transaction === 'BEGIN') {
          open = true;
          await s.query(SET_PROBE_TIMEOUTS, [opts.statementTimeout ?? '30s', opts.lockTimeout ?? '5s']);
        } else if (stmt.transaction === 'ROLLBACK') {
          open = false;
        }
      }
    } finally {
      if (open || error) await s.exec('ROLLBACK').catch(() => undefined);
    }
  }
  const tap = parseTap(lines);
  const partial = { file: name, ...tap, error, problem, ms: Math.round(performance.now() - started) };
  const result: ProbeFileResult = { ...partial, passed: filePassed(partial) };
  opts.onFile?.(result);
  return result;
}

/** Each probe file gets a backend of its own where the engine has several, as pg_prove's psql does. */
export function inOwnSession<T>(db: Db, fn: (s: Session) => Promise<T>): Promise<T> {
  return db.freshSession ? db.freshSession(fn) : db.session(fn);
}

/** Run files one after another on one database, between two censuses. */
export async function runProbes(db: Db, paths: string[], opts: ProbeOptions = {}): Promise<ProbeRun> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const [v] = await db.query<{ version: string }>(SERVER_VERSION);
  const before = await takeCensus(db);
  const files: ProbeFileResult[] = [];
  for (const p of paths) files.push(await inOwnSession(db, (s) => runProbeFile(s, p, opts)));
  const diff = diffCensus(before, await takeCensus(db));
  return finishRun({ engine: db.kind, database: db.label, serverVersion: v?.version ?? '', startedAt, started, jobs: 1, files, differences: isEmptyDiff(diff) ? [] : describeDiff(diff, 200).split('\n') });
}

export function finishRun(r: { engine: string; database: string; serverVersion: string; startedAt: string; started: number; jobs: number; files: ProbeFileResult[]; differences: string[] }): ProbeRun {
  const census = { clean: r.differences.length === 0, differences: r.differences };
  const t = totals(r.files);
  return {
    engine: r.engine,
    database: r.database,
    serverVersion: r.serverVersion,
    startedAt: r.startedAt,
    ms: Math.round(performance.now() - r.started),
    jobs: r.jobs,
    files: r.files,
    census,
    totals: t,
    passed: census.clean && r.files.length > 0 && t.filesPassed === t.files,
  };
}
