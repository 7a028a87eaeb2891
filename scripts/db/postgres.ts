// A real PostgreSQL server through the `postgres` driver, named by URL or by the libpq
// environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD).
import postgres from 'postgres';
import { ConnectionLost, UsageError, errorMessage } from '../errors.ts';
import type { Db, Notice, Row, Session, StatementResult } from './types.ts';
import { maskUrl } from './mask.ts';

type Sql = postgres.Sql<Record<string, never>>;
type Reserved = postgres.ReservedSql<Record<string, never>>;

export { maskUrl } from './mask.ts';

/**
 * The driver's options for a libpq-style URL, parsed here rather than by the driver, which
 * splits hosts on ':' (so `[::1]` became host '[' — "host not found"), sends a `?password=`
 * to the server as a startup parameter, and ignores `?host=/socket/dir` (the form a private
 * unix socket, as `--db local` uses, is named by). Query parameters override the URL's parts,
 * as in libpq; the rest go to the server as startup parameters, as before.
 */
export function urlOptions(url: string, env: NodeJS.ProcessEnv = process.env): postgres.Options<Record<string, never>> {
  const u = new URL(url);
  const q = new Map(u.searchParams);
  const take = (k: string) => {
    const v = q.get(k);
    q.delete(k);
    return v || undefined;
  };
  const o: postgres.Options<Record<string, never>> = {};
  const host = take('host') ?? (u.hostname ? decodeURIComponent(u.hostname).replace(/^\[(.*)\]$/, '$1') : undefined);
  const port = Number(take('port') ?? u.port ?? '') || Number(env.PGPORT) || 5432;
  if (host?.startsWith('/')) o.path = `${host}/.s.PGSQL.${port}`;
  // Arrays: the driver splits a host string on ':' and ','.
  else if (host) Object.assign(o, { host: [host], port: [port] });
  else o.port = port;
  const user = decodeURIComponent(u.username) || take('user');
  if (user) o.user = user;
  const password = decodeURIComponent(u.password) || take('password');
  q.delete('password');
  if (password) o.password = password;
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || take('dbname');
  if (database) o.database = database;
  const sslmode = take('sslmode');
  if (sslmode) o.ssl = sslmode === 'disable' ? false : (sslmode as 'require');
  const timeout = take('connect_timeout');
  if (timeout && Number(timeout) > 0) o.connect_timeout = Number(timeout);
  const attrs = take('target_session_attrs');
  if (attrs) o.target_session_attrs = attrs as 'read-write';
  o.connection = Object.fromEntries(q) as Record<string, string>;
  return o;
}

function labelFromEnv(env: NodeJS.ProcessEnv): string {
  const user = env.PGUSER ?? env.USER ?? '';
  return `postgres://${user ? `${user}@` : ''}${env.PGHOST ?? 'localhost'}:${env.PGPORT ?? '5432'}/${env.PGDATABASE ?? user} (from PG* variables)`;
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
        const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
        return [...rows] as T[];
      });
    },
    exec(text: string, onNotice?: (n: Notice) => void): Promise<StatementResult> {
      return guarded(state, () => execOnce(sql, sink, text, onNotice));
    },
  };
}

async function execOnce(sql: Sql | Reserved, sink: { current?: (n: Notice) => void }, text: string, onNotice?: (n: Notice) => void): Promise<StatementResult> {
  sink.current = onNotice;
  try {
    const r = await sql.unsafe(text).simple();
    // Several statements in one simple query come back as a list of results: keep the last.
    const last = (Array.isArray(r[0]) ? r[r.length - 1] : r) as unknown as postgres.RowList<Row[]>;
    return {
      rows: [...last],
      columns: (last.columns ?? []).map((c) => c.name),
      command: last.command ?? null,
      rowCount: last.count ?? null,
    };
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
    private readonly url: string | null,
    readonly label: string,
    private readonly max: number,
    private readonly env?: NodeJS.ProcessEnv,
    fetchTypes = true,
  ) {
    const options: postgres.Options<Record<string, never>> = {
      max,
      onnotice: (n) => this.sink.current?.(toNotice(n)),
      // count(*) and other int8 values as numbers: row counts here never pass 2^53.
      types: { bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } } as never,
      connection: { application_name: 'iu-core' },
      connect_timeout: 10,
      idle_timeout: 30,
      prepare: true,
      // Array types of extensions, looked up once per connection; a fresh session skips it.
      fetch_types: fetchTypes,
    };
    // Without a URL the driver reads PGHOST/PGPORT/PGUSER/PGPASSWORD; PGDATABASE may be overridden.
    if (!url && env?.PGDATABASE) options.database = env.PGDATABASE;
    if (url) {
      const parsed = urlOptions(url);
      Object.assign(options, parsed, { connection: { ...options.connection, ...parsed.connection } });
    }
    this.sql = postgres(options) as unknown as Sql;
    this.shared = wrap(this.sql, this.sink, null);
  }

  /**
   * Connect and prove the connection with one round trip, so that a wrong URL or a server
   * that is down fails here with one clear line, before any command starts its work.
   */
  static async connect(url: string | null, opts: { max?: number; env?: NodeJS.ProcessEnv } = {}): Promise<PostgresDb> {
    const label = url ? maskUrl(url) : labelFromEnv(opts.env ?? process.env);
    const db = new PostgresDb(url, label, opts.max ?? 4, opts.env);
    try {
      await db.sql`select 1`;
    } catch (e) {
      await db.sql.end({ timeout: 0 }).catch(() => undefined);
      throw new UsageError(`cannot connect to ${label}: ${connectionReason(e)}`);
    }
    return db;
  }

  /** Another database on the same server, reached the way this one was. */
  async sibling(database: string): Promise<PostgresDb> {
    if (this.url) {
      const u = new URL(this.url);
      u.pathname = `/${encodeURIComponent(database)}`;
      return PostgresDb.connect(u.toString(), { max: this.max });
    }
    return PostgresDb.connect(null, { max: this.max, env: { ...process.env, PGDATABASE: database } });
  }

  /** Run `fn` when the database is closed (a throwaway server stops with it). */
  alsoOnClose(fn: () => Promise<void>): void {
    this.onClose.push(fn);
  }

  query<T = Row>(text: string, params?: unknown[]): Promise<T[]> {
    return this.shared.query<T>(text, params);
  }

  exec(text: string, onNotice?: (n: Notice) => void): Promise<StatementResult> {
    return this.shared.exec(text, onNotice);
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
    const one = new PostgresDb(this.url, this.label, 1, this.env, false);
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

function connectionReason(e: unknown): string {
  const o = e as { code?: string; message?: string; errno?: string };
  if (o?.code === 'ECONNREFUSED') return 'connection refused (is the server running, and on this host and port?)';
  if (o?.code === 'ENOTFOUND') return 'host not found';
  if (o?.code === 'ENOENT') return 'no server socket there (is the server running, and is that its socket directory?)';
  if (o?.code === 'EACCES') return 'permission denied on the server socket (its directory is private to the server user)';
  if (o?.code === 'CONNECT_TIMEOUT' || o?.code === 'ETIMEDOUT') return 'connection timed out';
  if (o?.code === '28P01' || o?.code === '28000') return `authentication failed (${o.message})`;
  if (o?.code === '3D000') return o.message ?? 'database does not exist';
  return errorMessage(e);
}
