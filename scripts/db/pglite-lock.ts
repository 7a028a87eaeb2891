// One process at a time on a PGlite data directory. Two engines on one directory corrupt it
// (one was seen spinning at 100% CPU for 12 minutes, deaf to SIGTERM, its work lost), and
// WASM PostgreSQL keeps no postmaster.pid of its own. The lock is a file beside the directory
// (DIR.lock: copying the directory never copies it), created with O_EXCL, holding the
// owner's pid; a lock whose pid is no longer running is stale and taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors.ts';
import { onExitSync } from '../shutdown.ts';

/** Locks this process holds, by path, with how many engines share each (a restart reopens). */
const held = new Map<string, { token: string; count: number; unregister: () => void }>();

export const lockPath = (dataDir: string) => `${dataDir.replace(/\/+$/, '')}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): { pid: number; token: string } | null {
  try {
    const [pid, token] = readFileSync(path, 'utf8').split('\n');
    return Number(pid) > 0 ? { pid: Number(pid), token: token ?? '' } : null;
  } catch {
    return null;
  }
}

function create(path: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UsageError(`pglite:${path.slice(0, -'.lock'.length)}: cannot create its lock file ${path} (${(e as NodeJS.ErrnoException).code})`);
  }
  try {
    writeSync(fd, `${process.pid}\n${token}\n${new Date().toISOString()}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Take the lock on `dataDir` for this process, or refuse with one line (exit 2). Returns the release. */
export function lockPgliteDir(dataDir: string): () => void {
  const path = lockPath(dataDir);
  const mine = held.get(path);
  if (mine) {
    mine.count++;
    return once(() => release(path));
  }
  const token = randomBytes(8).toString('hex');
  for (let attempt = 0; ; attempt++) {
    if (create(path, token)) break;
    const owner = readOwner(path);
    if (owner && owner.pid !== process.pid && alive(owner.pid)) {
      throw new UsageError(`pglite:${dataDir} is in use by another iu-core process (pid ${owner.pid}); wait for it to end, or stop it (its lock: ${path})`);
    }
    // Stale (its process is gone), or half-written by a process that died creating it.
    if (attempt >= 3) throw new UsageError(`pglite:${dataDir}: cannot take its lock ${path}; remove the file if no iu-core process uses the directory`);
    try {
      unlinkSync(path);
    } catch {
      // another process took it over first: look again
    }
  }
  // Two processes that both found the same stale lock: the one whose token is not there lost.
  const owner = readOwner(path);
  if (owner?.token !== token) {
    throw new UsageError(`pglite:${dataDir} is in use by another iu-core process (pid ${owner?.pid ?? '?'}); wait for it to end, or stop it (its lock: ${path})`);
  }
  const unregister = onExitSync(() => removeIfMine(path, token));
  held.set(path, { token, count: 1, unregister });
  return once(() => release(path));
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

function release(path: string): void {
  const h = held.get(path);
  if (!h || --h.count > 0) return;
  held.delete(path);
  h.unregister();
  removeIfMine(path, h.token);
}

function removeIfMine(path: string, token: string): void {
  if (readOwner(path)?.token === token) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}
