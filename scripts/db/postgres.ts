// A real PostgreSQL server through the `postgres` driver, named as libpq names one: a URI or
// keyword=value string, completed by the service file, the PG* variables and .pgpass.
import postgres from 'postgres';
import { ConnectionLost, UsageError, errorMessage } from '../errors.ts';
import { rowsOf, type CopyResult, type Db, type ExecOptions, type Notice, type Row, type Session, type StatementResult } from './types.ts';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { Readable, Stream, Writable } from 'node:stream';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describeConninfo, parseConninfo, resolveConninfo, type Conninfo, type SslMode } from './conninfo.ts';

type Sql = postgres.Sql<Record<string, never>>;
type Reserved = postgres.ReservedSql<Record<string, never>>;

import { maskUrl } from './mask.ts';
export { maskUrl } from './mask.ts';

/** A connection as the driver takes it, with the line that says which database it is. */
export interface Target {
  options: postgres.Options<Record<string, never>>;
  /** Safe to print: no password. */
  label: string;
  params: Conninfo;
  warnings: string[];
}

/**
 * The driver's options for a connection named the way libpq names one: a URI or keyword=value
 * string (or null: the environment alone), completed by the service file, the PG* variables,
 * the defaults and the password file (scripts/db/conninfo.ts). Parsed here rather than by the
 * driver, which splits hosts on ':' ([::1] became host '['), sends ?password= to the server as
 * a startup parameter, ignores ?host=/socket/dir, PGSSLMODE, .pgpass and service files.
 */
export function connectTarget(conninfo: string | null, env: NodeJS.ProcessEnv = process.env, override: Conninfo = {}): Target {
  const given = { ...(conninfo ? parseConninfo(conninfo) : {}), ...override };
  const { params: p, from, warnings } = resolveConninfo(given, env);
  const o: postgres.Options<Record<string, never>> = {};
  const port = Number(p.port);
  const host = p.hostaddr || p.host!;
  // libpq never asks for SSL on a unix socket, whatever sslmode says.
  if (host.startsWith('/')) {
    o.path = `${host}/.s.PGSQL.${port}`;
    o.ssl = false;
  } else {
    // Arrays: the driver splits a host string on ':' and ','.
    Object.assign(o, { host: [host], port: [port] });
    o.ssl = sslOptions(p, env);
  }
  o.user = p.user;
  if (p.password) o.password = p.password;
  o.database = p.dbname;
  if (p.connect_timeout && Number(p.connect_timeout) > 0) o.connect_timeout = Number(p.connect_timeout);
  if (p.target_session_attrs) o.target_session_attrs = p.target_session_attrs as 'read-write';
  const connection: Record<string, string> = { application_name: p.application_name || p.fallback_application_name || 'iu-core' };
  if (p.options) connection.options = p.options;
  if (p.client_encoding) connection.client_encoding = p.client_encoding;
  o.connection = connection;
  const label = `${describeConninfo(p)}${from.length ? ` (from ${from.join('; ')})` : ''}`;
  return { options: o, label, params: p, warnings };
}

/** The driver options for a libpq URI or keyword string (the environment fills what it leaves out). */
export function urlOptions(url: string, env: NodeJS.ProcessEnv = process.env): postgres.Options<Record<string, never>> {
  return connectTarget(url, env).options;
}

/** sslmode as libpq applies it over TCP; sslrootcert / sslcert / sslkey default under ~/.postgresql. */
function sslOptions(p: Conninfo, env: NodeJS.ProcessEnv): postgres.Options<Record<string, never>>['ssl'] {
  const dir = join(env.HOME || homedir(), '.postgresql');
  const rootcert = p.sslrootcert || join(dir, 'root.crt');
  const cert = p.sslcert || join(dir, 'postgresql.crt');
  const key = p.sslkey || join(dir, 'postgresql.key');
  let mode = p.sslmode as SslMode;
  if (mode === 'disable') return false;
  if (mode === 'allow' || mode === 'prefer') return 'prefer';
  // libpq: "if a root CA file exists, sslmode=require behaves as verify-ca".
  if (mode === 'require' && (rootcert === 'system' || !existsSync(rootcert))) {
    return existsSync(cert) && existsSync(key) ? { rejectUnauthorized: false, cert: readFileSync(cert), key: readFileSync(key) } : 'require';
  }
  if (mode === 'require') mode = 'verify-ca';
  const tls: Record<string, unknown> = { rejectUnauthorized: true };
  if (rootcert !== 'system') {
    if (!existsSync(rootcert)) {
      throw new UsageError(
        `root certificate file "${rootcert}" does not exist; either provide the file, use the system's trusted roots with sslrootcert=system, or change sslmode to disable server certificate verification`,
      );
    }
    tls.ca = readFileSync(rootcert);
  }
  if (existsSync(cert) && existsSync(key)) Object.assign(tls, { cert: readFileSync(cert), key: readFileSync(key) });
  if (mode === 'verify-ca') tls.checkServerIdentity = () => undefined;
  else if (p.host && !p.host.startsWith('/')) tls.servername = p.host;
  return tls as never;
}

const toNotice = (n: postgres.Notice): Notice => ({
  severity: String(n.severity ?? 'NOTICE'),
  message: String(n.message ?? ''),
  code: n.code as string | undefined,
  detail: n.detail as string | undefined,
  hint: n.hint as string | undefined,
  where: n.where as string | undefined,
});

/** The driver's and the OS's names for a connection that is gone, and the server's own. */
const LOST_CODES: Record<string, string> = {
  CONNECTION_CLOSED: '08006',
  CONNECTION_DESTROYED: '08006',
  CONNECTION_ENDED: '08006',
  ECONNRESET: '08006',
  EPIPE: '08006',
  ETIMEDOUT: '08006',
  // a later query of the command, when the pool reconnects to a server that is gone
  ECONNREFUSED: '08006',
  CONNECT_TIMEOUT: '08006',
  // admin_shutdown (pg_terminate_backend, pg_ctl stop -m fast), crash_shutdown, cannot_connect_now
  '57P01': '57P01',
  '57P02': '57P02',
  '57P03': '57P03',
};

/** A driver error that means the connection is gone, as one ConnectionLost; anything else unchanged. */
export function asConnectionLost(e: unknown): ConnectionLost | null {
  if (e instanceof ConnectionLost) return e;
  const code = (e as { code?: unknown })?.code;
  const sqlstate = typeof code === 'string' ? LOST_CODES[code] : undefined;
  if (!sqlstate) return null;
  // The driver's message names the code and the address ("write CONNECTION_CLOSED 127.0.0.1:5432").
  const reason = sqlstate !== '08006' ? errorMessage(e) : code === 'ECONNREFUSED' || code === 'CONNECT_TIMEOUT' ? 'the server is no longer reachable' : 'the server closed the connection';
  return new ConnectionLost(sqlstate, reason);
}

/**
 * Runs one driver call; a lost connection becomes a ConnectionLost (a plain rejected error the
 * caller can catch and carry on from with a new connection), and `state.lost` is set.
 */
async function guarded<T>(state: { lost: boolean } | null, call: () => Promise<T>): Promise<T> {
  if (state?.lost) throw new ConnectionLost('08006', 'this session lost its connection earlier');
  try {
    return await call();
  } catch (e) {
    const lost = asConnectionLost(e);
    if (!lost) throw e;
    if (state) state.lost = true;
    throw lost;
  }
}

/** `state`: a held session's (its connection, once lost, stays lost); null for the pool, which reconnects. */
function wrap(sql: Sql | Reserved, sink: { current?: (n: Notice) => void }, state: { lost: boolean } | null): Session {
  return {
    query<T = Row>(text: string, params: unknown[] = []): Promise<T[]> {
      return guarded(state, async () => {
        // Prepared (named, once per connection; the driver's unsafe() would parse and describe
        // every call again, a second round trip whenever there are parameters). Only the
        // harness's own statements come here, a fixed set; a file's statements go to exec().
        const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true });
        return [...rows] as T[];
      });
    },
    exec(text: string, onNotice?: (n: Notice) => void, opts?: ExecOptions): Promise<StatementResult> {
      return guarded(state, () => execOnce(sql, sink, text, onNotice, opts));
    },
    copy(text: string, input: Uint8Array | null, onNotice?: (n: Notice) => void): Promise<CopyResult> {
      return guarded(state, () => copyOnce(sql, sink, text, input, onNotice));
    },
  };
}

type Settle = { resolve(x: unknown): void; reject(e: unknown): void };

/**
 * COPY … FROM STDIN / TO STDOUT through the driver's COPY stream. The driver resolves the
 * query with the stream and then has nowhere to report the statement's end (its `COPY n`, or
 * an error after the data: a copy-in's stream would never finish), so the query's own
 * resolve and reject are wrapped to see that end too.
 */
async function copyOnce(sql: Sql | Reserved, sink: { current?: (n: Notice) => void }, text: string, input: Uint8Array | null, onNotice?: (n: Notice) => void): Promise<CopyResult> {
  sink.current = onNotice;
  try {
    const q = sql.unsafe(text).simple() as unknown as Settle & PromiseLike<unknown>;
    let ended!: Settle;
    const end = new Promise<unknown>((resolve, reject) => (ended = { resolve, reject }));
    end.catch(() => undefined);
    const first: Settle = { resolve: q.resolve, reject: q.reject };
    q.resolve = (x) => {
      first.resolve(x);
      if (!(x instanceof Stream)) ended.resolve(x);
    };
    q.reject = (e) => {
      first.reject(e);
      ended.reject(e);
    };
    const stream = await q;
    const chunks: Buffer[] = [];
    let body: Promise<void> = Promise.resolve();
    if (stream instanceof Writable) {
      stream.on('error', () => undefined);
      if (input?.length) stream.write(input);
      stream.end();
    } else if (stream instanceof Readable) {
      body = (async () => {
        for await (const c of stream) chunks.push(c as Buffer);
      })();
      body.catch(() => undefined);
    }
    const done = (await end) as { count?: number | null };
    await body;
    return { rowCount: Number(done?.count ?? 0), data: input ? null : Buffer.concat(chunks) };
  } finally {
    sink.current = undefined;
  }
}

async function execOnce(sql: Sql | Reserved, sink: { current?: (n: Notice) => void }, text: string, onNotice?: (n: Notice) => void, opts: ExecOptions = {}): Promise<StatementResult> {
  sink.current = onNotice;
  try {
    // raw(): the simple protocol's text-format values as the server sent them, in column
    // order, untouched by the driver's parsers (psql prints exactly these bytes).
    const q = sql.unsafe(text).simple();
    const r = await (opts.text ? q.raw() : q);
    // Several statements in one simple query come back as a plain list of results (a result
    // has its own `count`; raw rows are arrays too, so that is the test): keep the last.
    const multi = !Object.prototype.hasOwnProperty.call(r, 'count');
    const last = (multi ? r[r.length - 1] : r) as unknown as postgres.RowList<Row[]>;
    const columns = (last.columns ?? []).map((c) => c.name);
    const common = { columns, command: last.command ?? null, rowCount: last.count ?? null };
    if (!opts.text) return { rows: [...last], ...common };
    const values = [...(last as unknown as Array<Array<Buffer | null>>)].map((row) => row.map((v) => (v === null ? null : v.toString('utf8'))));
    return { rows: rowsOf(columns, values), values, types: (last.columns ?? []).map((c) => c.type), ...common };
  } finally {
    sink.current = undefined;
  }
}

export class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  private readonly sink: { current?: (n: Notice) => void } = {};
  private readonly sql: Sql;
  private readonly shared: Session;
  private onClose: Array<() => Promise<void>> = [];
  /** A held session lost its connection: the driver would wait out end()'s timeout for it. */
  private lostOne = false;

  private constructor(
    private readonly target: Target,
    readonly label: string,
    private readonly max: number,
    private readonly reach: { conninfo: string | null; env: NodeJS.ProcessEnv; override: Conninfo },
    fetchTypes = true,
  ) {
    const options: postgres.Options<Record<string, never>> = {
      max,
      onnotice: (n) => this.sink.current?.(toNotice(n)),
      // count(*) and other int8 values as numbers: row counts here never pass 2^53.
      types: { bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } } as never,
      connect_timeout: 10,
      idle_timeout: 30,
      prepare: true,
      // Array types of extensions, looked up once per connection; a fresh session skips it.
      fetch_types: fetchTypes,
      ...target.options,
    };
    this.sql = postgres(options) as unknown as Sql;
    this.shared = wrap(this.sql, this.sink, null);
  }

  /** What libpq would have warned about on the way (a password file others may read). */
  get warnings(): string[] {
    return this.target.warnings;
  }

  /** The settled connection keywords (password included: never print them). */
  get params(): Conninfo {
    return this.target.params;
  }

  /**
   * Connect and prove the connection with one round trip, so that a wrong URL or a server
   * that is down fails here with one clear line, before any command starts its work.
   * `conninfo`: a URI or keyword=value string, or null for the environment alone (PG*, service).
   */
  static async connect(conninfo: string | null, opts: { max?: number; env?: NodeJS.ProcessEnv; override?: Conninfo } = {}): Promise<PostgresDb> {
    const reach = { conninfo, env: opts.env ?? process.env, override: opts.override ?? {} };
    const target = connectTarget(conninfo, reach.env, reach.override);
    const label = maskUrl(target.label);
    const db = new PostgresDb(target, label, opts.max ?? 4, reach);
    try {
      await db.sql`select 1`;
    } catch (e) {
      await db.sql.end({ timeout: 0 }).catch(() => undefined);
      const warned = target.warnings.map((w) => `\n${w}`).join('');
      throw new UsageError(`cannot connect to ${label}: ${await connectionReason(e, target)}${warned}`);
    }
    return db;
  }

  /** Another database on the same server, reached the way this one was. */
  async sibling(database: string): Promise<PostgresDb> {
    return PostgresDb.connect(this.reach.conninfo, { max: this.max, env: this.reach.env, override: { ...this.reach.override, dbname: database } });
  }

  /** The same database on new connections whose startup options also carry `options` (-c name=value …). */
  async withOptions(options: string): Promise<PostgresDb> {
    const before = this.target.params.options;
    return PostgresDb.connect(this.reach.conninfo, { max: this.max, env: this.reach.env, override: { ...this.reach.override, options: before ? `${before} ${options}` : options } });
  }

  /** Run `fn` when the database is closed (a throwaway server stops with it). */
  alsoOnClose(fn: () => Promise<void>): void {
    this.onClose.push(fn);
  }

  query<T = Row>(text: string, params?: unknown[]): Promise<T[]> {
    return this.shared.query<T>(text, params);
  }

  exec(text: string, onNotice?: (n: Notice) => void, opts?: ExecOptions): Promise<StatementResult> {
    return this.shared.exec(text, onNotice, opts);
  }

  async session<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    const reserved = await guarded(null, () => this.sql.reserve());
    const state = { lost: false };
    try {
      return await fn(wrap(reserved, this.sink, state));
    } finally {
      // A connection the driver has already closed must not go back to the pool: release()
      // would mark it open, and the next query would write to its null socket (a TypeError
      // thrown from a timer, outside any promise: the crash of issue 11).
      if (state.lost) this.lostOne = true;
      else reserved.release();
    }
  }

  /**
   * A session on a backend of its own, disconnected afterwards. A backend keeps what it
   * compiled (pgTAP's functions, created and rolled back in every probe file) for its whole
   * life; reusing one across probe files made each file slower than the one before. Its
   * results are the built-in types only (pgTAP's TAP text), so it skips the type lookup.
   */
  async freshSession<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    const one = new PostgresDb(this.target, this.label, 1, this.reach, false);
    try {
      // Connect first, as connect() does: without fetch_types the driver's reserve() never
      // resolves on a pool that has not connected yet (postgres 3.4).
      await guarded(null, () => one.sql`select 1`);
      return await one.session(fn);
    } finally {
      await one.sql.end({ timeout: one.lostOne ? 0 : 5 });
    }
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: this.lostOne ? 0 : 5 });
    const hooks = this.onClose;
    this.onClose = [];
    for (const fn of hooks) await fn();
  }
}

async function connectionReason(e: unknown, target: Target): Promise<string> {
  const o = e as { code?: string; message?: string; errno?: string };
  const mode = target.params.sslmode;
  if (target.options.host && ['require', 'verify-ca', 'verify-full'].includes(mode!) && !(await serverSpeaksSsl(target))) {
    return 'server does not support SSL, but SSL was required';
  }
  if (o?.code === 'ECONNREFUSED') return 'connection refused (is the server running, and on this host and port?)';
  if (o?.code === 'ENOTFOUND') return 'host not found';
  if (o?.code === 'ENOENT') return 'no server socket there (is the server running, and is that its socket directory?)';
  if (o?.code === 'EACCES') return 'permission denied on the server socket (its directory is private to the server user)';
  if (o?.code === 'CONNECT_TIMEOUT' || o?.code === 'ETIMEDOUT') return 'connection timed out';
  if (o?.code === '28P01' || o?.code === '28000') return `authentication failed (${o.message})`;
  if (o?.code === '3D000') return o.message ?? 'database does not exist';
  if (/self[- ]signed|unable to verify|certificate/i.test(o?.message ?? '')) return `SSL error: ${o.message}`;
  return errorMessage(e);
}

/** Ask the server the SSLRequest question alone (8 bytes, answer 'S' or 'N'), to say why TLS failed. */
function serverSpeaksSsl(target: Target): Promise<boolean> {
  const host = (target.options.host as unknown as string[])[0]!;
  const port = (target.options.port as unknown as number[])[0]!;
  return new Promise((resolve) => {
    const sock = createConnection({ host, port });
    const done = (v: boolean) => {
      sock.destroy();
      resolve(v);
    };
    sock.setTimeout(5000, () => done(true));
    sock.on('error', () => done(true));
    sock.on('connect', () => sock.write(Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f])));
    sock.once('data', (d) => done(d[0] === 0x53));
  });
}
