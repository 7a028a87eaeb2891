// A real PostgreSQL server through the `postgres` driver, named by URL or by the libpq
// environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD).
import postgres from 'postgres';
import { UsageError, errorMessage } from '../errors.ts';
import type { Db, Notice, Row, Session, StatementResult } from './types.ts';

type Sql = postgres.Sql<Record<string, never>>;
type Reserved = postgres.ReservedSql<Record<string, never>>;

/** A URL safe to print: the password, if any, replaced by ***. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@');
  }
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

function wrap(sql: Sql | Reserved, sink: { current?: (n: Notice) => void }): Session {
  return {
    async query<T = Row>(text: string, params: unknown[] = []): Promise<T[]> {
      const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return [...rows] as T[];
    },
    async exec(text: string, onNotice?: (n: Notice) => void): Promise<StatementResult> {
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
    },
  };
}

export class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  private readonly sink: { current?: (n: Notice) => void } = {};
  private readonly sql: Sql;
  private readonly shared: Session;
  private onClose: Array<() => Promise<void>> = [];

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
    this.sql = (url ? postgres(url, options) : postgres(options)) as unknown as Sql;
    this.shared = wrap(this.sql, this.sink);
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
    const reserved = await this.sql.reserve();
    try {
      return await fn(wrap(reserved, this.sink));
    } finally {
      reserved.release();
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
      await one.sql`select 1`;
      return await one.session(fn);
    } finally {
      await one.sql.end({ timeout: 5 });
    }
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 5 });
    const hooks = this.onClose;
    this.onClose = [];
    for (const fn of hooks) await fn();
  }
}

function connectionReason(e: unknown): string {
  const o = e as { code?: string; message?: string; errno?: string };
  if (o?.code === 'ECONNREFUSED') return 'connection refused (is the server running, and on this host and port?)';
  if (o?.code === 'ENOTFOUND') return 'host not found';
  if (o?.code === 'CONNECT_TIMEOUT' || o?.code === 'ETIMEDOUT') return 'connection timed out';
  if (o?.code === '28P01' || o?.code === '28000') return `authentication failed (${o.message})`;
  if (o?.code === '3D000') return o.message ?? 'database does not exist';
  return errorMessage(e);
}
