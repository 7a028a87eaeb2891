// The tool can never leave a gate open: a scaleout of 20,000 on PostgreSQL 15, killed
// mid-run — SIGKILL (a crash: the server aborts the transaction when the connection goes) and
// SIGINT (Ctrl-C: the command cancels its statement, rolls back and exits 130). Afterwards
// every iu_core.*_enabled gate reads 'false' and is not left locked, the run left no row
// anywhere (log, lineage, collections, memberships, events), and the conformance scan passes.
// On PGlite (in-process, no cancel) Ctrl-C stops after the batch under way and rolls back.
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conformanceReport } from '../scripts/conformance.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { ROOT, cleanEnv, cli, fresh, freshPostgres, pgSkipReason, privateServer, type TestDb } from './helpers.ts';

const SAMPLE = ['ops/sample/010_templates_and_manual_instances.sql', 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql'];
const N = 20_000;

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let server: Awaited<ReturnType<typeof privateServer>> | undefined;
let t: TestDb | undefined;
/** The scan before any kill: afterwards it must read exactly the same (PASS on a consistent tree). */
let conformanceBefore: Awaited<ReturnType<typeof conformanceReport>> | undefined;

beforeAll(async () => {
  if (pgSkipReason()) return;
  server = await privateServer();
  t = await freshPostgres('template0', server.url);
  await migrateUp(t.db, listMigrations());
  const r = await cli('run', '--quiet', '--db', t.flag, ...SAMPLE);
  expect(r.code, r.err).toBe(0);
  conformanceBefore = await t.db.session((s) => conformanceReport(s));
}, 300_000);
afterAll(async () => {
  await t?.drop().catch(() => undefined);
  await server?.destroy();
});

/** Start a scaleout of n as a real process; resolve once its progress shows it mid-run. */
async function startScaleoutOn(flag: string, n: number, actor: string, prefix: string) {
  const child = execa(process.execPath, [
    join(ROOT, 'bin/iu-core.js'), 'scaleout', '--n', String(n),
    '--template', 'tpl:wf:onboarding/v2,tpl:file:status-report/v2', '--actor', actor, '--suffix-prefix', prefix, '--commit', '--db', flag,
  ], { cwd: ROOT, env: cleanEnv(), extendEnv: false, reject: false });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no progress line within 120 s; stderr so far:\n${stderr}`)), 120_000);
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /^progress: (\d+)\/(\d+) /m.exec(stderr);
      if (m && Number(m[1]) > 0 && Number(m[1]) < n) {
        clearTimeout(timer);
        resolve();
      }
    });
    void child.then((r) => reject(new Error(`the scaleout ended before it was killed (exit ${r.exitCode}):\n${stderr}\n${r.stdout}`)));
  });
  return { child, stderr: () => stderr };
}

describe('a scaleout killed mid-run on PostgreSQL', () => {
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  const startScaleout = (actor: string, prefix: string) => startScaleoutOn(t!.flag, N, actor, prefix);

  /** Every gate false and unlocked, nothing of the run anywhere, the catalog conformant. */
  async function assertNothingLeft(actor: string, prefix: string): Promise<void> {
    const db = t!.db as PostgresDb;
    const name = new URL(t!.flag).pathname.slice(1);
    // The killed client's backend is gone once the server has noticed and rolled back.
    await waitFor(async () => {
      const [r] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'iu-core' AND pid <> pg_backend_pid() AND state <> 'idle'`,
        [name],
      );
      return r!.n === 0;
    }, 'the killed scaleout’s backend to end');
    const gates = await db.query<{ key: string; value: string }>(`SELECT key, value FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled' ORDER BY key`);
    expect(gates).toHaveLength(5);
    for (const g of gates) expect(g, g.key).toEqual({ key: g.key, value: 'false' });
    // No lock left on the gate rows: another operator can take them at once.
    await db.session(async (s) => {
      await s.exec('BEGIN');
      const locked = await s.query(`SELECT key FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled' FOR UPDATE NOWAIT`);
      expect(locked).toHaveLength(5);
      await s.exec('ROLLBACK');
    });
    const [left] = await db.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = $1)::int AS log,
              (SELECT count(*) FROM iu_collection_template_instance_lineage WHERE recorded_by = $1)::int AS lineage,
              (SELECT count(*) FROM iu_piece_collection WHERE created_by = $1 OR collection_key LIKE 'tpl-inst:auto:' || $2 || '%')::int AS collections,
              (SELECT count(*) FROM iu_piece_membership WHERE created_by = $1)::int AS memberships,
              (SELECT count(*) FROM event_outbox WHERE created_by = $1)::int AS events,
              (SELECT count(*) FROM iu_piece_collection)::int AS all_collections`,
      [actor, prefix],
    );
    expect(left).toEqual({ log: 0, lineage: 0, collections: 0, memberships: 0, events: 0, all_collections: 11 });
    const report = await db.session((s) => conformanceReport(s));
    expect(report).toEqual(conformanceBefore);
    expect(report.security.map((x) => [x.item, x.verdict])).toContainEqual(['gates_closed_at_rest', 'PASS']);
  }

  it('SIGKILL (a crash): the server rolls the transaction back — every gate closed, no partial instance', async () => {
    const run = await startScaleout('iu-core-kill-9', 'kill9');
    run.child.kill('SIGKILL');
    const r = await run.child;
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).not.toMatch(/^committed/m);
    await assertNothingLeft('iu-core-kill-9', 'kill9');
  }, 240_000);

  it('SIGINT (Ctrl-C): the command cancels, rolls back, says so and exits 130 — every gate closed, no partial instance', async () => {
    const run = await startScaleout('iu-core-ctrl-c', 'ctrlc');
    const sent = Date.now();
    run.child.kill('SIGINT');
    const r = await run.child;
    expect(r.exitCode).toBe(130);
    expect(Date.now() - sent).toBeLessThan(6_000);
    expect(r.stderr).toContain('interrupted (SIGINT): rolling back and closing');
    expect(r.stderr).toContain('interrupted: rolled back; nothing was committed, every gate is closed');
    expect(r.stdout).not.toMatch(/^committed/m);
    await assertNothingLeft('iu-core-ctrl-c', 'ctrlc');
  }, 240_000);
});

describe('two operators at once on PostgreSQL', () => {
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('a second run waits at most 10 s for the gates the first holds, then fails and writes nothing', async () => {
    // Long enough to outlast the second run's 10 s wait on a quiet machine (040 made a call
    // ~0.4 ms: 20,000 calls could commit inside the wait and hand the gates over).
    const first = await startScaleoutOn(t!.flag, 200_000, 'iu-core-first', 'first');
    try {
      const second = await cli('scaleout', '--db', t!.flag, '--n', '10', '--template', 'tpl:wf:onboarding/v2', '--actor', 'iu-core-second', '--commit');
      expect(second.code).toBe(1);
      expect(second.out).toContain('FAILED: another operator transaction holds gate iu_core.composer_enabled (waited 10 s for it); try again when that run ends');
      expect(second.out).toContain('rolled back: nothing was committed (the run failed; see above)');
    } finally {
      first.child.kill('SIGINT');
      await first.child;
    }
    const [left] = await t!.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM iu_piece_collection WHERE created_by IN ('iu-core-first', 'iu-core-second')`);
    expect(left!.n).toBe(0);
  }, 240_000);
});

describe('a scaleout interrupted mid-run on PGlite', () => {
  /** A migrated PGlite with the sample, a scaleout started on it, killed with `signal`; then what is left. */
  async function killedOnPglite(signal: 'SIGINT' | 'SIGKILL') {
    const p = await fresh('pglite');
    try {
      await migrateUp(p.db, listMigrations());
      await p.db.close();
      const r0 = await cli('run', '--quiet', '--db', p.flag, ...SAMPLE);
      expect(r0.code, r0.err).toBe(0);
      const run = await startScaleoutOn(p.flag, 3000, 'iu-core-killed', 'killed');
      run.child.kill(signal);
      const r = await run.child;
      // Reopening runs PGlite's crash recovery after a SIGKILL, as a server's restart would.
      const db = await p.reopen();
      const gates = await db.query<{ value: string }>(`SELECT value FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled'`);
      const [left] = await db.query<Record<string, number>>(
        `SELECT (SELECT count(*) FROM iu_auto_instantiate_event_log)::int AS log,
                (SELECT count(*) FROM iu_collection_template_instance_lineage WHERE recorded_by = 'iu-core-killed')::int AS lineage,
                (SELECT count(*) FROM iu_piece_collection WHERE created_by = 'iu-core-killed')::int AS collections,
                (SELECT count(*) FROM iu_piece_membership WHERE created_by = 'iu-core-killed')::int AS memberships,
                (SELECT count(*) FROM event_outbox WHERE created_by = 'iu-core-killed')::int AS events`,
      );
      return { r, gates: gates.map((g) => g.value), left };
    } finally {
      await p.drop();
    }
  }
  const NOTHING = { log: 0, lineage: 0, collections: 0, memberships: 0, events: 0 };

  it('SIGINT: the batch under way ends, the transaction rolls back, exit 130 — every gate closed, nothing left', async () => {
    const { r, gates, left } = await killedOnPglite('SIGINT');
    expect(r.exitCode, r.stderr).toBe(130);
    expect(r.stderr).toContain('interrupted: rolled back; nothing was committed, every gate is closed');
    expect(r.stdout).not.toMatch(/^committed/m);
    expect(gates).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(left).toEqual(NOTHING);
  }, 240_000);

  it('SIGKILL: the data directory recovers without the open transaction — every gate closed, nothing left', async () => {
    const { r, gates, left } = await killedOnPglite('SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    expect(gates).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(left).toEqual(NOTHING);
  }, 240_000);
});
