// The conformance scan as auditors and DBAs use it: iu-core conformance names every missing
// or unexpected object and exits 1; --write-ssot rewrites the SSOT and prints the diff; and
// every file runs under plain psql, in order, with the scan passing at the end.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMigrations } from '../scripts/migrations/files.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { ROOT, cli, fresh, pgSkipReason, spawnCli, tempDir, type TestDb } from './helpers.ts';

describe('iu-core conformance', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await fresh('pglite');
    await migrateUp(t.db, listMigrations());
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('passes on the migrated product, then names an unexpected and a missing object and exits 1', async () => {
    await t.db.close();
    const ok = await cli('conformance', '--db', t.flag);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/D9 conformance: 7\/7 PASS at \d+ objects; security 4\/4/);

    const db = await t.reopen();
    await db.exec(`CREATE TABLE stray_table (id int)`);
    await db.exec(`DROP VIEW v_iu_outbox_backlog`);
    await db.exec(`UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.delivery_enabled'`);
    await db.close();
    const bad = await cli('conformance', '--db', t.flag, '--json');
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.out);
    const table = report.classes.find((c: { item: string }) => c.item === 'table');
    const view = report.classes.find((c: { item: string }) => c.item === 'view');
    expect(table).toMatchObject({ verdict: 'FAIL', unexpected: ['stray_table'] });
    expect(view).toMatchObject({ verdict: 'FAIL', missing: ['v_iu_outbox_backlog'] });
    expect(report.security.find((s: { item: string }) => s.item === 'gates_closed_at_rest')).toMatchObject({ verdict: 'FAIL', missing: ['iu_core.delivery_enabled = true'] });
    expect(report.summary).toMatch(/^5\/7 FAIL at \d+ objects; security 3\/4$/);
  });

  it('--write-ssot rewrites the SSOT from the live catalog and prints the diff for review', async () => {
    const work = tempDir('ssot');
    cpSync(join(ROOT, 'sql'), join(work, 'sql'), { recursive: true });
    const db = t.db;
    await db.exec(`CREATE TABLE reviewed_table (id int)`);
    await db.close();
    const write = await spawnCli(['conformance', '--db', t.flag, '--write-ssot'], { cwd: work });
    expect(write.code, write.err).toBe(0);
    expect(write.out).toContain('+ table reviewed_table');
    expect(write.out).toMatch(/rewrote the SSOT in sql\/runtime\/110_iu_core_dot_conformance_scan\.sql: 1 added, 0 removed/);
    expect(readFileSync(join(work, 'sql/runtime/110_iu_core_dot_conformance_scan.sql'), 'utf8')).toContain("('table', 'reviewed_table')");
    const after = await spawnCli(['conformance', '--db', t.flag], { cwd: work });
    expect(after.code, after.out).toBe(0);
    // The repository's own SSOT was not touched.
    expect(readFileSync(join(ROOT, 'sql/runtime/110_iu_core_dot_conformance_scan.sql'), 'utf8')).not.toContain('reviewed_table');
  });
});

describe('every SQL file under plain psql on PostgreSQL 15', () => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh('postgres');
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('the migrations in order with psql -v ON_ERROR_STOP=1 -f, the scan, then every rollback in reverse back to empty', async () => {
    const psql = (file: string) => execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', file], { reject: false });
    for (const m of listMigrations()) {
      const r = await psql(m.path);
      expect(r.exitCode, `${m.stem}: ${r.stderr}`).toBe(0);
    }
    const scan = await psql(join(ROOT, 'sql/runtime/110_iu_core_dot_conformance_scan.sql'));
    expect(scan.exitCode).toBe(0);
    expect(scan.stderr).toMatch(/NOTICE: {2}D9 conformance: 7\/7 PASS at \d+ objects; security 4\/4/);
    const matrix = await psql(join(ROOT, 'sql/runtime/120_iu_core_regression_matrix.sql'));
    expect(matrix.exitCode).toBe(0);
    expect(matrix.stdout).toContain('iu_auto_instantiate_event_log');
    for (const m of [...listMigrations()].reverse()) {
      const r = await psql(m.rollbackPath);
      expect(r.exitCode, `${m.stem} rollback: ${r.stderr}`).toBe(0);
    }
    const left = await t.db.query(`SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace
                                    UNION ALL SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace`);
    expect(left).toEqual([]);
  });
});
