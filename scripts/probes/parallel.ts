// --jobs N on a real server: N-1 clones of the --db database (CREATE DATABASE … TEMPLATE that
// database, as it is: the suite's own setup included), and the last job on the --db database
// itself, as --jobs 1 runs there; files pulled from one queue, every clone dropped after, on
// failure and on Ctrl-C too. CREATE DATABASE copies a database only while no one else is
// connected to it, so the runner's own connections to it are closed first and the job on it
// starts once the last clone is made.
// Three things keep the wall clock down. Copies of one database are not made faster side by
// side (each writes the whole database through the WAL): they are made one after another, and
// each job starts on its clone as soon as it exists. The --db database needs no copy (one
// CREATE DATABASE, a census on a cold catalog and a DROP saved: about half a second a run).
// And the queue hands out the largest files first (prove --state=slow's idea, size standing
// in for time), so the run does not end with one job finishing a long file while the others
// are idle.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { takeCensus } from '../census.ts';
import { UsageError, errorMessage, serverError } from '../errors.ts';
import { onShutdown } from '../shutdown.ts';
import type { PostgresDb } from '../db/postgres.ts';
import { censusVerdict, ensurePgtap, finishRun, runOneFile, runProbes, type ProbeOptions } from './run.ts';
import type { ProbeFileResult, ProbeRun } from './model.ts';

/** The database to clone and the server's version, in one round trip. */
const SOURCE = `SELECT current_database() AS name, current_setting('server_version') AS version`;

/** A database on the same server to issue CREATE/DROP DATABASE from (not the one being copied). */
async function maintenance(db: PostgresDb): Promise<PostgresDb> {
  let last: unknown;
  for (const name of ['postgres', 'template1']) {
    try {
      return await db.sibling(name);
    } catch (e) {
      last = e;
    }
  }
  throw new UsageError(`--jobs: cannot reach a maintenance database (postgres, template1) to clone from: ${errorMessage(last)}`);
}

/** Indexes of `paths`, largest file first (ties in the order given); a file that cannot be read sorts last. */
export function largestFirst(paths: string[]): number[] {
  const size = paths.map((p) => {
    try {
      return statSync(p).size;
    } catch {
      return -1;
    }
  });
  return paths.map((_, i) => i).sort((a, b) => size[b]! - size[a]! || a - b);
}

export async function runProbesParallel(db: PostgresDb, paths: string[], jobs: number, opts: ProbeOptions = {}): Promise<ProbeRun> {
  // One file runs as --jobs 1 does, on the --db database itself: a clone would buy no parallelism.
  if (paths.length <= 1) return runProbes(db, paths, opts);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  // The maintenance connection is opened while the source is asked its name and version.
  const opening = maintenance(db);
  // Handled here too: its failure is raised by the await below, not as an unhandled rejection meanwhile.
  opening.catch(() => undefined);
  const [src] = await db.query<{ name: string; version: string }>(SOURCE).catch(async (e) => {
    await opening.then((a) => a.close(), () => undefined);
    throw e;
  });
  const admin = await opening;
  const source = src!.name;
  const tag = randomBytes(4).toString('hex');
  // No more jobs than files: a clone costs a CREATE DATABASE, two censuses and a DROP. The
  // last job runs on the --db database itself.
  const clones = Array.from({ length: Math.max(1, Math.min(jobs, paths.length)) - 1 }, (_, i) => `iu_probe_job_${tag}_${i + 1}`);
  // Our own connections to the source would make CREATE DATABASE … TEMPLATE refuse it.
  const label = db.label;
  await db.close();
  // Names are generated here from hex; the source's name comes from the server; identifiers still go through format('%I').
  const createFrom = async (name: string, from: string) => {
    const [stmt] = await admin.query<{ sql: string }>(`SELECT format('CREATE DATABASE %I TEMPLATE %I', $1::text, $2::text) AS sql`, [name, from]);
    try {
      await admin.exec(stmt!.sql);
    } catch (e) {
      if (serverError(e)?.code === '55006') {
        throw new UsageError(`--jobs ${jobs} clones the --db database ${source}, which PostgreSQL copies only while no one else is connected to it: ${serverError(e)!.message}${serverError(e)!.detail ? ` (${serverError(e)!.detail})` : ''}; close the other sessions or run with --jobs 1`);
      }
      throw e;
    }
  };
  const drop = async (name: string) => {
    const [stmt] = await admin.query<{ sql: string }>(`SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', $1::text) AS sql`, [name]);
    await admin.exec(stmt!.sql);
  };
  // A CREATE DATABASE still under way when the run ends (Ctrl-C, a failure) is waited for:
  // a DROP sent beside it would find nothing yet, and the copy would outlive the run. The
  // clones are dropped together at the end: each DROP DATABASE waits for a checkpoint, and
  // drops sent side by side can share one (the largest-first queue ends the jobs together).
  const creating: Promise<unknown>[] = [];
  // Set as the drop begins (Ctrl-C, the end of the run): no clone is started after it.
  let stopping = false;
  const dropAll = async () => {
    stopping = true;
    await Promise.allSettled(creating);
    await Promise.all(clones.map((c) => drop(c).catch(() => undefined)));
  };
  // Ctrl-C or SIGTERM mid-run: the clones are dropped before the connection closes.
  const unregister = onShutdown(dropAll);
  try {
    const queue = largestFirst(paths);
    const results: ProbeFileResult[] = new Array(paths.length);
    const differences: string[] = [];
    let failure: { reason: unknown } | null = null;
    const work = async (name: string) => {
      const job = await admin.sibling(name);
      try {
        const dropPgtap = await ensurePgtap(job, paths);
        try {
          const before = await takeCensus(job, { traces: true });
          for (let i = queue.shift(); i !== undefined && !failure && !stopping; i = queue.shift()) {
            results[i] = await runOneFile(job, paths[i]!, opts);
          }
          differences.push(...(await censusVerdict(job, before, `${name}: `)));
        } finally {
          await dropPgtap();
        }
      } finally {
        await job.close().catch(() => undefined);
      }
    };
    // Each clone is made while the jobs before it already run; a clone that cannot be made
    // stops the queue (the files under way finish), and its failure is raised once every job
    // has settled, so the drop that follows finds every clone there is.
    const jobsDone: Promise<void>[] = [];
    for (const name of clones) {
      if (stopping) break;
      const made = createFrom(name, source);
      creating.push(made);
      try {
        await made;
      } catch (e) {
        failure = { reason: e };
        break;
      }
      jobsDone.push(work(name));
    }
    // Every copy is made: the --db database may be connected to again, and gets its own job.
    if (!failure && !stopping) jobsDone.push(work(source));
    const settled = await Promise.allSettled(jobsDone);
    if (failure) throw failure.reason;
    const rejected = settled.find((s) => s.status === 'rejected');
    if (rejected) throw rejected.reason;
    return finishRun({ engine: 'postgres', database: `${label} (and ${clones.length} ${clones.length === 1 ? 'clone' : 'clones'} of it)`, serverVersion: src!.version, startedAt, started, jobs, files: results, differences });
  } finally {
    unregister();
    await dropAll();
    await admin.close().catch(() => undefined);
  }
}
