// A throwaway PostgreSQL server from this machine's own binaries: initdb + pg_ctl into a
// temp directory, gone on exit. It listens on a unix socket only, in a directory of mode 0700
// owned by the server's user, and on no TCP address: its superuser has trust auth, and on
// 127.0.0.1 any local user could have connected as it (and run COPY … TO PROGRAM).
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { UsageError } from '../errors.ts';
import { onExitSync } from '../shutdown.ts';

export interface LocalServer {
  /** postgres://postgres@localhost:PORT/postgres?host=SOCKET_DIR (libpq's and our driver's form). */
  url: string;
  /** Names the socket file (.s.PGSQL.PORT); no TCP port is open. */
  port: number;
  /** The private socket directory (mode 0700, owned by the server's user). */
  socketDir: string;
  dataDir: string;
  binDir: string;
  /** Major version of the binaries, e.g. 15. */
  major: number;
  /** Start again after `stopImmediate` (crash tests). */
  start(): Promise<void>;
  /** `pg_ctl stop -m immediate`: a crash as far as the data is concerned. */
  stopImmediate(): Promise<void>;
  /** Stop and delete everything. */
  destroy(): Promise<void>;
}

/** `pg_config --bindir` first, then /usr/lib/postgresql/<major>/bin, newest major first. */
export function findPgBinDir(): string | null {
  const fromEnv = process.env.IU_CORE_PG_BINDIR;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  try {
    const dir = execaSync('pg_config', ['--bindir']).stdout.trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // no pg_config on PATH: look where Debian puts the server binaries
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((d) => /^\d+$/.test(d))
    .sort((a, b) => Number(b) - Number(a));
  for (const m of majors) {
    const dir = join(root, m, 'bin');
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  return null;
}

/** PostgreSQL refuses to run as root: when we are root, its processes run as `nobody`. */
function serverUser(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const uid = Number(execaSync('id', ['-u', 'nobody']).stdout.trim());
  const gid = Number(execaSync('id', ['-g', 'nobody']).stdout.trim());
  return { uid, gid };
}

export interface LocalServerOptions {
  binDir?: string;
  /** Extra postgresql.conf settings, as -c on the command line (e.g. listen_addresses, ssl). */
  settings?: Record<string, string>;
  /** pg_hba.conf lines put first (first match wins), e.g. 'host all alice 127.0.0.1/32 scram-sha-256'. */
  hba?: string[];
}

export async function startLocalServer(opts: LocalServerOptions = {}): Promise<LocalServer> {
  const binDir = opts.binDir ?? findPgBinDir();
  if (!binDir) {
    throw new UsageError('no PostgreSQL server binaries found (tried pg_config --bindir and /usr/lib/postgresql/*/bin); install postgresql-15');
  }
  const major = Number(/(\d+)/.exec(execaSync(join(binDir, 'postgres'), ['--version']).stdout)?.[1] ?? 0);
  const owner = serverUser();
  // A unix socket path has at most 107 bytes: under a long TMPDIR, /tmp instead.
  const base = mkdtempSync(join(tmpdir().length > 70 ? '/tmp' : tmpdir(), 'iu-core-pg-'));
  const dataDir = join(base, 'data');
  // The socket lives in `base`: 0700 (mkdtemp's mode, made explicit) and the server's own.
  const socketDir = base;
  const logFile = join(base, 'server.log');
  chmodSync(base, 0o700);
  if (owner) chownSync(base, owner.uid, owner.gid);
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  // Names the socket file: each server has a directory of its own, so no two collide. (A test
  // that wants TCP on purpose passes listen_addresses and a port in `settings`.)
  const port = Number(opts.settings?.port ?? 5432);

  // Removal must happen even when the process ends abruptly (exit hooks are synchronous).
  let running = false;
  const cleanup = () => {
    if (running) {
      try {
        execaSync(join(binDir, 'pg_ctl'), ['-D', dataDir, 'stop', '-m', 'immediate', '-w'], { ...as, reject: false });
      } catch {
        // the server may already be gone
      }
      running = false;
    }
    rmSync(base, { recursive: true, force: true });
  };
  const unregister = onExitSync(cleanup);

  try {
    await execa(join(binDir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'], as);
  } catch (e) {
    cleanup();
    unregister();
    throw new UsageError(`initdb failed: ${(e as { stderr?: string }).stderr?.trim() || (e as Error).message}`);
  }

  if (opts.hba?.length) {
    const hbaFile = join(dataDir, 'pg_hba.conf');
    writeFileSync(hbaFile, `${opts.hba.join('\n')}\n${readFileSync(hbaFile, 'utf8')}`);
  }

  const settings: Record<string, string> = {
    listen_addresses: "''",
    port: String(port),
    unix_socket_directories: socketDir,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: '100',
    ...opts.settings,
  };
  const serverOptions = Object.entries(settings)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');

  const start = async () => {
    try {
      await execa(join(binDir, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions, 'start'], as);
      running = true;
    } catch (e) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join('\n') : '';
      throw new UsageError(`pg_ctl start failed: ${(e as Error).message}\n${log}`);
    }
  };
  await start();

  return {
    url: `postgres://postgres@localhost:${port}/postgres?host=${encodeURIComponent(socketDir)}`,
    port,
    socketDir,
    dataDir,
    binDir,
    major,
    start,
    async stopImmediate() {
      await execa(join(binDir, 'pg_ctl'), ['-D', dataDir, 'stop', '-m', 'immediate', '-w'], as);
      running = false;
    },
    async destroy() {
      cleanup();
      unregister();
    },
  };
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/**
 * psql's own options for a URL of ours: pg_prove hands psql its options one by one and does
 * not carry a URI's ?host= (a private socket directory) through, so name each part.
 */
export function psqlConnArgs(url: string): string[] {
  const u = new URL(url);
  return ['-h', u.searchParams.get('host') ?? u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username), '-d', decodeURIComponent(u.pathname.slice(1))];
}
