// Which database a command runs on: --db, else DATABASE_URL, else the server the libpq
// variables name when any of them is set (PGHOST, PGPORT, PGDATABASE, PGSERVICE, …: the
// same server psql would reach), else — only when nothing names a server — the embedded
// PGlite in .iu-core/pgdata.
import { resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { libpqEnvSet, parseConninfo } from './conninfo.ts';
import { onShutdown } from '../shutdown.ts';
import type { Db } from './types.ts';

export const DEFAULT_PGLITE_DIR = '.iu-core/pgdata';

export type DbSpec =
  | { kind: 'pglite'; dir: string | null }
  /** url: a postgres:// URI or a libpq keyword=value string; null for the PG* variables alone. */
  | { kind: 'postgres'; url: string | null }
  | { kind: 'local' }
  | { kind: 'container' };

export const DB_FLAG_RULE = "--db takes pglite:<dir>, pglite:memory, local, container, or a postgres:// URL";

export function resolveDbSpec(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): DbSpec {
  if (flag === undefined) {
    if (env.DATABASE_URL) return parseUrl(env.DATABASE_URL, 'DATABASE_URL');
    // Any libpq variable means the user is pointing at a server: never a silent PGlite instead.
    if (libpqEnvSet(env).length) return { kind: 'postgres', url: null };
    return { kind: 'pglite', dir: DEFAULT_PGLITE_DIR };
  }
  if (flag === 'local') return { kind: 'local' };
  if (flag === 'container') return { kind: 'container' };
  if (flag === 'pglite:memory') return { kind: 'pglite', dir: null };
  if (flag.startsWith('pglite:')) {
    const dir = flag.slice('pglite:'.length);
    if (!dir.trim()) throw new UsageError(`${DB_FLAG_RULE}; got an empty pglite directory`);
    // A near miss of pglite:memory would otherwise persist a directory named after the typo.
    if (/^memory\W*$/i.test(dir) || /^:?memory:?$/i.test(dir)) throw new UsageError(`${DB_FLAG_RULE}; got '${flag}' (did you mean pglite:memory? for a directory of that name, write pglite:./${dir})`);
    return { kind: 'pglite', dir };
  }
  if (/^postgres(ql)?:\/\//.test(flag) || /^\s*\w+\s*=/.test(flag)) return parseUrl(flag, '--db');
  // Printed through the masking of every output: the password in `flag` shows as ***.
  throw new UsageError(`${DB_FLAG_RULE}; got '${flag}'${near(flag) || " (a libpq 'host=… dbname=…' string is taken too)"}`);
}

/** What a near miss was probably meant to be. */
function near(flag: string): string {
  if (/^postgres(ql)?\+[\w.-]+:\/\//i.test(flag)) return " (another driver's scheme: write postgres://…)";
  if (/^postgres(ql)?:?\/{1,2}/i.test(flag)) return ' (did you mean postgres://…?)';
  return '';
}

/** A URI or keyword string, parsed now so that a malformed one is refused before any connection. */
function parseUrl(url: string, from: string): DbSpec {
  if (!/^postgres(ql)?:\/\//.test(url) && !/^\s*\w+\s*=/.test(url)) {
    throw new UsageError(`${from} is not a postgres:// URI or a libpq 'host=… dbname=…' string`);
  }
  try {
    parseConninfo(url);
  } catch (e) {
    throw new UsageError(`${from}: ${(e as Error).message}`);
  }
  return { kind: 'postgres', url };
}

/** Told of every database a command opens (main prints it, or puts it in the JSON). */
let announce: ((db: Db) => void) | null = null;
export function onDatabaseOpened(fn: ((db: Db) => void) | null): ((db: Db) => void) | null {
  const before = announce;
  announce = fn;
  return before;
}

export interface OpenOptions {
  /** PGlite only: run the engine in a worker and stop any call that takes longer than this. */
  pgliteWatchdogMs?: number;
  /** false: a command reopening a database it already announced (evidence) says nothing again. */
  announce?: boolean;
}

/** Open the database; it (and any server started for it) closes at shutdown. */
// Each engine is imported when it is opened: a command on a server never pays for loading
// PGlite, nor one on PGlite for the driver or execa (about 160 ms of a ~400 ms start here).
export async function openDb(spec: DbSpec, opts: OpenOptions = {}): Promise<Db> {
  let db: Db;
  switch (spec.kind) {
    case 'pglite': {
      const dir = spec.dir === null ? null : resolve(spec.dir);
      if (opts.pgliteWatchdogMs) {
        const { PgliteWatchdogDb } = await import('./pglite-watchdog.ts');
        db = await PgliteWatchdogDb.open(dir, opts.pgliteWatchdogMs);
      } else {
        const { PgliteDb } = await import('./pglite.ts');
        db = await PgliteDb.open(dir);
      }
      break;
    }
    case 'postgres': {
      const { PostgresDb } = await import('./postgres.ts');
      db = await PostgresDb.connect(spec.url);
      break;
    }
    case 'local': {
      const { startLocalServer } = await import('./local-server.ts');
      const { PostgresDb } = await import('./postgres.ts');
      const server = await startLocalServer();
      const pg = await PostgresDb.connect(server.url);
      pg.alsoOnClose(() => server.destroy());
      db = pg;
      break;
    }
    case 'container': {
      const { startContainer } = await import('./container.ts');
      const { PostgresDb } = await import('./postgres.ts');
      const server = await startContainer();
      const pg = await PostgresDb.connect(server.url);
      pg.alsoOnClose(() => server.stop());
      db = pg;
      break;
    }
  }
  // Closed at shutdown unless the caller closes it first: then the hook goes, so that a later
  // shutdown() (evidence runs main() for its command in between) never closes it twice.
  const unregister = onShutdown(() => db.close());
  const close = db.close.bind(db);
  let closing: Promise<void> | null = null;
  db.close = () => {
    unregister();
    return (closing ??= close());
  };
  if (opts.announce !== false) announce?.(db);
  return db;
}
