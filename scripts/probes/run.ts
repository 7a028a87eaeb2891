// Run pgTAP probe files, each bounded: its own transaction (the file's BEGIN … ROLLBACK) on
// its own backend, statement_timeout and lock_timeout set right after its BEGIN and enforced
// by the runner too (a probe can switch its own off), and an exception, a timeout or a lost
// connection fails that file only. A census before and after the run proves it left no
// trace, in the catalog or outside it (roles, settings, prepared transactions, rows).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { SqlExecError, UsageError, errorMessage, serverError } from '../errors.ts';
import { describeDiff, diffCensus, isEmptyDiff, preparedLeft, takeCensus, type Census } from '../census.ts';
import { SqlSyntaxError, displayName, loadSqlFile, type SqlFile } from '../sqlfile.ts';
import { BACKEND_ALIVE, BACKEND_PID, CANCEL_BACKEND, PROBE_CONNECTION_CHECK, ROLLBACK_PREPARED, SERVER_VERSION, SET_PROBE_TIMEOUTS, TERMINATE_BACKEND } from '../sql.ts';
import { onShutdown } from '../shutdown.ts';
import { Psql, PsqlCommandError, PsqlRefused, ScriptStopped } from '../psql/interpreter.ts';
import { batchSavepoints } from './batch.ts';
import { filePassed, parseTap, totals, type ProbeError, type ProbeFileResult, type ProbeRun } from './model.ts';
import type { Db, Queryable, Session } from '../db/types.ts';


export const DEFAULT_PROBE_DIR = 'tests/probes';

export interface ProbeOptions {
  statementTimeout?: string;
  /** statementTimeout in milliseconds: the runner's own bound on each statement (plus a margin). */
  statementTimeoutMs?: number;
  /** How long after the server's timeout the runner cancels a statement itself (default 1 s). */
  watchdogMarginMs?: number;
  /** How long a cancelled statement has to stop before its backend is terminated (default 2 s). */
  graceMs?: number;
  lockTimeout?: string;
  /**
   * The strict form for every file: BEGIN first, never COMMIT or PREPARE TRANSACTION. Files
   * under tests/probes (this project's own probes) are always held to it.
   */
  strict?: boolean;
  /** pg_prove --runtests: run pgTAP's runtests() (optionally for a schema and a match pattern) instead of files. */
  runtests?: { schema?: string; match?: string };
  /** Called as each file finishes, for live output. */
  onFile?: (r: ProbeFileResult) => void;
}

/** How probe files are found: pg_prove's -r/--recurse and --ext. */
export interface FindOptions {
  recurse?: boolean;
  /** File name endings taken from a directory (default .sql). */
  ext?: string[];
}

/** The files named (a directory stands for the files in it, in name order), or every .sql file under tests/probes. */
export function probeFiles(args: string[], find: FindOptions = {}): string[] {
  const exts = find.ext?.length ? find.ext.map((e) => (e.startsWith('.') ? e : `.${e}`)) : ['.sql'];
  const inDir = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((e) => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return find.recurse ? inDir(path) : [];
        return exts.some((x) => e.name.endsWith(x)) ? [path] : [];
      });
  if (args.length) {
    for (const f of args) if (!existsSync(f)) throw new UsageError(`probe file ${f} does not exist`);
    return args.flatMap((f) => (statSync(f).isDirectory() ? inDir(resolve(f)) : [resolve(f)]));
  }
  const dir = resolve(DEFAULT_PROBE_DIR);
  if (!existsSync(dir)) return [];
  return inDir(dir);
}

/** This project's own probes keep the strict form whatever the flags say. */
function isOwnProbe(path: string): boolean {
  const rel = relative(resolve(DEFAULT_PROBE_DIR), path);
  return !rel.startsWith('..') && !rel.startsWith('/');
}

/** TAP lines from what the file printed (psql -tA output, as pg_prove reads it), each with when it arrived. */
function tapLines(chunks: Array<{ text: string; at: number }>): { lines: string[]; times: number[] } {
  const lines: string[] = [];
  const times: number[] = [];
  let pending = '';
  for (const c of chunks) {
    const parts = (pending + c.text).split('\n');
    pending = parts.pop()!;
    for (const line of parts) {
      if (/^(1\.\.\d+|(not )?ok \d+|#)/.test(line)) (lines.push(line), times.push(c.at));
    }
  }
  if (/^(1\.\.\d+|(not )?ok \d+|#)/.test(pending)) (lines.push(pending), times.push(chunks.at(-1)!.at));
  return { lines, times };
}

/** psql's settings under pg_prove: unaligned, tuples only, quiet, stop on error, a savepoint per statement. */
export const PG_PROVE_VARS = { ON_ERROR_ROLLBACK: '1', ON_ERROR_STOP: '1', QUIET: '1' };

/** Transaction control a probe may not use: its work must end in its own ROLLBACK. */
const NEVER = new Set(['COMMIT', 'COMMIT PREPARED', 'PREPARE TRANSACTION']);

function structuralProblem(file: SqlFile): string | null {
  const first = file.statements[0];
  if (!first || first.transaction !== 'BEGIN') return 'a probe file must start with BEGIN (it runs inside its own transaction)';
  const commit = file.statements.find((s) => s.transaction && NEVER.has(s.transaction));
  if (commit) return `a probe file must never ${commit.transaction} (line ${commit.line}); it ends with ROLLBACK`;
  return null;
}

/**
 * The runner's own bound on every statement of a file, enforced from another connection: a
 * probe can switch its statement_timeout off (SET LOCAL statement_timeout = 0). When a
 * statement runs past the bound its backend is cancelled; if it is still there after a grace
 * period (a loop that catches the cancel), it is terminated.
 */
class Watchdog {
  private timers: NodeJS.Timeout[] = [];
  private running = 0;
  fired: 'cancelled' | 'terminated' | null = null;
  constructor(
    private readonly monitor: Queryable,
    private readonly pid: number,
    private readonly boundMs: number,
    private readonly graceMs: number,
  ) {}

  /** Run one statement under the bound. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    const ticket = ++this.running;
    const live = () => this.running === ticket;
    this.fired = null;
    this.timers.push(
      setTimeout(() => {
        if (!live()) return;
        this.fired = 'cancelled';
        void this.monitor.query(CANCEL_BACKEND, [this.pid]).catch(() => undefined);
        this.timers.push(
          setTimeout(() => {
            if (!live()) return;
            void this.monitor
              .query<{ n: number }>(BACKEND_ALIVE, [this.pid])
              .then(([r]) => {
                if (!live() || !r?.n) return;
                this.fired = 'terminated';
                return this.monitor.query(TERMINATE_BACKEND, [this.pid]);
              })
              .catch(() => undefined);
          }, this.graceMs),
        );
      }, this.boundMs),
    );
    try {
      return await work();
    } finally {
      this.running++;
      for (const t of this.timers) clearTimeout(t);
      this.timers = [];
    }
  }
}

/** Milliseconds in a PostgreSQL duration as the CLI accepts it (500ms, 30s, 2min). */
export function durationMs(text: string): number {
  const m = /^(\d+)\s*(ms|s|min)?$/.exec(text.trim());
  if (!m) return 30_000;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'min' ? n * 60_000 : n * 1000;
}

/** An error that is not the server's (a lost connection, a driver failure), as a file's error. */
function otherError(e: unknown, line: number, column: number): ProbeError {
  const fields = serverError(e);
  const code = fields?.code ?? '08006';
  return { code, message: fields?.message ?? errorMessage(e), line, column };
}

/**
 * Run one probe file on a session that is not in a transaction. `monitor` (another
 * connection to the same database) lets the runner bound each statement itself.
 */
export async function runProbeFile(s: Session, path: string, opts: ProbeOptions = {}, monitor?: Queryable, engine: Db['kind'] = 'postgres'): Promise<ProbeFileResult> {
  const started = performance.now();
  const name = opts.runtests ? 'runtests()' : displayName(path);
  const output: Array<{ text: string; at: number }> = [];
  let error: ProbeError | null = null;
  let problem: string | null = null;
  if ((opts.strict || isOwnProbe(path)) && !opts.runtests) {
    try {
      // A syntax error is the server's to report; text the splitter cannot read as the server would is refused.
      problem = structuralProblem(await loadSqlFile(path));
    } catch (e) {
      if (!(e instanceof SqlSyntaxError)) throw e;
      problem = `refused before it ran: ${e.message}`;
    }
  }
  if (!problem) {
    const timeoutMs = opts.statementTimeoutMs ?? durationMs(opts.statementTimeout ?? '30s');
    let dog: Watchdog | null = null;
    let unregister: () => unknown = () => undefined;
    let psql: Psql | null = null;
    try {
      if (monitor) {
        const [b] = await s.query<{ pid: number }>(BACKEND_PID);
        const pid = Number(b!.pid);
        dog = new Watchdog(monitor, pid, timeoutMs + (opts.watchdogMarginMs ?? 1000), opts.graceMs ?? 2000);
        await s.query(PROBE_CONNECTION_CHECK, ['1s']);
        // Ctrl-C / SIGTERM: the file's backend must not keep running after the runner is gone.
        unregister = onShutdown(async () => void (await monitor.query(TERMINATE_BACKEND, [pid]).catch(() => undefined)));
      }
      // On a server each round trip counts: psql's per-statement savepoint rides with the statement.
      psql = new Psql(engine === 'postgres' ? batchSavepoints(s) : s, {
        engine,
        vars: PG_PROVE_VARS,
        print: { format: 'unaligned', tuplesOnly: true },
        out: (text) => void output.push({ text, at: performance.now() - started }),
        err: () => undefined,
        onNotice: () => undefined,
        guard: dog ? (work) => dog!.guard(work) : undefined,
        // The file's own transaction gets the bounds right after its BEGIN.
        afterStatement: async (verb) => {
          if (verb === 'BEGIN') await s.query(SET_PROBE_TIMEOUTS, [opts.statementTimeout ?? '30s', opts.lockTimeout ?? '5s']);
        },
      });
      if (opts.runtests) {
        const { schema, match } = opts.runtests;
        // pg_prove --runtests: SELECT * FROM runtests([schema,] [match]); the arguments go as parameters.
        const [q] = await s.query<{ sql: string }>(RUNTESTS, [schema ?? null, match ?? null]);
        await psql.sendText(name, q!.sql);
      } else {
        await psql.runFile(path);
      }
    } catch (e) {
      if (e instanceof ScriptStopped) {
        const inner = e.error;
        if (inner instanceof SqlExecError) {
          const f = inner.server;
          error = { code: f.code, message: f.message, line: inner.line, column: inner.column, detail: f.detail, hint: f.hint, where: f.where };
        } else if (inner instanceof PsqlCommandError) {
          problem = inner.message;
        } else {
          // A lost connection or a driver failure ends this file only; the run goes on.
          error = otherError(inner, e.line, e.column);
        }
        if (dog?.fired && error) {
          error = {
            ...error,
            code: '57014',
            message: `timed out: the statement ran past the runner's bound of ${opts.statementTimeout ?? '30s'}; the runner ${dog.fired === 'terminated' ? 'cancelled it, then terminated its backend' : 'cancelled it'} (${error.code} ${error.message})`,
          };
        }
      } else if (e instanceof PsqlRefused || e instanceof PsqlCommandError) {
        problem = e.message;
      } else {
        error = otherError(e, 1, 1);
      }
    } finally {
      unregister();
      // psql ends its session at the end of the file: an open transaction dies with it. PGlite's
      // one session is shared by every file: DISCARD ALL ends what a new session would not see.
      await s.exec('ROLLBACK').catch(() => undefined);
      if (engine === 'pglite') await s.exec('DISCARD ALL').catch(() => undefined);
    }
  }
  const { lines, times } = tapLines(output);
  const tap = parseTap(lines, times);
  const partial = { file: name, ...tap, error, problem, ms: Math.round(performance.now() - started) };
  const result: ProbeFileResult = { ...partial, passed: filePassed(partial) };
  opts.onFile?.(result);
  return result;
}

/** Each probe file gets a backend of its own where the engine has several, as pg_prove's psql does. */
export function inOwnSession<T>(db: Db, fn: (s: Session) => Promise<T>): Promise<T> {
  return db.freshSession ? db.freshSession(fn) : db.session(fn);
}

/**
 * One file on a backend of its own, bounded by the runner from `db`'s own connection. A file
 * that cannot even get its session (the server dropped it) fails alone; the run goes on.
 */
export async function runOneFile(db: Db, path: string, opts: ProbeOptions): Promise<ProbeFileResult> {
  const started = performance.now();
  try {
    return await inOwnSession(db, (s) => runProbeFile(s, path, opts, db.kind === 'postgres' ? db : undefined, db.kind));
  } catch (e) {
    const r: ProbeFileResult = { file: displayName(path), planned: null, assertions: [], diagnostics: [], error: otherError(e, 1, 1), problem: null, ms: Math.round(performance.now() - started), passed: false };
    opts.onFile?.(r);
    return r;
  }
}

/**
 * The census after a run, compared with the one before; prepared transactions the run left
 * (they would hold their locks, a gate row among them, for every later session) are rolled
 * back and named. A census that cannot be taken is itself a difference.
 */
export async function censusVerdict(db: Queryable, before: Census, prefix = ''): Promise<string[]> {
  try {
    const after = await takeCensus(db, { traces: true });
    const out: string[] = [];
    const diff = diffCensus(before, after);
    if (!isEmptyDiff(diff)) out.push(...describeDiff(diff, 200).split('\n'));
    for (const gid of preparedLeft(before, after)) {
      const [stmt] = await db.query<{ sql: string }>(ROLLBACK_PREPARED, [gid]);
      const done = await db.exec(stmt!.sql).then(
        () => 'rolled back by the runner',
        (e) => `could not roll it back: ${errorMessage(e)}`,
      );
      out.push(`prepared transaction ${JSON.stringify(gid)} left by the run: ${done}`);
    }
    return out.map((l) => prefix + l);
  } catch (e) {
    return [`${prefix}the census after the run failed: ${errorMessage(e)}`];
  }
}

/** pgTAP's runtests([schema name,] [pattern text]); the values are quoted by the server. */
const RUNTESTS = `SELECT 'SELECT * FROM runtests(' || concat_ws(', ', quote_literal($1::text) || '::name', quote_literal($2::text) || '::text') || ')' AS sql`;

const PGTAP_STATE = `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgtap') AS installed,
  EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pgtap') AS available`;

/** A file that creates the extension itself (not IF NOT EXISTS) or defines pgTAP's plan(). */
const OWN_PGTAP = [/\bcreate\s+extension\s+(?!if\s+not\s+exists\b)"?pgtap\b/i, /\bcreate\s+(?:or\s+replace\s+)?function\s+(?:[\w"]+\.)?"?plan"?\s*\(/i];
const INCLUDE = /^[ \t]*\\(i|ir|include|include_relative)[ \t]+('[^'\n]*'|\S+)/gm;

/**
 * Whether a suite brings its own pgTAP, as pg_prove users' suites may: a file (or what it
 * includes with \i, \ir) runs CREATE EXTENSION pgtap, or loads a copy of pgTAP's functions.
 * The runner's pgTAP would make the first fail ("already exists") and the second ambiguous.
 * \i is relative to the working directory, \ir to the including file, as in psql; an include
 * named through a variable is not followed.
 */
export function bringsOwnPgtap(paths: string[]): boolean {
  const seen = new Set<string>();
  const visit = (path: string): boolean => {
    if (seen.has(path) || !existsSync(path) || !statSync(path).isFile()) return false;
    seen.add(path);
    const text = readFileSync(path, 'utf8').replace(/--[^\n]*/g, '');
    if (OWN_PGTAP.some((re) => re.test(text))) return true;
    for (const m of text.matchAll(INCLUDE)) {
      const target = m[2]!.replace(/^'|'$/g, '');
      if (target.includes(':')) continue;
      const relativeToFile = m[1] === 'ir' || m[1] === 'include_relative';
      if (visit(resolve(relativeToFile ? dirname(path) : process.cwd(), target))) return true;
    }
    return false;
  };
  return paths.some((p) => visit(resolve(p)));
}

/**
 * pg_prove expects pgTAP installed in the database; a suite that neither creates it nor
 * loads its own copy (bringsOwnPgtap) gets it from the runner, outside the census: created
 * before the first census, dropped after the last (also on Ctrl-C). Where pgTAP is installed
 * already, nothing is done.
 */
export async function ensurePgtap(db: Queryable, paths: string[] = []): Promise<() => Promise<void>> {
  if (bringsOwnPgtap(paths)) return async () => undefined;
  const [r] = await db.query<{ installed: boolean; available: boolean }>(PGTAP_STATE);
  if (!r || r.installed || !r.available) return async () => undefined;
  await db.exec('CREATE EXTENSION pgtap');
  const drop = async () => void (await db.exec('DROP EXTENSION IF EXISTS pgtap').catch(() => undefined));
  const unregister = onShutdown(drop);
  return async () => {
    unregister();
    await drop();
  };
}

/** Run files one after another on one database, between two censuses. */
export async function runProbes(db: Db, paths: string[], opts: ProbeOptions = {}): Promise<ProbeRun> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const [v] = await db.query<{ version: string }>(SERVER_VERSION);
  const dropPgtap = await ensurePgtap(db, paths);
  const files: ProbeFileResult[] = [];
  let differences: string[];
  try {
    const before = await takeCensus(db, { traces: true });
    for (const p of paths) files.push(await runOneFile(db, p, opts));
    differences = await censusVerdict(db, before);
  } finally {
    await dropPgtap();
  }
  return finishRun({ engine: db.kind, database: db.label, serverVersion: v?.version ?? '', startedAt, started, jobs: 1, files, differences });
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
