import type { ServerErrorFields } from './db/types.ts';

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Bad flags, bad --db, unreachable server: one clear line, exit 2, nothing touched. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
}

/** A check that ran and failed (a migration error, drift, FAIL verdicts): exit 1. */
export class CheckFailed extends Error {
  readonly exitCode = EXIT.failed;
}

/**
 * The connection to the server was lost mid-command (backend terminated, server stopped or
 * crashed, network gone): exit 1, one line. `code` is a SQLSTATE (57P01–57P03 when the server
 * said why, 08006 connection_failure otherwise) so `serverError()` reads it as any server error;
 * the server rolled back whatever transaction that connection had open.
 */
export class ConnectionLost extends CheckFailed {
  readonly lost = true;
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(`lost the connection to the database: ${reason}; its open transaction was rolled back by the server`);
  }
}

/** A statement of a SQL file failed on the server; carries where in the file it happened. */
export class SqlExecError extends CheckFailed {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly server: ServerErrorFields,
  ) {
    super(`${file}:${line}:${column}: ${server.code} ${server.message}`);
  }

  /** The lines printed for a human: location, SQLSTATE and message, then detail / hint / context. */
  describe(): string {
    const lines = [`${this.file}:${this.line}:${this.column}: ERROR ${this.server.code}: ${this.server.message}`];
    if (this.server.detail) lines.push(`  DETAIL: ${this.server.detail}`);
    if (this.server.hint) lines.push(`  HINT: ${this.server.hint}`);
    if (this.server.where) lines.push(`  CONTEXT: ${this.server.where.split('\n').join('\n           ')}`);
    return lines.join('\n');
  }
}

const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number.parseInt(v, 10) : typeof v === 'number' ? v : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * The server's error fields from either engine (PGlite's DatabaseError spells them in
 * camelCase, the postgres driver in snake_case), or null when `e` is not a server error.
 */
export function serverError(e: unknown): ServerErrorFields | null {
  if (!e || typeof e !== 'object') return null;
  const o = e as Record<string, unknown>;
  const code = str(o.code);
  if (!code || !/^[0-9A-Z]{5}$/.test(code)) return null;
  return {
    code,
    message: str(o.message) ?? '(no message)',
    severity: str(o.severity),
    detail: str(o.detail),
    hint: str(o.hint),
    where: str(o.where),
    position: num(o.position),
    internalPosition: num(o.internalPosition ?? o.internal_position),
    internalQuery: str(o.internalQuery ?? o.internal_query),
  };
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
