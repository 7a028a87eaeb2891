// The conformance scan as auditors and DBAs use it: iu-core conformance names every missing
// or unexpected object and exits 1; --write-ssot rewrites the SSOT and prints the diff; and
// every file runs under plain psql, in order, with the scan passing at the end.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMigrations } from '../scripts/migrations/files.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { conformanceReport } from '../scripts/conformance.ts';
import { ENGINES, ROOT, cli, fresh, pgSkipReason, spawnCli, tempDir, type TestDb } from './helpers.ts';

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
    expect(ok.out).toMatch(/D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6/);

    expect(ok.out).toMatch(/^host: 0 objects, not judged$/m);

    const db = await t.reopen();
    // Named like IU Core's: unexpected. Named like nothing of ours: the host's, counted apart.
    await db.exec(`CREATE TABLE iu_stray_table (id int)`);
    await db.exec(`CREATE TABLE stray_host_table (id int)`);
    await db.exec(`DROP VIEW v_iu_outbox_backlog`);
    // A gate committed open, on purpose: the authorised path of 037 (a superuser here).
    await db.exec(`BEGIN; SET LOCAL iu_core.keep_gates_open = 'true'; UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.delivery_enabled'; COMMIT`);
    await db.close();
    const bad = await cli('conformance', '--db', t.flag, '--json');
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.out);
    const table = report.classes.find((c: { item: string }) => c.item === 'table');
    const view = report.classes.find((c: { item: string }) => c.item === 'view');
    expect(table).toMatchObject({ verdict: 'FAIL', unexpected: ['iu_stray_table'] });
    expect(report.host).toEqual({ owner: 'host', objects: 1, summary: 'host: 1 objects, not judged (table 1)' });
    expect(view).toMatchObject({ verdict: 'FAIL', missing: ['v_iu_outbox_backlog'] });
    expect(report.security.find((s: { item: string }) => s.item === 'gates_closed_at_rest')).toMatchObject({ verdict: 'FAIL', missing: ['iu_core.delivery_enabled = true'] });
    expect(report.summary).toMatch(/^5\/7 FAIL at \d+ objects; security 5\/6$/);
  });

  it('--write-ssot rewrites the SSOT from the live catalog and prints the diff for review', async () => {
    const work = tempDir('ssot');
    cpSync(join(ROOT, 'sql'), join(work, 'sql'), { recursive: true });
    const db = t.db;
    await db.exec(`CREATE TABLE iu_reviewed_table (id int)`);
    // A host's table is never written into IU Core's SSOT.
    await db.exec(`CREATE TABLE reviewed_host_table (id int)`);
    await db.close();
    const write = await spawnCli(['conformance', '--db', t.flag, '--write-ssot'], { cwd: work });
    expect(write.code, write.err).toBe(0);
    expect(write.out).toContain('+ table iu_reviewed_table');
    expect(write.out).toMatch(/rewrote the SSOT of project iu-core in sql\/runtime\/110_iu_core_dot_conformance_scan\.sql: 1 added, 0 removed/);
    const ssot = readFileSync(join(work, 'sql/runtime/110_iu_core_dot_conformance_scan.sql'), 'utf8');
    expect(ssot).toContain("('table', 'iu_reviewed_table')");
    expect(ssot).not.toContain('reviewed_host_table');
    // In the SSOT now, yet still made by hand, not by a migration: drift until accepted.
    const after = await spawnCli(['conformance', '--db', t.flag], { cwd: work });
    expect(after.code, after.out).toBe(1);
    expect(after.out).toMatch(/D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6; drift: 1 object\(s\) drifted from their migrations \(1 appeared\)/);
    expect(after.out).toContain('DRIFT appeared table iu_reviewed_table');
    expect(after.out).not.toContain('reviewed_host_table');
    const accepted = await spawnCli(['conformance', '--db', t.flag, '--accept', 'table iu_reviewed_table', '--why', 'reviewed with the SSOT change'], { cwd: work });
    expect(accepted.code, accepted.out).toBe(0);
    // The repository's own SSOT was not touched.
    expect(readFileSync(join(ROOT, 'sql/runtime/110_iu_core_dot_conformance_scan.sql'), 'utf8')).not.toContain('reviewed_table');
    expect(accepted.out).toMatch(/^host: 1 objects, not judged \(table 1\)$/m);
  });
});

describe('conformance flags and project files, checked before any database is touched (exit 2)', () => {
  it('an unknown --project, --all with --write-ssot, and a project SSOT that is not the documented JSON are each refused in one line', async () => {
    const nowhere = 'postgres://nobody@127.0.0.1:1/none';
    const dir = tempDir('ssot-bad');
    mkdirSync(join(dir, 'm'));
    const config = (ssot: string) => {
      writeFileSync(join(dir, 'ssot.json'), ssot);
      writeFileSync(join(dir, 'iu-core.config.json'), JSON.stringify({ projects: [{ name: 'app', migrations: 'm', schemas: ['app'], ssot: 'ssot.json' }] }));
      return join(dir, 'iu-core.config.json');
    };
    const cases: Array<[() => string[], RegExp]> = [
      [() => ['--project', 'nosuch'], /--project nosuch: no such project; projects: iu-core/],
      [() => ['--all', '--write-ssot'], /--all widens the security rules of a report; it does not go with --accept or --write-ssot/],
      [() => ['--config', config('{"table": ['), '--project', 'app'], /the SSOT of project app is not valid JSON/],
      [() => ['--config', config('{"tables": ["app.x"], "view": "app.v"}'), '--project', 'app'], /unknown class 'tables' .*; "view" must be an array of object names/],
    ];
    for (const [args, message] of cases) {
      const r = await cli('conformance', '--db', nowhere, ...args());
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.split('\n').filter((l) => l.trim())).toHaveLength(1);
    }
  });
});

describe.each(ENGINES)('the SECURITY DEFINER rules fire on planted bad functions on %s', (engine) => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh(engine);
    await migrateUp(t.db, listMigrations());
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('a body that makes a temp table, a search_path without pg_temp last, and CREATE on public for PUBLIC are each named', async () => {
    const rules = async () => {
      const report = await t.db.session((s) => conformanceReport(s));
      const rule = (item: string) => report.security.find((r) => r.item === item)?.missing;
      return { summary: report.summary, security_definer_no_pg_temp: rule('security_definer_no_pg_temp'), security_definer_no_caller_schemas: rule('security_definer_no_caller_schemas') };
    };
    expect(await rules()).toMatchObject({ security_definer_no_pg_temp: [], security_definer_no_caller_schemas: [] });

    // 035's pattern: a scratch table in pg_temp, reused when found.
    await t.db.exec(`CREATE FUNCTION fn_iu_planted_scratch() RETURNS jsonb LANGUAGE plpgsql VOLATILE SECURITY DEFINER
                       SET search_path = pg_catalog, public, pg_temp
                     AS $$ BEGIN IF to_regclass('pg_temp.scratch') IS NULL THEN CREATE TEMP TABLE scratch (n int) ON COMMIT DROP; END IF; RETURN '{}'; END $$`);
    await t.db.exec(`REVOKE ALL ON FUNCTION fn_iu_planted_scratch() FROM PUBLIC`);
    // pg_temp not listed: PostgreSQL then searches it first for tables.
    await t.db.exec(`CREATE FUNCTION fn_iu_planted_path() RETURNS jsonb LANGUAGE sql VOLATILE SECURITY DEFINER
                       SET search_path = pg_catalog, public AS $$ SELECT '{}'::jsonb $$`);
    await t.db.exec(`REVOKE ALL ON FUNCTION fn_iu_planted_path() FROM PUBLIC`);
    // A body that names pg_temp nowhere but writes SELECT … INTO TEMP.
    await t.db.exec(`CREATE FUNCTION fn_iu_planted_into() RETURNS jsonb LANGUAGE plpgsql VOLATILE SECURITY DEFINER
                       SET search_path = pg_catalog, public, pg_temp
                     AS $$ BEGIN EXECUTE 'SELECT 1 AS n INTO TEMPORARY t1'; RETURN '{}'; END $$`);
    await t.db.exec(`REVOKE ALL ON FUNCTION fn_iu_planted_into() FROM PUBLIC`);
    await t.db.exec(`GRANT CREATE ON SCHEMA public TO PUBLIC`);
    const bad = await rules();
    expect(bad.security_definer_no_pg_temp).toEqual(['fn_iu_planted_into()', 'fn_iu_planted_path()', 'fn_iu_planted_scratch()']);
    expect(bad.security_definer_no_caller_schemas).toHaveLength(1);
    expect(bad.security_definer_no_caller_schemas![0]).toMatch(/^schema public grants CREATE to PUBLIC \(on the search_path of \d+ SECURITY DEFINER function\(s\), /);
    expect(bad.summary).toMatch(/; security 4\/6$/);

    await t.db.exec(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await t.db.exec(`ALTER FUNCTION fn_iu_planted_path() SET search_path = pg_catalog, no_such_schema, public, pg_temp`);
    expect((await rules()).security_definer_no_caller_schemas).toEqual([
      'schema no_such_schema does not exist (on the search_path of 1 SECURITY DEFINER function(s), fn_iu_planted_path() first)',
    ]);
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
    expect(scan.stderr).toMatch(/NOTICE: {2}D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6/);
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
