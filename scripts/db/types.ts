// The one database interface every command uses. Two engines implement it (PGlite and the
// `postgres` driver); the local-server and container engines only provide a URL for the latter.

export type Row = Record<string, unknown>;

export interface Notice {
  severity: string;
  message: string;
  code?: string;
  detail?: string;
  hint?: string;
  where?: string;
}

export interface StatementResult {
  rows: Row[];
  columns: string[];
  command: string | null;
  rowCount: number | null;
  /**
   * With `{ text: true }`: each row's values in column order, exactly as the server wrote them
   * in its text output format (what psql prints), null for NULL. A row object keyed by name
   * keeps one of two columns of the same name; these keep both.
   */
  values?: Array<Array<string | null>>;
  /** With `{ text: true }`: each column's type OID (psql right-aligns the numeric ones). */
  types?: number[];
}

export interface ExecOptions {
  /** Rows as the server's text, in column order (StatementResult.values), not parsed by the driver. */
  text?: boolean;
}

/** Row objects for the text rows (the last of two same-named columns wins, as in \gset). */
export function rowsOf(columns: string[], values: Array<Array<string | null>>): Row[] {
  return values.map((v) => Object.fromEntries(columns.map((c, i) => [c, v[i] ?? null])));
}

/** A PostgreSQL error from either engine, with the server's fields under one spelling. */
export interface ServerErrorFields {
  code: string;
  message: string;
  severity?: string;
  detail?: string;
  hint?: string;
  where?: string;
  position?: number;
  internalPosition?: number;
  internalQuery?: string;
}

export interface Queryable {
  /** One statement, extended protocol, parameters bound by the server (never interpolated). */
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * One statement of a SQL file, simple protocol (as psql sends it): no parameters,
   * notices delivered to `onNotice` as they arrive.
   */
  exec(text: string, onNotice?: (n: Notice) => void, opts?: ExecOptions): Promise<StatementResult>;
  /**
   * One COPY with its data on the client (psql's \copy): `input` is what COPY … FROM reads
   * (null for COPY … TO, whose output comes back as `data`). The statement is the engine's
   * own form: `FROM STDIN` / `TO STDOUT` on a server, `'/dev/blob'` on PGlite.
   */
  copy?(text: string, input: Uint8Array | null, onNotice?: (n: Notice) => void): Promise<CopyResult>;
}

export interface CopyResult {
  /** The server's count (its `COPY n` tag). */
  rowCount: number;
  /** What COPY … TO wrote; null for COPY … FROM. */
  data: Uint8Array | null;
}

/** One connection held for the caller: BEGIN … COMMIT/ROLLBACK and session locks live here. */
export type Session = Queryable;

export type EngineKind = 'pglite' | 'postgres';

export interface Db extends Queryable {
  readonly kind: EngineKind;
  /** Where the database is, safe to print (passwords masked). */
  readonly label: string;
  session<T>(fn: (s: Session) => Promise<T>): Promise<T>;
  /** A session on a new connection (a new backend) where the engine has more than one. */
  freshSession?<T>(fn: (s: Session) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
