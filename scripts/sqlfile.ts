// SQL files as the harness reads them: split into statements (as psql splits them, by a
// lexer: scripts/sqlsplit.ts), each statement knowing its line and column, so that every
// error can be reported as file:line:column the way psql users expect. The real PostgreSQL
// parser (libpg-query) judges syntax in `iu-core check`, and a test proves both split every
// file of this repository the same way.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CheckFailed, SqlExecError, serverError } from './errors.ts';
import { SqlLexError, head, splitStatements, tokens, transactionVerb } from './sqlsplit.ts';
import type { Notice, Queryable, StatementResult } from './db/types.ts';

export interface SqlStatement {
  text: string;
  /** Character offset of the statement's first token in the file. */
  offset: number;
  line: number;
  column: number;
  /** The statement's first words, upper-cased: "DO", "CREATE TABLE", "ROLLBACK TO". */
  head: string;
  /** For transaction control: BEGIN / COMMIT / ROLLBACK …; otherwise null. */
  transaction: string | null;
}

export interface SqlFile {
  path: string;
  /** The path as printed: relative to the working directory. */
  name: string;
  text: string;
  statements: SqlStatement[];
}

/** A file the parser rejects, located like a compiler error. */
export class SqlSyntaxError extends CheckFailed {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: syntax error: ${detail}`);
  }
}

// The parser (WASM) is loaded only by the commands that judge syntax: every other command
// splits with the lexer and starts without it.
let parserReady: Promise<void> | null = null;
let parseSync: ((sql: string) => unknown) | null = null;
export function loadParser(): Promise<void> {
  parserReady ??= import('libpg-query').then(async (m) => {
    await m.loadModule();
    parseSync = m.parseSync;
  });
  return parserReady;
}

export function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** A fast line/column lookup for many offsets in one text (binary search over line starts). */
export function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Skip whitespace and comments so a statement's position is its first real token. */
function skipTrivia(text: string, from: number, to: number): number {
  try {
    for (const t of tokens(text, from, to)) return t.start;
  } catch {
    // unterminated: the parser accepted the text, so this cannot happen; keep the start
  }
  return from;
}

interface RawStmt {
  stmt: Record<string, unknown>;
  stmt_location?: number | null;
  stmt_len?: number | null;
}

/** Split SQL text into statements. Byte offsets from the parser become character offsets. */
export function splitSql(text: string, name: string): SqlStatement[] {
  let tree: { stmts?: RawStmt[] };
  try {
    if (!parseSync) throw new Error('splitSql: call loadParser() first');
    tree = parseSync(text) as { stmts?: RawStmt[] };
  } catch (e) {
    const d = (e as { sqlDetails?: { cursorPosition?: number; message?: string } }).sqlDetails;
    const bytePos = d?.cursorPosition ?? 0;
    const { line, column } = lineColumn(text, byteToChar(text, bytePos));
    throw new SqlSyntaxError(name, line, column, d?.message ?? (e as Error).message);
  }
  const bytes = Buffer.from(text, 'utf8');
  const ascii = bytes.length === text.length;
  const toChar = (b: number) => (ascii ? b : Buffer.from(bytes.subarray(0, b)).toString('utf8').length);
  return (tree.stmts ?? []).map((s) => {
    const startByte = s.stmt_location ?? 0;
    const endByte = s.stmt_len ? startByte + s.stmt_len : bytes.length;
    const start = toChar(startByte);
    const end = toChar(endByte);
    const offset = skipTrivia(text, start, end);
    const stmtHead = head(text, offset, end);
    return { text: text.slice(offset, end), offset, ...lineColumn(text, offset), head: stmtHead, transaction: transactionVerb(stmtHead) };
  });
}

/**
 * Split with the lexer: no parser to load, well under a millisecond a file. Text the lexer
 * cannot read as the server would (an unterminated string, a NUL, a string whose end depends
 * on standard_conforming_strings) is refused here, located, before anything runs.
 */
export function splitFast(text: string, name = '(sql)'): SqlStatement[] {
  const at = locator(text);
  let pieces;
  try {
    pieces = splitStatements(text);
  } catch (e) {
    if (!(e instanceof SqlLexError)) throw e;
    const { line, column } = at(e.offset);
    throw new SqlSyntaxError(name, line, column, e.reason);
  }
  return pieces.map((p) => ({
    text: text.slice(p.start, p.end),
    offset: p.start,
    ...at(p.start),
    head: p.head,
    transaction: transactionVerb(p.head),
  }));
}

function byteToChar(text: string, bytePos: number): number {
  return Buffer.from(Buffer.from(text, 'utf8').subarray(0, bytePos)).toString('utf8').length;
}

export async function loadSqlFile(path: string): Promise<SqlFile> {
  const text = readFileSync(path, 'utf8');
  const name = displayName(path);
  return { path, name, text, statements: splitFast(text, name) };
}

export interface RunOptions {
  onNotice?: (n: Notice, stmt: SqlStatement) => void;
  onResult?: (r: StatementResult, stmt: SqlStatement) => void;
}

/**
 * Run a file statement by statement on one session, as `psql -v ON_ERROR_STOP=1 -f` does:
 * the first error stops the run and is raised as a SqlExecError located in the file.
 */
export async function runSqlFile(q: Queryable, file: SqlFile, opts: RunOptions = {}): Promise<void> {
  for (const stmt of file.statements) {
    try {
      const r = await q.exec(stmt.text, opts.onNotice && ((n) => opts.onNotice!(n, stmt)));
      opts.onResult?.(r, stmt);
    } catch (e) {
      throw locateError(e, file, stmt);
    }
  }
}

/** Map a server error inside `stmt` to file:line:column; non-server errors pass through. */
export function locateError(e: unknown, file: SqlFile, stmt: SqlStatement): unknown {
  const fields = serverError(e);
  if (!fields) return e;
  if (fields.position) {
    const { line, column } = lineColumn(file.text, stmt.offset + fields.position - 1);
    return new SqlExecError(file.name, line, column, fields);
  }
  const inBody = doBlockLine(file, stmt, fields.where);
  if (inBody) return new SqlExecError(file.name, inBody.line, inBody.column, fields);
  const { line, column } = lineColumn(file.text, stmt.offset);
  return new SqlExecError(file.name, line, column, fields);
}

/**
 * An error raised inside a DO block carries "PL/pgSQL function inline_code_block line N":
 * N counts lines of the body, which starts right after the opening dollar quote.
 */
function doBlockLine(file: SqlFile, stmt: SqlStatement, where: string | undefined): { line: number; column: number } | null {
  const m = where && stmt.head.split(' ')[0] === 'DO' ? /inline_code_block line (\d+)/.exec(where) : null;
  const quote = m ? /\$[A-Za-z_]*\$/.exec(stmt.text) : null;
  if (!m || !quote) return null;
  const bodyLine = lineColumn(file.text, stmt.offset + quote.index).line;
  const line = bodyLine + Number(m[1]) - 1;
  const text = file.text.split('\n')[line - 1] ?? '';
  return { line, column: text.length - text.trimStart().length + 1 };
}
