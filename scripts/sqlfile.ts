// SQL files as the harness reads them: split into statements by the real PostgreSQL parser
// (libpg-query), each statement knowing its line and column, so that every error can be
// reported as file:line:column the way psql users expect.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadModule, parseSync } from 'libpg-query';
import { CheckFailed, SqlExecError, serverError } from './errors.ts';
import type { Notice, Queryable, StatementResult } from './db/types.ts';

export interface SqlStatement {
  text: string;
  /** Character offset of the statement's first token in the file. */
  offset: number;
  line: number;
  column: number;
  /** The parse-tree node type, e.g. "CreateStmt", "TransactionStmt". */
  kind: string;
  /** For TransactionStmt: BEGIN / COMMIT / ROLLBACK …; otherwise null. */
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

let parserReady: Promise<void> | null = null;
export function loadParser(): Promise<void> {
  parserReady ??= loadModule();
  return parserReady;
}

export function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
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
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') i++;
    else if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? to : nl + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < to && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') (depth++, (i += 2));
        else if (text[i] === '*' && text[i + 1] === '/') (depth--, (i += 2));
        else i++;
      }
    } else break;
  }
  return i;
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
    const kind = Object.keys(s.stmt)[0] ?? 'Unknown';
    const node = s.stmt[kind] as { kind?: string } | undefined;
    const transaction = kind === 'TransactionStmt' ? transactionVerb(node?.kind) : null;
    return { text: text.slice(offset, end), offset, ...lineColumn(text, offset), kind, transaction };
  });
}

function byteToChar(text: string, bytePos: number): number {
  return Buffer.from(Buffer.from(text, 'utf8').subarray(0, bytePos)).toString('utf8').length;
}

function transactionVerb(kind: string | undefined): string {
  const verbs: Record<string, string> = {
    TRANS_STMT_BEGIN: 'BEGIN',
    TRANS_STMT_START: 'BEGIN',
    TRANS_STMT_COMMIT: 'COMMIT',
    TRANS_STMT_ROLLBACK: 'ROLLBACK',
    TRANS_STMT_SAVEPOINT: 'SAVEPOINT',
    TRANS_STMT_RELEASE: 'RELEASE',
    TRANS_STMT_ROLLBACK_TO: 'ROLLBACK TO',
    TRANS_STMT_PREPARE: 'PREPARE TRANSACTION',
    TRANS_STMT_COMMIT_PREPARED: 'COMMIT PREPARED',
    TRANS_STMT_ROLLBACK_PREPARED: 'ROLLBACK PREPARED',
  };
  return verbs[kind ?? ''] ?? 'TRANSACTION';
}

export async function loadSqlFile(path: string): Promise<SqlFile> {
  await loadParser();
  const text = readFileSync(path, 'utf8');
  const name = displayName(path);
  return { path, name, text, statements: splitSql(text, name) };
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
  const m = where && stmt.kind === 'DoStmt' ? /inline_code_block line (\d+)/.exec(where) : null;
  const quote = m ? /\$[A-Za-z_]*\$/.exec(stmt.text) : null;
  if (!m || !quote) return null;
  const bodyLine = lineColumn(file.text, stmt.offset + quote.index).line;
  const line = bodyLine + Number(m[1]) - 1;
  const text = file.text.split('\n')[line - 1] ?? '';
  return { line, column: text.length - text.trimStart().length + 1 };
}
