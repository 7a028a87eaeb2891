// Crashes: the migration runner SIGKILLed mid-migration, and the server stopped immediately
// (pg_ctl stop -m immediate) mid-scale-out. After restart nothing is half done.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { join } from 'node:path';
import { startLocalServer, databaseUrl, type LocalServer } from '../scripts/db/local-server.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { readLedger } from '../scripts/migrations/ledger.ts';
import { conformanceReport } from '../scripts/conformance.ts';
import { ROOT, pgSkipReason, writeTree } from './helpers.ts';

const header = '-- fixture\n-- Delta: table +1, view 0, function 0, trigger 0, config 0, event_type 0, route 0\n';
const drop = (t: string) => `DO $r$ BEGIN DROP TABLE ${t}; END $r$;\n`;

async function tables(db: PostgresDb): Promise<string[]> {
  const rows = await db.query<{ relname: string }>(`SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`);
  return rows.map((r) => r.relname);
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('crashes', () => {
  let server: LocalServer | undefined;
  beforeEach(async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    server = await startLocalServer();
  });
  afterEach(async () => {
    await server?.destroy();
  });

  it('SIGKILL of the runner mid-migration: the ledger equals the catalog, and migrate up finishes the job', async () => {
    const dir = writeTree({
      '001_first.sql': `${header}CREATE TABLE first_table (id int);\n`,
      'rollback/001_first.rollback.sql': drop('first_table'),
      '002_slow.sql': `${header}CREATE TABLE slow_table (id int);\nSELECT pg_sleep(2);\n`,
      'rollback/002_slow.rollback.sql': drop('slow_table'),
      '003_last.sql': `${header}CREATE TABLE last_table (id int);\n`,
      'rollback/003_last.rollback.sql': drop('last_table'),
    });
    const url = server!.url;
    const child = execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), 'migrate', 'up', '--db', url, '--dir', dir], { reject: false });
    const db = await PostgresDb.connect(url, { max: 1 });
    try {
      // Wait until the runner is inside 002: its backend is sleeping.
      await waitFor(async () => (await db.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE '%pg_sleep(2)%' AND pid <> pg_backend_pid()`)).length > 0, 'migration 002 to start');
      child.kill('SIGKILL');
      const r = await child;
      expect(r.signal).toBe('SIGKILL');
      // The killed runner's server session ends (its transaction rolls back) once its
      // statement returns and finds the client gone.
      await waitFor(async () => (await db.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'iu-core' AND pid <> pg_backend_pid()`)).length === 0, 'the dead runner\'s session to end');
      expect((await readLedger(db)).map((l) => l.version)).toEqual(['001']);
      expect(await tables(db)).toEqual(['first_table']);

      const again = await execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), 'migrate', 'up', '--db', url, '--dir', dir], { reject: false });
      expect(again.exitCode, again.stderr).toBe(0);
      expect(again.stdout).toContain('applied 002_slow');
      expect(again.stdout).toContain('applied 003_last');
      expect((await readLedger(db)).map((l) => l.version)).toEqual(['001', '002', '003']);
      expect(await tables(db)).toEqual(['first_table', 'last_table', 'slow_table']);
    } finally {
      await db.close();
    }
  });

  it('pg_ctl stop -m immediate mid-scale-out: after restart, no partial instance, gates closed, conformance passes', async () => {
    const url = databaseUrl(server!.url, 'postgres');
    let db = await PostgresDb.connect(url, { max: 1 });
    await migrateUp(db, listMigrations());
    await db.close();
    await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url,
      '-f', join(ROOT, 'ops/sample/010_templates_and_manual_instances.sql'),
      '-f', join(ROOT, 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql')]);

    // A long bulk scale-out in one transaction, the way the seeds' drivers run it.
    const scaleout = execa('psql', ['-X', '-q', '-d', url, '-c', `
      BEGIN;
      UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
      SELECT count(*) FROM (
        SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'crash.test',
                 (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'),
                 'crash-' || g, 'live', 'iu-core-crash') AS r
          FROM generate_series(1, 200000) g) x;
      UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
      COMMIT;`], { reject: false });
    db = await PostgresDb.connect(url, { max: 1 });
    await waitFor(async () => (await db.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE '%crash.test%' AND state = 'active' AND pid <> pg_backend_pid()`)).length > 0, 'the scale-out to run');
    await new Promise((r) => setTimeout(r, 1500));
    await db.close().catch(() => undefined);
    await server!.stopImmediate();
    const killed = await scaleout;
    expect(killed.exitCode).not.toBe(0);
    await server!.start();

    db = await PostgresDb.connect(url, { max: 1 });
    try {
      const [state] = await db.query<Record<string, number>>(`
        SELECT (SELECT count(*) FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-crash')::int AS log_rows,
               (SELECT count(*) FROM iu_collection_template_instance_lineage WHERE recorded_by = 'iu-core-crash')::int AS lineage_rows,
               (SELECT count(*) FROM iu_piece_collection WHERE collection_key LIKE 'tpl-inst:auto:crash-%')::int AS collections,
               (SELECT count(*) FROM event_outbox WHERE created_by = 'iu-core-crash')::int AS events,
               (SELECT count(*) FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled' AND value <> 'false')::int AS open_gates`);
      expect(state).toEqual({ log_rows: 0, lineage_rows: 0, collections: 0, events: 0, open_gates: 0 });
      const report = await db.session((s) => conformanceReport(s));
      expect(report.verdict, report.summary).toBe('PASS');
    } finally {
      await db.close();
    }
  });
});
