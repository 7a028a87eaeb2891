// Least privilege with real login roles on a cluster of the test's own (roles are cluster
// state): a reader writes nothing, an operator runs exactly the runbook's recipes, a planted
// search_path changes nothing, roles are created idempotently and dropped only when unused,
// and the harness never prints a password.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { migrateDown, migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { ROOT, cli, pgSkipReason, privateServer, spawnCli, type TestDb } from './helpers.ts';

const asRole = (url: string, role: string) => {
  const u = new URL(url);
  u.username = role;
  u.password = 'not-checked-trust-auth';
  return u.toString();
};

const PRODUCT_TABLES = `SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' ORDER BY 1`;

describe('least privilege on PostgreSQL', () => {
  let server: Awaited<ReturnType<typeof privateServer>> | undefined;
  let t: TestDb;
  let reader: PostgresDb;
  let operator: PostgresDb;

  beforeAll(async () => {
    if (pgSkipReason()) return;
    server = await privateServer();
    t = await server.fresh();
    // Roles that already exist must not stop the migration (it creates only what is absent).
    await t.db.exec(`CREATE ROLE iu_core_reader NOLOGIN`);
    await migrateUp(t.db, listMigrations());
    const ops = join(ROOT, 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization');
    await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', join(ROOT, 'ops/sample/010_templates_and_manual_instances.sql'), '-f', join(ops, '01_file_template_versioning.sql')]);
    await t.db.exec(`CREATE ROLE rita LOGIN IN ROLE iu_core_reader`);
    await t.db.exec(`CREATE ROLE otto LOGIN IN ROLE iu_core_operator`);
    // A schema otto controls, for the search_path hijack.
    await t.db.exec(`CREATE SCHEMA otto AUTHORIZATION otto`);
    reader = await PostgresDb.connect(asRole(t.flag, 'rita'), { max: 1 });
    operator = await PostgresDb.connect(asRole(t.flag, 'otto'), { max: 1 });
  }, 300_000);
  afterAll(async () => {
    await reader?.close();
    await operator?.close();
    await t?.drop();
    await server?.destroy();
  });
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('a reader reads every view and cannot open a gate, call a write function or write any product table', async () => {
    const views = await t.db.query<{ relname: string }>(`SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'v' ORDER BY 1`);
    expect(views.length).toBeGreaterThanOrEqual(10);
    for (const v of views) {
      const [stmt] = await t.db.query<{ sql: string }>(`SELECT format('SELECT count(*) FROM %I', $1::text) AS sql`, [v.relname]);
      await expect(reader.query(stmt!.sql), v.relname).resolves.toBeDefined();
    }
    await expect(reader.exec(`UPDATE dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`)).rejects.toMatchObject({ code: '42501' });
    const writes = await t.db.query<{ sig: string }>(`SELECT function_sig::text AS sig FROM dot_command_catalog ORDER BY 1`);
    expect(writes.length).toBeGreaterThanOrEqual(10);
    for (const w of writes) {
      const [stmt] = await t.db.query<{ sql: string }>(
        `SELECT format('SELECT %s(%s)', p.oid::regproc, (SELECT string_agg('NULL', ', ') FROM unnest(p.proargtypes))) AS sql
           FROM pg_proc p WHERE p.oid = $1::regprocedure`, [w.sig]);
      await expect(reader.query(stmt!.sql), w.sig).rejects.toMatchObject({ code: '42501' });
    }
    for (const tbl of await t.db.query<{ relname: string }>(PRODUCT_TABLES)) {
      const [stmt] = await t.db.query<{ ins: string; upd: string; del: string }>(
        `SELECT format('INSERT INTO %I DEFAULT VALUES', $1::text) AS ins, format('UPDATE %I SET created_at = created_at', $1::text) AS upd,
                format('DELETE FROM %I', $1::text) AS del`, [tbl.relname]);
      for (const sql of [stmt!.ins, stmt!.del]) await expect(reader.exec(sql), sql).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('an operator can run exactly the runbook’s recipes', async () => {
    const runbook = await operator.session(async (s) => {
      // File template versioning is covered by 01 (run by the owner in setup); here: the
      // dry_run recipe, the live recipe, the bulk loop, the rollback recipes and the cheatsheet.
      await s.exec('BEGIN');
      await s.exec(`UPDATE dot_config SET value='true' WHERE key='iu_core.composer_enabled'`);
      const [dry] = await s.query<{ r: { status: string } }>(`SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published',
        (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), 'otto-dry', 'dry_run', 'otto', 'note') AS r`);
      await s.exec(`UPDATE dot_config SET value='false' WHERE key='iu_core.composer_enabled'`);
      await s.exec('ROLLBACK');

      await s.exec('BEGIN');
      await s.exec(`UPDATE dot_config SET value='true' WHERE key='iu_core.composer_enabled'`);
      await s.exec(`UPDATE dot_config SET value='true' WHERE key='iu_core.auto_instantiate_enabled'`);
      const [live] = await s.query<{ r: { status: string } }>(`SELECT fn_iu_auto_instantiate_from_event(gen_random_uuid(), 'template.published',
        (SELECT id FROM iu_piece_collection WHERE collection_key = 'tpl:wf:onboarding/v2'), 'otto-live', 'live', 'otto', 'note') AS r`);
      await s.exec(`DO $$ DECLARE i int; v jsonb; BEGIN
          FOR i IN 1..3 LOOP
            v := fn_iu_auto_instantiate_from_event(('25000b77-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'template.published',
                   (SELECT id FROM iu_piece_collection WHERE collection_key='tpl:file:status-report/v2'), 'otto-bulk-' || lpad(i::text, 3, '0'), 'live', 'otto');
            IF v->>'status' <> 'ok' THEN RAISE EXCEPTION 'bulk: %', v; END IF;
          END LOOP; END $$`);
      await s.exec(`UPDATE dot_config SET value='false' WHERE key='iu_core.composer_enabled'`);
      await s.exec(`UPDATE dot_config SET value='false' WHERE key='iu_core.auto_instantiate_enabled'`);
      await s.exec('COMMIT');

      const [rbDry] = await s.query<{ r: { status: string; would_delete_log_rows: number } }>(`SELECT fn_iu_auto_instantiate_rollback_by_actor('otto', true) AS r`);
      for (const v of ['v_iu_template_observability', 'v_iu_template_version_chain', 'v_iu_auto_instantiate_event_log', 'v_iu_auto_instantiate_event_summary']) {
        await s.query(`SELECT * FROM ${v}`);
      }
      const grouped = await s.query(`SELECT triggered_by, count(*), array_agg(instance_collection_id) FROM iu_auto_instantiate_event_log GROUP BY triggered_by`);
      await s.exec('BEGIN');
      const [rb] = await s.query<{ r: { status: string; deleted_log_rows: number } }>(`SELECT fn_iu_auto_instantiate_rollback_by_actor('otto', false) AS r`);
      await s.exec('COMMIT');
      return { dry: dry!.r.status, live: live!.r.status, rbDry: rbDry!.r, grouped: grouped.length, rb: rb!.r };
    });
    expect(runbook.dry).toBe('ok');
    expect(runbook.live).toBe('ok');
    expect(runbook.rbDry).toMatchObject({ status: 'dry_run', would_delete_log_rows: 4 });
    expect(runbook.grouped).toBeGreaterThan(0);
    expect(runbook.rb).toMatchObject({ status: 'rolled_back', deleted_log_rows: 4 });
    // Not an operator's job: the substrate rollback, settings, direct writes.
    await expect(operator.exec(`DROP VIEW v_iu_auto_instantiate_event_summary`)).rejects.toMatchObject({ code: '42501' });
    await expect(operator.exec(`DELETE FROM iu_piece_collection`)).rejects.toMatchObject({ code: '42501' });
    const before = await t.db.query<{ value: string }>(`SELECT value FROM dot_config WHERE key = 'iu_core.retention_delivered_event_days'`);
    await operator.exec(`UPDATE dot_config SET value = '1' WHERE key = 'iu_core.retention_delivered_event_days'`);
    expect(await t.db.query(`SELECT value FROM dot_config WHERE key = 'iu_core.retention_delivered_event_days'`)).toEqual(before);
    expect((await t.db.query(`SELECT 1 FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled' AND value <> 'false'`)).length).toBe(0);
  });

  it('a search_path hijack in a schema the caller controls does not change what a SECURITY DEFINER function does', async () => {
    await operator.exec(`CREATE FUNCTION otto.fn_iu_gate_enabled(p_key text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$`);
    await operator.exec(`CREATE FUNCTION otto.fn_iu_piece_graph_digest(p_roles text[], p_unit_ids uuid[]) RETURNS text LANGUAGE sql AS $$ SELECT 'ffffffffffffffff' $$`);
    await operator.exec(`CREATE TABLE otto.dot_config (key text, value text)`);
    await operator.exec(`INSERT INTO otto.dot_config VALUES ('iu_core.composer_enabled', 'true')`);
    const result = await operator.session(async (s) => {
      await s.exec(`SET search_path = otto, public`);
      const [closed] = await s.query<{ r: { status: string } }>(
        `SELECT fn_iu_compose('otto:hijack', 'doc', 'T', NULL, '[{"role":"title","new_piece":{"canonical_address":"otto/hijack","title":"t","body":"b","unit_kind":"doc","section_type":"title"}}]'::jsonb, 'otto') AS r`);
      await s.exec('BEGIN');
      await s.exec(`UPDATE public.dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`);
      const [open] = await s.query<{ r: { status: string; manifest_digest: string; collection_id: string } }>(
        `SELECT fn_iu_compose('otto:hijack', 'doc', 'T', NULL, '[{"role":"title","new_piece":{"canonical_address":"otto/hijack","title":"t","body":"b","unit_kind":"doc","section_type":"title"}}]'::jsonb, 'otto') AS r`);
      const [real] = await s.query<{ d: string }>(`SELECT public.fn_iu_manifest_digest($1) AS d`, [open!.r.collection_id]);
      await s.exec('ROLLBACK');
      await s.exec(`RESET search_path`);
      return { closed: closed!.r.status, open: open!.r, real: real!.d };
    });
    expect(result.closed).toBe('composer_gate_closed');
    expect(result.open.status).toBe('ok');
    expect(result.open.manifest_digest).not.toBe('ffffffffffffffff');
    expect(result.open.manifest_digest).toBe(result.real);
  });

  it('the database refuses an operator’s COMMIT that leaves a gate open, from any client; the owner may keep one open on purpose', async () => {
    const gate = async () => (await t.db.query<{ value: string }>(`SELECT value FROM public.dot_config WHERE key = 'iu_core.composer_enabled'`))[0]!.value;
    // (public. named: otto's own schema, first on its search_path, has a dot_config of its own.)
    // One autocommitted statement, as plain psql runs it.
    await expect(operator.exec(`UPDATE public.dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`)).rejects.toThrow(
      /REFUSED: gate iu_core.composer_enabled is open at COMMIT; every gate must be closed before COMMIT/);
    expect(await gate()).toBe('false');
    // An explicit transaction, even with the owner's setting: refused at COMMIT.
    const refused = await operator.session(async (s) => {
      await s.exec('BEGIN');
      await s.exec(`SET LOCAL iu_core.keep_gates_open = 'true'`);
      await s.exec(`UPDATE public.dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'`);
      return s.exec('COMMIT').then(() => null, (e: Error) => e.message);
    });
    expect(refused).toMatch(/REFUSED: gate iu_core.composer_enabled is open at COMMIT/);
    expect(await gate()).toBe('false');
    // Opened and closed in one transaction: commits.
    await operator.session((s) => s.exec(`BEGIN; UPDATE public.dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'; UPDATE public.dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled'; COMMIT`));
    // The authorised path: the owner (a superuser here), on purpose.
    await t.db.session((s) => s.exec(`BEGIN; SET LOCAL iu_core.keep_gates_open = 'true'; UPDATE public.dot_config SET value = 'true' WHERE key = 'iu_core.composer_enabled'; COMMIT`));
    expect(await gate()).toBe('true');
    await operator.exec(`UPDATE public.dot_config SET value = 'false' WHERE key = 'iu_core.composer_enabled'`);
    expect(await gate()).toBe('false');
  });

  it('036 revokes CREATE on schema public from PUBLIC, and its rollback restores exactly what was there', async () => {
    const publicCreate = async (d: TestDb) =>
      (await d.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
                                         WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE'`))[0]!.n;
    const [open, closed] = [await server!.fresh(), await server!.fresh()];
    try {
      // A cluster upgraded from before PostgreSQL 15 (or a restored dump) still has it.
      await open.db.exec(`GRANT CREATE ON SCHEMA public TO PUBLIC`);
      for (const d of [open, closed]) await migrateUp(d.db, listMigrations());
      expect([await publicCreate(open), await publicCreate(closed)]).toEqual([0, 0]);
      for (const d of [open, closed]) await migrateDown(d.db, listMigrations(), { to: '035' });
      expect([await publicCreate(open), await publicCreate(closed)]).toEqual([1, 0]);
    } finally {
      await open.drop();
      await closed.drop();
    }
  });

  it('neither role owns anything; both are NOLOGIN', async () => {
    const owned = await t.db.query(`SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname LIKE 'iu\\_core\\_%'
                                    UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname LIKE 'iu\\_core\\_%'`);
    expect(owned).toEqual([]);
    expect(await t.db.query(`SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'iu\\_core\\_%' ORDER BY 1`)).toEqual([
      { rolname: 'iu_core_operator', rolcanlogin: false },
      { rolname: 'iu_core_reader', rolcanlogin: false },
    ]);
  });

  it('rolling back 034 keeps a role something else in the cluster depends on, and drops it when nothing does', async () => {
    // A cluster with just two migrated databases, so that "something else" is exactly the other one.
    const cluster = await privateServer();
    const [a, b] = [await cluster.fresh(), await cluster.fresh()];
    try {
      for (const d of [a, b]) await migrateUp(d.db, listMigrations());
      const roles = async () => (await a.db.query<{ rolname: string }>(`SELECT rolname FROM pg_roles WHERE rolname LIKE 'iu\\_core\\_%' ORDER BY 1`)).map((r) => r.rolname);
      const notices: string[] = [];
      // Down to 033: 035 (which grants to the roles) first, then 034.
      await migrateDown(a.db, listMigrations(), { to: '033', onNotice: (n) => notices.push(n.message) });
      expect(notices.join('\n')).toMatch(/kept role iu_core_operator/);
      expect(notices.join('\n')).toMatch(/kept role iu_core_reader/);
      expect(await roles()).toEqual(['iu_core_operator', 'iu_core_reader']);
      expect(await a.db.query(`SELECT 1 FROM information_schema.role_table_grants WHERE grantee LIKE 'iu\\_core\\_%'`)).toEqual([]);

      await migrateDown(b.db, listMigrations(), { to: '033' });
      expect(await roles()).toEqual([]);
      // And applying 034 again recreates them.
      await migrateUp(a.db, listMigrations());
      expect(await roles()).toEqual(['iu_core_operator', 'iu_core_reader']);
    } finally {
      await a.drop();
      await b.drop();
      await cluster.destroy();
    }
  });

  it('the harness prints a URL with its password masked, on success and on failure', async () => {
    const url = asRole(t.flag, 'postgres').replace('not-checked-trust-auth', 'Sup3rS3cret');
    const ok = await cli('migrate', 'status', '--db', url);
    expect(ok.code).toBe(0);
    expect(ok.out + ok.err).not.toContain('Sup3rS3cret');
    expect(ok.out).toContain(':***@');
    const bad = await spawnCli(['migrate', 'status', '--db', url.replace(/:\d+\//, ':1/')]);
    expect(bad.code).toBe(2);
    expect(bad.out + bad.err).not.toContain('Sup3rS3cret');
  });
});

describe('the harness never builds SQL from input by concatenation', () => {
  it('no query or exec call in scripts/ takes a template literal with interpolation', async () => {
    const files = (readdirSync(join(ROOT, 'scripts'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join('scripts', f));
    const offenders: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      for (const m of text.matchAll(/\.(query|exec|unsafe)(<[^>]*>)?\(\s*`([^`]*)`/g)) {
        if (m[3]!.includes('${')) offenders.push(`${f}: ${m[0].slice(0, 80)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
