// --jobs N on a real server: a migrated template database, one clone per job
// (CREATE DATABASE … TEMPLATE), files pulled from one queue, every clone dropped after, on
// failure and on Ctrl-C too.
import { randomBytes } from 'node:crypto';
import { takeCensus } from '../census.ts';
import { onShutdown } from '../shutdown.ts';
import { migrateUp } from '../migrations/apply.ts';
import type { Migration } from '../migrations/files.ts';
import { SERVER_VERSION } from '../sql.ts';
import type { PostgresDb } from '../db/postgres.ts';
import { censusVerdict, finishRun, runOneFile, type ProbeOptions } from './run.ts';
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
  const dropAll = async () => {
    for (const c of clones) await drop(c).catch(() => undefined);
    await drop(template).catch(() => undefined);
  };
  // Ctrl-C or SIGTERM mid-run: the clones are dropped before the connection closes.
  const unregister = onShutdown(dropAll);
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
          const before = await takeCensus(job, { traces: true });
          for (let next = queue.shift(); next; next = queue.shift()) {
            const { p, i } = next;
            results[i] = await runOneFile(job, p, opts);
          }
          differences.push(...(await censusVerdict(job, before, `${name}: `)));
        } finally {
          await job.close().catch(() => undefined);
        }
      }),
    );
    return finishRun({ engine: db.kind, database: `${db.label} (${jobs} clones of a migrated template)`, serverVersion: v?.version ?? '', startedAt, started, jobs, files: results, differences });
  } finally {
    unregister();
    await dropAll();
  }
}
