// --jobs N on a real server: one clone of the --db database per job (CREATE DATABASE …
// TEMPLATE that database, as it is: the suite's own setup included), files pulled from one
// queue, every clone dropped after, on failure and on Ctrl-C too. The --db database itself is
// only read: CREATE DATABASE copies it, which PostgreSQL allows only while no one else is
// connected to it, so the runner's own connections to it are closed first.
import { randomBytes } from 'node:crypto';
import { takeCensus } from '../census.ts';
import { UsageError, errorMessage, serverError } from '../errors.ts';
import { onShutdown } from '../shutdown.ts';
import { SERVER_VERSION } from '../sql.ts';
import type { PostgresDb } from '../db/postgres.ts';
import { censusVerdict, ensurePgtap, finishRun, runOneFile, runProbes, type ProbeOptions } from './run.ts';
import type { ProbeFileResult, ProbeRun } from './model.ts';

const SOURCE = `SELECT current_database() AS name`;

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

export async function runProbesParallel(db: PostgresDb, paths: string[], jobs: number, opts: ProbeOptions = {}): Promise<ProbeRun> {
  // One file runs as --jobs 1 does, on the --db database itself: a clone would buy no parallelism.
  if (paths.length <= 1) return runProbes(db, paths, opts);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const [v] = await db.query<{ version: string }>(SERVER_VERSION);
  const [src] = await db.query<{ name: string }>(SOURCE);
  const source = src!.name;
  const tag = randomBytes(4).toString('hex');
  // No more clones than files: a clone costs a CREATE DATABASE, two censuses and a DROP.
  const clones = Array.from({ length: Math.max(1, Math.min(jobs, paths.length)) }, (_, i) => `iu_probe_job_${tag}_${i + 1}`);
  const admin = await maintenance(db);
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
  const dropAll = async () => {
    await Promise.all(clones.map((c) => drop(c).catch(() => undefined)));
  };
  // Ctrl-C or SIGTERM mid-run: the clones are dropped before the connection closes.
  const unregister = onShutdown(dropAll);
  try {
    // Copies of one template may be made side by side (each holds a share lock on it).
    // Every attempt settles before a failure is raised, so the drop that follows finds them all.
    const made = await Promise.allSettled(clones.map((c) => createFrom(c, source)));
    const failed = made.find((m) => m.status === 'rejected');
    if (failed) throw failed.reason;
    const queue = paths.map((p, i) => ({ p, i }));
    const results: ProbeFileResult[] = new Array(paths.length);
    const differences: string[] = [];
    await Promise.all(
      clones.map(async (name) => {
        const job = await admin.sibling(name);
        try {
          const dropPgtap = await ensurePgtap(job, paths);
          try {
            const before = await takeCensus(job, { traces: true });
            for (let next = queue.shift(); next; next = queue.shift()) {
              const { p, i } = next;
              results[i] = await runOneFile(job, p, opts);
            }
            differences.push(...(await censusVerdict(job, before, `${name}: `)));
          } finally {
            await dropPgtap();
          }
        } finally {
          await job.close().catch(() => undefined);
        }
      }),
    );
    return finishRun({ engine: 'postgres', database: `${label} (${clones.length} ${clones.length === 1 ? 'clone' : 'clones'} of it)`, serverVersion: v?.version ?? '', startedAt, started, jobs, files: results, differences });
  } finally {
    unregister();
    await dropAll();
    await admin.close().catch(() => undefined);
  }
}
