// One process at a time on a PGlite directory: a second iu-core on the same directory is
// refused with one line and exit 2 while the first holds it (two engines on one directory
// corrupt it); a lock left by a process that is gone is taken over.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { lockPath } from '../scripts/db/pglite-lock.ts';
import { PgliteWatchdogDb } from '../scripts/db/pglite-watchdog.ts';
import { ROOT, cleanEnv, spawnCli, tempDir } from './helpers.ts';

async function waitFor(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const REFUSED = /^iu-core: pglite:\S+ is in use by another iu-core process \(pid (\d+)\); wait for it to end, or stop it/;

describe('a PGlite directory has one opener at a time', () => {
  it('a second bin/iu-core.js on the directory is refused with one line (exit 2) while the first runs; the first finishes its work', async () => {
    const base = tempDir('pglite-lock');
    const dir = join(base, 'data');
    const sql = join(base, 'slow.sql');
    writeFileSync(sql, `CREATE TABLE kept (id int);\nSELECT pg_sleep(8);\nINSERT INTO kept VALUES (1);\n`);
    const first = execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), 'run', '--db', `pglite:${dir}`, sql], { cwd: ROOT, env: cleanEnv(), extendEnv: false, reject: false });
    await waitFor(() => existsSync(lockPath(dir)), 'the first process to take the lock');
    const second = await spawnCli(['migrate', 'status', '--db', `pglite:${dir}`], { env: cleanEnv() });
    expect(second.code, second.err).toBe(2);
    const lines = second.err.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(REFUSED);
    expect(Number(REFUSED.exec(lines[0]!)![1])).toBe(first.pid);
    const r = await first;
    expect(r.exitCode, r.stderr).toBe(0);
    // The first one's work is whole, and the lock is gone with it.
    expect(existsSync(lockPath(dir))).toBe(false);
    const db = await PgliteWatchdogDb.open(dir, 60_000);
    try {
      expect(await db.query(`SELECT count(*)::int AS n FROM kept`)).toEqual([{ n: 1 }]);
      // This process holds it now: a child is refused, naming this pid.
      const third = await spawnCli(['migrate', 'status', '--db', `pglite:${dir}`], { env: cleanEnv() });
      expect(third.code).toBe(2);
      expect(third.err).toContain(`(pid ${process.pid})`);
    } finally {
      await db.close();
    }
    expect(existsSync(lockPath(dir))).toBe(false);
  });

  it('a stale lock (its pid no longer runs) is taken over, and removed at the end', async () => {
    const dir = join(tempDir('pglite-stale'), 'data');
    const gone = execa(process.execPath, ['-e', '']);
    await gone;
    writeFileSync(lockPath(dir), `${gone.pid}\nstale-token\n2020-01-01T00:00:00Z\n`);
    const r = await spawnCli(['migrate', 'status', '--db', `pglite:${dir}`], { env: cleanEnv() });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('pending');
    expect(existsSync(lockPath(dir))).toBe(false);
  });

  it('a half-written lock (no pid) is stale too', async () => {
    const dir = join(tempDir('pglite-empty'), 'data');
    writeFileSync(lockPath(dir), '');
    const r = await spawnCli(['migrate', 'status', '--db', `pglite:${dir}`], { env: cleanEnv() });
    expect(r.code, r.err).toBe(0);
    expect(existsSync(lockPath(dir))).toBe(false);
  });
});
