// --jobs N on a real server: a migrated template database, one clone per job
// (CREATE DATABASE … TEMPLATE), files pulled from one queue, every clone dropped after.
import { randomBytes } from 'node:crypto';
import { describeDiff, diffCensus, isEmptyDiff, takeCensus } from '../census.ts';
import { migrateUp } from '../migrations/apply.ts';
import type { Migration } from '../migrations/files.ts';
import { SERVER_VERSION } from '../sql.ts';
import type { PostgresDb } from '../db/postgres.ts';
import { finishRun, inOwnSession, runProbeFile, type ProbeOptions } from './run.ts';
import type { ProbeFileResult, ProbeRun } from './model.ts';

export async function runProbesParallel(db: PostgresDb, paths: string[], jobs: number, migrations: Migration[], opts: ProbeOptions = {}): Promise<ProbeRun> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const [v] = await db.query<{ version: string }>(SERVER_VERSION);
  const tag = randomBytes(4).toString('hex');
  const template = `iu_probe_tpl_${tag}`;
  const clones = Array.from({ length: jobs }, (_, i) => `iu_probe_job_${tag}_${i + 1}`);
  // Names are generated here from hex, never from user input; identifiers still go through format('%I').
  const createFrom = async (name: string, from: string) => {
    const [stmt] = await db.query<{ sql: string }>(`SELECT format('CREATE DATABASE %I TEMPLATE %I', $1::text, $2::text) AS sql`, [name, from]);
    await db.exec(stmt!.sql);
  };
  const drop = async (name: string) => {
    const [stmt] = await db.query<{ sql: string }>(`SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', $1::text) AS sql`, [name]);
    await db.exec(stmt!.sql);
  };
  try {
    await createFrom(template, 'template0');
    const tpl = await db.sibling(template);
    try {
      await migrateUp(tpl, migrations);
    } finally {
      await tpl.close();
    }
    for (const c of clones) await createFrom(c, template);
    const queue = paths.map((p, i) => ({ p, i }));
    const results: ProbeFileResult[] = new Array(paths.length);
    const differences: string[] = [];
    await Promise.all(
      clones.map(async (name) => {
        const job = await db.sibling(name);
        try {
          const before = await takeCensus(job);
          for (let next = queue.shift(); next; next = queue.shift()) {
            const { p, i } = next;
            results[i] = await inOwnSession(job, (s) => runProbeFile(s, p, opts));
          }
          const diff = diffCensus(before, await takeCensus(job));
          if (!isEmptyDiff(diff)) differences.push(...describeDiff(diff, 200).split('\n').map((l) => `${name}: ${l}`));
        } finally {
          await job.close();
        }
      }),
    );
    return finishRun({ engine: db.kind, database: `${db.label} (${jobs} clones of a migrated template)`, serverVersion: v?.version ?? '', startedAt, started, jobs, files: results, differences });
  } finally {
    for (const c of clones) await drop(c).catch(() => undefined);
    await drop(template).catch(() => undefined);
  }
}
