// How a command finds its database, and what it says when it cannot.
import { existsSync, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { resolveDbSpec } from '../scripts/db/open.ts';
import { NoContainerRuntime, startContainer } from '../scripts/db/container.ts';
import { PostgresDb, maskUrl } from '../scripts/db/postgres.ts';
import { PgliteDb } from '../scripts/db/pglite.ts';
import { PgliteWatchdogDb } from '../scripts/db/pglite-watchdog.ts';
import { ROOT, cleanEnv, pgSkipReason, spawnCli, tempDir } from './helpers.ts';

const BASIC = join(ROOT, 'tests/fixtures/migrations/basic');

describe('resolving --db and the environment', () => {
  it('prefers --db, then DATABASE_URL, then PGHOST, then the embedded default', () => {
    const env = { DATABASE_URL: 'postgres://u@h/d', PGHOST: 'elsewhere' };
    expect(resolveDbSpec('pglite:memory', env)).toEqual({ kind: 'pglite', dir: null });
    expect(resolveDbSpec('pglite:/tmp/x', env)).toEqual({ kind: 'pglite', dir: '/tmp/x' });
    expect(resolveDbSpec('local', env)).toEqual({ kind: 'local' });
    expect(resolveDbSpec('container', env)).toEqual({ kind: 'container' });
    expect(resolveDbSpec('postgresql://a@b/c', env)).toEqual({ kind: 'postgres', url: 'postgresql://a@b/c' });
    expect(resolveDbSpec(undefined, env)).toEqual({ kind: 'postgres', url: 'postgres://u@h/d' });
    expect(resolveDbSpec(undefined, { PGHOST: 'elsewhere' })).toEqual({ kind: 'postgres', url: null });
    expect(resolveDbSpec(undefined, {})).toEqual({ kind: 'pglite', dir: '.iu-core/pgdata' });
  });

  it('takes any libpq variable as naming a server, never falling back to PGlite', () => {
    for (const k of ['PGPORT', 'PGDATABASE', 'PGUSER', 'PGSERVICE', 'PGHOSTADDR', 'PGPASSWORD', 'PGSSLMODE', 'PGOPTIONS']) {
      expect(resolveDbSpec(undefined, { [k]: 'x' }), k).toEqual({ kind: 'postgres', url: null });
    }
    expect(resolveDbSpec("host=/tmp dbname='my db'", {})).toEqual({ kind: 'postgres', url: "host=/tmp dbname='my db'" });
    expect(() => resolveDbSpec('host=/tmp dbname', {})).toThrow(/missing "=" after "dbname" in connection info string/);
    expect(() => resolveDbSpec("host='/tmp", {})).toThrow(/unterminated quoted string/);
  });

  it('refuses a near miss of pglite:memory instead of persisting a directory named after it', () => {
    for (const typo of ['pglite:memory:', 'pglite:Memory', 'pglite::memory', 'pglite:memory/']) {
      expect(() => resolveDbSpec(typo, {}), typo).toThrow(/did you mean pglite:memory\?/);
    }
    expect(resolveDbSpec('pglite:./memory:', {})).toEqual({ kind: 'pglite', dir: './memory:' });
  });

  it('refuses anything else with the rule in the message', () => {
    expect(() => resolveDbSpec('sqlite:foo', {})).toThrow(/--db takes pglite:<dir>, pglite:memory, local, container, or a postgres:\/\/ URL; got 'sqlite:foo'/);
    expect(() => resolveDbSpec('pglite:', {})).toThrow(/empty pglite directory/);
    expect(() => resolveDbSpec(undefined, { DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL is not a postgres:\/\/ URI or a libpq 'host=… dbname=…' string/);
  });

  it('never prints a password', () => {
    expect(maskUrl('postgres://bob:hunter2@db.example:5432/prod')).toBe('postgres://bob:***@db.example:5432/prod');
    expect(maskUrl('postgres://bob@db.example/prod')).toBe('postgres://bob@db.example/prod');
  });
});

describe('the embedded default', () => {
  it('with no database named, runs on PGlite in .iu-core/pgdata under the working directory', async () => {
    const cwd = tempDir('default');
    const r = await spawnCli(['migrate', 'up', '--dir', BASIC], { cwd, env: cleanEnv() });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`on pglite:${join(cwd, '.iu-core/pgdata')} (PostgreSQL 18`);
    expect(existsSync(join(cwd, '.iu-core/pgdata/PG_VERSION'))).toBe(true);
    const again = await spawnCli(['migrate', 'status', '--dir', BASIC, '--json'], { cwd, env: cleanEnv() });
    expect(JSON.parse(again.out).summary.applied).toBe(3);
  });

  it('passes NOTICE and WARNING messages through (PGlite drops them unless asked)', async () => {
    const db = await PgliteDb.open(null);
    const seen: string[] = [];
    await db.exec(`DO $$ BEGIN RAISE NOTICE 'hello %', 42; RAISE WARNING 'careful'; END $$`, (n) => seen.push(`${n.severity}: ${n.message}`));
    await db.close();
    expect(seen).toEqual(['NOTICE: hello 42', 'WARNING: careful']);
  });

  it('starts with a 32 MB buffer cache, in process and behind the watchdog (128 MB was a third of peak RSS)', async () => {
    for (const db of [await PgliteDb.open(null), await PgliteWatchdogDb.open(null, 60_000)]) {
      try {
        expect(await db.query(`SELECT current_setting('shared_buffers') AS v`)).toEqual([{ v: '32MB' }]);
      } finally {
        await db.close();
      }
    }
  });
});

describe('real servers', () => {
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('reads the libpq variables when PGHOST is set', async () => {
    // The run's server listens on its private socket only: PGHOST names the directory.
    const u = new URL(inject('pgUrl')!);
    const host = u.searchParams.get('host')!;
    const r = await spawnCli(['migrate', 'status', '--dir', BASIC], {
      env: cleanEnv({ PGHOST: host, PGPORT: u.port, PGUSER: 'postgres', PGDATABASE: 'postgres' }),
    });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`on postgres://postgres@localhost:${u.port}/postgres?host=${host} (from PGHOST, PGPORT, PGDATABASE, PGUSER) (PostgreSQL 1`);
  });

  it('captures notices from the server', async () => {
    const db = await PostgresDb.connect(inject('pgUrl')!);
    const seen: string[] = [];
    await db.exec(`DO $$ BEGIN RAISE NOTICE 'from %', 'postgres'; END $$`, (n) => seen.push(n.message));
    await db.close();
    expect(seen).toEqual(['from postgres']);
  });

  it('--db local starts a throwaway server as an unprivileged user and removes it on exit', async () => {
    const r = await spawnCli(['migrate', 'up', '--db', 'local', '--dir', BASIC]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('3 migration(s) applied');
    const dir = decodeURIComponent(/\?host=(\S+)/.exec(r.out)?.[1] ?? '');
    expect(dir).toMatch(/iu-core-pg-/);
    expect(existsSync(dir)).toBe(false);
  });

  it('--db local: while it runs, a unix socket in a 0700 directory of the server user, no TCP listener, other users refused', async () => {
    const sql = join(tempDir('local'), 'look.sql');
    writeFileSync(sql, `SELECT current_setting('unix_socket_directories') AS socket_dir, '[' || current_setting('listen_addresses') || ']' AS listen;\nSELECT pg_sleep(8);\n`);
    const child = execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), 'run', '--db', 'local', sql], { cwd: ROOT, env: cleanEnv(), extendEnv: false, reject: false });
    let out = '';
    const seen = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no settings line within 60 s:\n${out}`)), 60_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(\/\S*iu-core-pg-\S+)\s*\|\s*(\[[^\]]*\])/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m);
        }
      });
    });
    try {
      const dir = seen[1]!;
      expect(seen[2]).toBe('[]');
      const st = statSync(dir);
      expect((st.mode & 0o777).toString(8)).toBe('700');
      const pid = Number(readFileSync(join(dir, 'data/postmaster.pid'), 'utf8').split('\n')[0]);
      // The postmaster's owner is the socket directory's owner (nobody when we are root).
      expect(statSync(`/proc/${pid}`).uid).toBe(st.uid);
      // No socket of the server's processes is a TCP listener (IPv4 or IPv6).
      const listening = new Set<string>();
      for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
        if (!existsSync(f)) continue;
        for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
          const cols = line.trim().split(/\s+/);
          if (cols[3] === '0A') listening.add(cols[9]!); // state LISTEN → inode
        }
      }
      const pids = [pid, ...readdirSync('/proc').filter((p) => /^\d+$/.test(p) && readFileSafe(`/proc/${p}/stat`).split(' ')[3] === String(pid)).map(Number)];
      const inodes = pids.flatMap((p) => {
        try {
          return readdirSync(`/proc/${p}/fd`).map((fd) => readlinkSafe(`/proc/${p}/fd/${fd}`)).map((l) => /^socket:\[(\d+)\]$/.exec(l)?.[1]).filter((x): x is string => !!x);
        } catch {
          return [];
        }
      });
      expect(inodes.length).toBeGreaterThan(0);
      expect(inodes.filter((i) => listening.has(i))).toEqual([]);
      // Another local user cannot reach the socket at all.
      if (process.getuid?.() === 0) {
        const other = await execa('psql', ['-X', '-h', dir, '-U', 'postgres', '-d', 'postgres', '-c', 'SELECT 1'], { uid: 1, gid: 1, reject: false, env: cleanEnv() });
        expect(other.exitCode).not.toBe(0);
        expect(other.stderr).toMatch(/Permission denied/);
      }
    } finally {
      const r = await child;
      expect(r.exitCode, r.stderr).toBe(0);
    }
  });
});

const readFileSafe = (p: string) => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
};
const readlinkSafe = (p: string) => {
  try {
    return readlinkSync(p);
  } catch {
    return '';
  }
};

describe('containers (testcontainers)', () => {
  let runtime: string | null = null;
  beforeAll(async () => {
    try {
      const c = await startContainer();
      await c.stop();
      runtime = 'available';
    } catch (e) {
      if (!(e instanceof NoContainerRuntime)) throw e;
    }
  }, 300_000);

  it('--db container says in one line that no container runtime is here, and exits 2', async (ctx) => {
    if (runtime) ctx.skip('a container runtime is available here, so there is no refusal to see');
    const r = await spawnCli(['migrate', 'status', '--db', 'container', '--dir', BASIC]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('no container runtime here (testcontainers: "Could not find a working container runtime strategy")');
  });

  it('applies the migrations in a PostgreSQL container', async (ctx) => {
    if (!runtime) ctx.skip('no container runtime: testcontainers could not find a working container runtime strategy');
    const r = await spawnCli(['migrate', 'up', '--db', 'container', '--dir', BASIC], { timeout: 300_000 });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('3 migration(s) applied');
  });
});
