// iu-core run FILE…: run SQL files the way `psql -X -v ON_ERROR_STOP=1 -f FILE` does, through
// the one psql interpreter (scripts/psql): meta-commands, variables, \if, \gset, COPY … FROM
// stdin with inline data, results printed as psql prints them (the server's own text, byte
// for byte), notices to stderr, and the first error stops everything. This is how the seeds'
// operator drivers run on PGlite, where there is no psql.
import { existsSync, statSync } from 'node:fs';
import { CheckFailed, SqlExecError, UsageError, serverError } from '../errors.ts';
import { DB_FLAGS, list, openFromFlags, output, parseFlags, printNotice, type Io } from '../cli.ts';
import { Psql, ScriptStopped, cellsOf } from '../psql/interpreter.ts';
import { formatResult, DEFAULT_PRINT } from '../psql/format.ts';
import type { StatementResult } from '../db/types.ts';

export const usage = `iu-core run FILE… [-v NAME=VALUE] [--quiet] [--json]  SQL files as psql -X -v ON_ERROR_STOP=1 -f runs them
              (--quiet as psql -q: no command tags; --json: each statement's tag, row count, columns and rows as text)`;

/** A result as psql's aligned format prints it (without the blank line psql adds after it). */
export function alignedTable(r: StatementResult): string {
  return formatResult(r, DEFAULT_PRINT).replace(/\n$/, '');
}

/** -v NAME=VALUE as psql reads it (NAME alone sets the empty string). */
export function parseVars(values: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const name = eq < 0 ? v : v.slice(0, eq);
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new UsageError(`-v takes NAME=VALUE; got '${v}'`);
    vars[name] = eq < 0 ? '' : v.slice(eq + 1);
  }
  return vars;
}

/**
 * One statement the server ran, in `iu-core run --json` (format iu-core/run, version 1, next
 * to `files` and, when a statement stopped the run, `error` {code, message, file, line, column}):
 * `tag` is the command tag (INSERT 0 2, CREATE TABLE, SELECT 3), `command` the tag without its
 * counts, `rows` each row's values in column order as the server's text (what psql prints),
 * null for NULL: two columns of one name keep both values.
 */
export interface RunStatement {
  file: string;
  line: number;
  command: string | null;
  tag: string;
  rowCount: number | null;
  columns: string[];
  rows: Array<Array<string | null>>;
}

export async function run(args: string[], io: Io): Promise<number> {
  const p = parseFlags('run', args, { ...DB_FLAGS, set: { type: 'string', multiple: true, short: 'v' } }, { positionals: true });
  if (!p.positionals.length) throw new UsageError('run: name at least one SQL file');
  for (const f of p.positionals) {
    if (!existsSync(f)) throw new UsageError(`run: ${f} does not exist`);
    if (statSync(f).isDirectory()) throw new UsageError(`run: ${f} is a directory; name the SQL files`);
  }
  // --quiet is psql -q: QUIET on (no command tags, no \pset chatter); rows and \echo stay.
  const vars = { ON_ERROR_STOP: '1', ...(output.quiet ? { QUIET: 'on' } : {}), ...parseVars(list(p, 'set')) };
  const json = output.json;
  const db = await openFromFlags(p);
  const statements: RunStatement[] = [];
  // psql writes in chunks (\echo -n); the CLI's io prints lines.
  let pending = '';
  const out = (text: string) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const l of lines) io.out(l);
  };
  const stopped = await db.session(async (s) => {
    const psql = new Psql(s, {
      engine: db.kind,
      vars,
      out,
      err: (t) => io.err(t.replace(/\n$/, '')),
      onNotice: (n) => printNotice(io, n),
      printResults: !json,
      onResult: json ? (r, at) => statements.push({ file: at.file, line: at.line, command: at.tag.replace(/( \d+)+$/, '') || null, tag: at.tag, rowCount: r.rowCount, columns: r.columns, rows: cellsOf(r) }) : undefined,
    });
    try {
      for (const file of p.positionals) await psql.runFile(file);
      return null;
    } catch (e) {
      if (e instanceof ScriptStopped) return e;
      throw e;
    } finally {
      if (pending) io.out(pending);
      // psql ends its session on error or at the end; an open transaction dies with it.
      await s.exec('ROLLBACK').catch(() => undefined);
    }
  });
  if (!json) {
    if (stopped) throw stopped.error;
    return 0;
  }
  // --json: the statements that ran, and on failure the one that stopped the run.
  const result: Record<string, unknown> = { files: p.positionals, statements };
  if (stopped) {
    const { reportError } = await import('../main.ts');
    const server = stopped.error instanceof SqlExecError ? stopped.error.server : serverError(stopped.error);
    result.error = { code: server?.code ?? (stopped.error instanceof CheckFailed ? 'failed' : 'internal'), message: server?.message ?? (stopped.error as Error).message, file: stopped.file, line: stopped.line, column: stopped.column };
    io.json(result);
    return reportError(stopped.error, io);
  }
  io.json(result);
  return 0;
}
