// The seeds' operator drivers on a freshly migrated database with the sample data: through
// real `psql -v ON_ERROR_STOP=1 -f` on PostgreSQL 15 and through `iu-core run` on PGlite,
// step by step, asserting the seeds' own numbers after each step:
//   collections 10 → 24 → 44, memberships 43 → 118 → 223, lineage 4 → 17 → 37,
//   auto-instantiate log 0 → 13 → 33, templates 3 → 4, versions 2 → 4,
//   information_unit +1 (file/v2's executive summary) and never moved by the orchestrator,
//   iu_lifecycle_log and iu_vector_sync_point never moved, every gate false after COMMIT.
// Plus the runbook's substrate rollback line, with and without its force setting.
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { census, counts, type Counts } from './surfaces.ts';
import { ENGINES, ROOT, cli, pgSkipReason, serverOfThisFile, type TestDb } from './helpers.ts';

const OPS_25000X = join(ROOT, 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization');
const FILES = {
  sample: join(ROOT, 'ops/sample/010_templates_and_manual_instances.sql'),
  fileV2: join(OPS_25000X, '01_file_template_versioning.sql'),
  probes: join(OPS_25000X, '02_auto_instantiate_productization_proof.sql'),
  durable: join(OPS_25000X, '03_durable_auto_instantiate_event.sql'),
  bulk: join(OPS_25000X, '05_bulk_scaleout_via_event_orchestrator.sql'),
  n20: join(ROOT, 'ops/50000x-autoscope-refresh-scaleout-event-ops-closeout/scaleout/run_bounded_scaleout_n20.sql'),
};
const ROLLBACK_033 = join(ROOT, 'sql/iu-core/rollback/033_auto_instantiate_from_event.rollback.sql');

/** The 033 substrate: what the rollback must leave in place on refusal and remove when forced. */
const OBJECTS_033_SQL = `
  SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace
            AND relname IN ('iu_auto_instantiate_event_log', 'v_iu_auto_instantiate_event_log', 'v_iu_auto_instantiate_event_summary'))::int AS relations,
         (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
            AND proname IN ('fn_iu_auto_instantiate_from_event', 'fn_iu_auto_instantiate_rollback_by_actor'))::int AS functions,
         (SELECT count(*) FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled')::int AS gate,
         (SELECT count(*) FROM event_type_registry WHERE event_type = 'iu.template.instance_auto_composed')::int AS event_type,
         (SELECT count(*) FROM event_outbox WHERE event_type = 'iu.template.instance_auto_composed')::int AS events`;

/** Product objects by name: relations, functions, config keys, event types, routes. */
const CATALOG_SQL = `
  SELECT 'relation ' || relname AS o FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm')
  UNION ALL SELECT 'function ' || oid::regprocedure::text FROM pg_proc WHERE pronamespace = 'public'::regnamespace
  UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal
                AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)
  UNION ALL SELECT 'config ' || key FROM dot_config
  UNION ALL SELECT 'event_type ' || event_type FROM event_type_registry
  ORDER BY 1`;

/** "Cn <path>: expected <x>, actual <y>" lines of 02, and the key | value lines of the others. */
function notices(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((l) => /NOTICE:\s+(.*)$/.exec(l)?.[1])
    .filter((l): l is string => l !== undefined);
}

function probeLines(stderr: string): Array<{ probe: number; path: string; expected: string; actual: string }> {
  return notices(stderr).flatMap((l) => {
    const m = /^C(\d+) (.+?): expected (.+), actual (.+)$/.exec(l);
    return m ? [{ probe: Number(m[1]), path: m[2]!, expected: m[3]!, actual: m[4]! }] : [];
  });
}

// 034 creates cluster roles: on PostgreSQL a cluster of this file's own (one for the file,
// started on first use) keeps parallel test files from racing on them.
const own = serverOfThisFile();

describe.each(ENGINES)('the seeds’ drivers on %s, in the seeds’ order', (engine) => {
  let t: TestDb;
  const skip = () => (engine === 'postgres' ? pgSkipReason() : '');

  /** A driver as its user runs it: psql on the real server, iu-core run on PGlite. Returns stderr. */
  async function runDriver(file: string): Promise<string> {
    if (engine === 'postgres') {
      const r = await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', file], { reject: false });
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/ERROR/);
      return r.stderr;
    }
    await t.db.close();
    const r = await cli('run', '--db', t.flag, file);
    await t.reopen();
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/ERROR/);
    return r.err;
  }

  beforeAll(async () => {
    if (skip()) return;
    t = await own.fresh(engine);
    await migrateUp(t.db, listMigrations());
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
  });
  beforeEach((ctx) => {
    if (skip()) ctx.skip(skip());
  });

  // Each step's counts, for the steps after it.
  const at: Record<'migrated' | 'sample' | 'fileV2' | 'durable' | 'bulk' | 'n20', Counts> = {} as never;

  it('a freshly migrated database holds no sample rows and every gate is closed', async () => {
    at.migrated = await counts(t.db);
    expect(at.migrated).toMatchObject({ collections: 0, memberships: 0, lineage: 0, autoLog: 0, units: 0, openGates: 0 });
  });

  it('the sample reproduces the seeds’ starting state: 10 collections, 43 memberships, 4 lineage rows, 3 templates, 2 versions', async () => {
    const out = notices(await runDriver(FILES.sample));
    expect(out).toContain('sample: loaded 10 collections, 43 memberships, 18 units, 3 templates, 2 versions, 4 lineage rows, 3 lifecycle rows, 11 sync points');
    at.sample = await counts(t.db);
    expect(at.sample).toEqual({
      collections: 10, memberships: 43, lineage: 4, autoLog: 0, units: 18, templates: 3, versions: 2,
      // "unchanged" is measured against rows that exist
      lifecycle: 3, syncPoints: 11,
      outboxIu: at.sample.outboxIu, outboxSystem: 0, openGates: 0,
    });
    expect(at.sample.outboxIu).toBeGreaterThan(0);
    const chain = await t.db.query<{ collection_key: string; status: string; drift: boolean | null }>(
      `SELECT collection_key, status, digest_drift_from_previous AS drift FROM v_iu_template_version_chain ORDER BY template_family, version_seq`,
    );
    expect(chain).toEqual([
      { collection_key: 'tpl:wf:onboarding/v1', status: 'superseded', drift: null },
      { collection_key: 'tpl:wf:onboarding/v2', status: 'current', drift: true },
    ]);
    const [lineage] = await t.db.query<{ v1: number; v2: number; matching: number }>(
      `SELECT count(*) FILTER (WHERE t.collection_key = 'tpl:wf:onboarding/v1')::int AS v1,
              count(*) FILTER (WHERE t.collection_key = 'tpl:wf:onboarding/v2')::int AS v2,
              count(*) FILTER (WHERE l.template_digest_at_instantiation = l.instance_digest)::int AS matching
         FROM iu_collection_template_instance_lineage l JOIN iu_piece_collection t ON t.id = l.template_collection_id`,
    );
    expect(lineage).toEqual({ v1: 1, v2: 3, matching: 4 });
  });

  it('loading the sample again says so and changes nothing at all', async () => {
    const before = await census(t.db);
    const out = notices(await runDriver(FILES.sample));
    expect(out).toContain('sample: already loaded (tpl:wf:onboarding/v1 exists); nothing changed');
    expect(await census(t.db)).toEqual(before);
  });

  it('01 (the runbook’s file-versioning recipe): file/v2 with 6 pieces supersedes v1; units +1, templates 3 → 4, versions 2 → 4', async () => {
    const out = notices(await runDriver(FILES.fileV2));
    expect(out).toContain('01 file family: v1 superseded -> v2 current, family_chain_length=2, digest_drift_from_previous=t');
    at.fileV2 = await counts(t.db);
    expect(at.fileV2).toEqual({
      ...at.sample,
      collections: 11, memberships: 49, units: at.sample.units + 1, templates: 4, versions: 4,
      // composed + minted + marked + 2 × version_registered
      outboxIu: at.sample.outboxIu + 5,
    });
    const chain = await t.db.query<{ collection_key: string; status: string; length: number; drift: boolean | null }>(
      `SELECT collection_key, status, family_chain_length::int AS length, digest_drift_from_previous AS drift
         FROM v_iu_template_version_chain ORDER BY template_family, version_seq`,
    );
    expect(chain).toEqual([
      { collection_key: 'tpl:file:status-report/v1', status: 'superseded', length: 2, drift: null },
      { collection_key: 'tpl:file:status-report/v2', status: 'current', length: 2, drift: true },
      { collection_key: 'tpl:wf:onboarding/v1', status: 'superseded', length: 2, drift: null },
      { collection_key: 'tpl:wf:onboarding/v2', status: 'current', length: 2, drift: true },
    ]);
    const pieces = await t.db.query<{ role: string; reused: boolean; address: string }>(
      `SELECT m.role, EXISTS (SELECT 1 FROM iu_piece_membership p JOIN iu_piece_collection v1 ON v1.id = p.collection_id
                               WHERE v1.collection_key = 'tpl:file:status-report/v1' AND p.iu_id = m.iu_id) AS reused,
              u.canonical_address AS address
         FROM iu_piece_membership m JOIN iu_piece_collection c ON c.id = m.collection_id JOIN information_unit u ON u.id = m.iu_id
        WHERE c.collection_key = 'tpl:file:status-report/v2' AND m.active ORDER BY m.ordinal`,
    );
    expect(pieces).toHaveLength(6);
    expect(pieces.filter((p) => p.reused)).toHaveLength(5);
    expect(pieces[1]).toEqual({ role: 'intro', reused: false, address: 'iu_core/template/25000x/file-status-report-v2/executive_summary' });
  });

  it('02: the twelve bounded probes C1–C12 print expected = actual, and leave no trace', async () => {
    const before = await census(t.db);
    const stderr = await runDriver(FILES.probes);
    const probes = probeLines(stderr);
    expect(probes.map((p) => p.probe)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const p of probes) expect(p.actual, `C${p.probe} ${p.path}`).toBe(p.expected);
    const status = Object.fromEntries(probes.map((p) => [p.probe, p.actual]));
    expect(status).toMatchObject({
      1: 'invalid_input', 2: 'invalid_emit_mode', 3: 'live_gate_closed', 4: 'composer_gate_closed',
      5: 'template_not_marked', 6: 'template_collection_not_found',
    });
    expect(status[7]).toMatch(/^ok, 5 pieces attached, digest match true/);
    expect(status[8]).toMatch(/^ok then idempotent_replay, same instance true/);
    expect(status[9]).toMatch(/^ok, 5 pieces attached, digest match true, log emit_mode live/);
    expect(status[10]).toMatch(/^dry_run 1\/1\/1/);
    expect(notices(stderr)).toContain('02: 12/12 probes ok (C1-C12), nothing left behind');
    expect(await census(t.db)).toEqual(before);
  });

  it('03: one durable live instance, digest-matching, gates closed after COMMIT', async () => {
    const out = notices(await runDriver(FILES.durable));
    expect(out).toContain('03 post-commit: durable rows for iu-core-25000x-durable = 1');
    at.durable = await counts(t.db);
    expect(at.durable).toEqual({
      ...at.fileV2,
      collections: 12, memberships: 54, lineage: 5, autoLog: 1,
      // composed + instance_recorded + instance_auto_composed
      outboxIu: at.fileV2.outboxIu + 3,
    });
    const rows = await t.db.query(
      `SELECT instance_collection_key, template_collection_key, event_id::text, emit_mode, digest_matches_template
         FROM v_iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-25000x-durable'`,
    );
    expect(rows).toEqual([{
      instance_collection_key: 'tpl-inst:auto:25000x-durable-001', template_collection_key: 'tpl:wf:onboarding/v2',
      event_id: '25000d25-0000-4000-8000-000000000001', emit_mode: 'live', digest_matches_template: true,
    }]);
  });

  it('05: 12/12 ok (8 wf + 4 file), all digests match; collections 10 → 24, memberships 43 → 118, lineage 4 → 17, log 13', async () => {
    const out = notices(await runDriver(FILES.bulk));
    expect(out.filter((l) => /^wf bulk #[1-8] -> ok$/.test(l))).toHaveLength(8);
    expect(out.filter((l) => /^file bulk #[1-4] -> ok$/.test(l))).toHaveLength(4);
    expect(out).toContain('bulk scaleout completed: 8 wf + 4 file instances ok');
    expect(out).toContain('05 read-back | digest matches / diverges / total | 12 / 0 / 12');
    at.bulk = await counts(t.db);
    // The seeds' 25000x regression matrix, sample → end of 25000x.
    expect(at.bulk).toEqual({
      ...at.sample,
      collections: 24, memberships: 118, lineage: 17, autoLog: 13, templates: 4, versions: 4,
      units: at.sample.units + 1,
      outboxIu: at.fileV2.outboxIu + 3 * 13,
    });
    const [digests] = await t.db.query<{ ok: number; total: number }>(
      `SELECT count(*) FILTER (WHERE digest_matches_template)::int AS ok, count(*)::int AS total FROM v_iu_auto_instantiate_event_log`,
    );
    expect(digests).toEqual({ ok: 13, total: 13 });
    expect(await t.db.query(
      `SELECT template_collection_key, emit_mode, instance_count::int, instances_last_hour::int
         FROM v_iu_auto_instantiate_event_summary ORDER BY 1, 2`,
    )).toEqual([
      { template_collection_key: 'tpl:file:status-report/v2', emit_mode: 'live', instance_count: 4, instances_last_hour: 4 },
      { template_collection_key: 'tpl:wf:onboarding/v2', emit_mode: 'live', instance_count: 9, instances_last_hour: 9 },
    ]);
    // The seeds' "cross-template observability — final state".
    expect(await t.db.query(
      `SELECT collection_key, version_status, instance_count::int AS instances, digest_matches::int AS matches,
              digest_diverges::int AS diverges, template_without_version
         FROM v_iu_template_observability ORDER BY collection_key`,
    )).toEqual([
      { collection_key: 'tpl:file:status-report/v1', version_status: 'superseded', instances: 0, matches: 0, diverges: 0, template_without_version: false },
      { collection_key: 'tpl:file:status-report/v2', version_status: 'current', instances: 4, matches: 4, diverges: 0, template_without_version: false },
      { collection_key: 'tpl:wf:onboarding/v1', version_status: 'superseded', instances: 1, matches: 1, diverges: 0, template_without_version: false },
      { collection_key: 'tpl:wf:onboarding/v2', version_status: 'current', instances: 12, matches: 12, diverges: 0, template_without_version: false },
    ]);
  });

  it('05 again replays all twelve (idempotent_replay) and changes nothing', async () => {
    const out = notices(await runDriver(FILES.bulk));
    expect(out.filter((l) => / -> idempotent_replay$/.test(l))).toHaveLength(12);
    expect(await counts(t.db)).toEqual(at.bulk);
  });

  it('the N=20 run: 20/20 ok, lineage 37 (17 + 20), log 33 (13 + 20), collections 44, memberships 223 (118 + 105), invariants unchanged', async () => {
    const out = notices(await runDriver(FILES.n20));
    for (const line of [
      '50000x scaleout: 20 instances composed (4 templates x 5 each)',
      '50000x_lineage | 37 (17 + 20)',
      '50000x_auto_log | 33 (13 + 20)',
      '50000x_actor | iu-core-50000x-bulk | 20',
      '50000x_digest_match | true | 20',
      '50000x_gates_closed | iu_core.composer_enabled | false',
      '50000x_gates_closed | iu_core.auto_instantiate_enabled | false',
      '50000x_post_commit | auto_log=33 | bulk_rows=20',
      '50000x post-TX | iu_piece_collection = 44 (24 + 20)',
      '50000x post-TX | iu_piece_membership = 223 (118 + 105)',
      '50000x post-TX | digest_drift / digest_ok / total = 0 / 33 / 33',
    ]) expect(out).toContain(line);
    at.n20 = await counts(t.db);
    expect(at.n20).toEqual({
      ...at.bulk,
      collections: 44, memberships: 223, lineage: 37, autoLog: 33,
      outboxIu: at.bulk.outboxIu + 3 * 20,
    });
    const perTemplate = await t.db.query(
      `SELECT template_collection_key AS template, count(*)::int AS n, bool_and(digest_matches_template) AS all_match,
              bool_and(event_type = 'iu.template.instance_auto_composed' AND emit_mode = 'live') AS live_typed
         FROM v_iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-50000x-bulk' GROUP BY 1 ORDER BY 1`,
    );
    expect(perTemplate).toEqual(
      ['tpl:file:status-report/v1', 'tpl:file:status-report/v2', 'tpl:wf:onboarding/v1', 'tpl:wf:onboarding/v2'].map((template) => ({
        template, n: 5, all_match: true, live_typed: true,
      })),
    );
  });

  it('the actor rollback dry run for iu-core-50000x-bulk reports 20/20/20 and changes nothing', async () => {
    const before = await census(t.db);
    const [row] = await t.db.query<{ r: Record<string, unknown> }>(
      `SELECT fn_iu_auto_instantiate_rollback_by_actor('iu-core-50000x-bulk', true) AS r`,
    );
    expect(row!.r).toMatchObject({
      status: 'dry_run', would_delete_instance_collections: 20, would_delete_lineage_rows: 20, would_delete_log_rows: 20,
      would_delete_memberships: 105,
    });
    expect(row!.r.target_instance_ids as string[]).toHaveLength(20);
    expect(await census(t.db)).toEqual(before);
  });

  it('the N=20 driver refuses a second run before composing anything', async () => {
    const before = await census(t.db);
    if (engine === 'postgres') {
      const r = await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', FILES.n20], { reject: false });
      expect(r.exitCode).toBe(3);
      expect(r.stderr).toContain('50000x scaleout: already run');
    } else {
      await t.db.close();
      const r = await cli('run', '--db', t.flag, FILES.n20);
      await t.reopen();
      expect(r.code).toBe(1);
      expect(r.err).toContain('50000x scaleout: already run');
    }
    expect(await census(t.db)).toEqual(before);
  });

  // The runbook's plain `psql -f` (no -1, no ON_ERROR_STOP) runs on past errors: the guard
  // must refuse before anything is dropped. psql exists only beside the real server.
  // With every migration applied (by the CLI: the ledger lists them) it is out of order first.
  if (engine === 'postgres') it('the runbook’s rollback line without the force setting REFUSES and removes nothing', async () => {
    const before = await census(t.db);
    const catalog = await t.db.query(CATALOG_SQL);
    const r = await execa('psql', ['-d', t.flag, '-f', ROLLBACK_033], { reject: false });
    expect(r.stderr).toContain(`ERROR:  REFUSED: rollback 033 is out of order: migration ${listMigrations().at(-1)!.version} is still applied`);
    expect((await t.db.query(OBJECTS_033_SQL))[0]).toEqual({ relations: 3, functions: 2, gate: 1, event_type: 1, events: 33 });
    expect(await t.db.query(CATALOG_SQL)).toEqual(catalog);
    expect(await census(t.db)).toEqual(before);
  });
});

describe('the runbook’s substrate rollback line on PostgreSQL 15, forced', () => {
  // As the runbook ran it: 033 is the newest migration, its log holds rows.
  let t: TestDb | undefined;
  let at032: TestDb | undefined;
  beforeAll(async () => {
    if (pgSkipReason()) return;
    const server = await own.server();
    t = await server.fresh();
    await migrateUp(t.db, listMigrations(), { to: '033' });
    at032 = await server.fresh();
    await migrateUp(at032.db, listMigrations(), { to: '032' });
    for (const f of [FILES.sample, FILES.fileV2, FILES.durable, FILES.bulk]) {
      await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', f]);
    }
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
    await at032?.drop();
  });
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('plain psql -f refuses first: REFUSED, the 13 rows and every 033 object stay', async () => {
    const r = await execa('psql', ['-d', t!.flag, '-f', ROLLBACK_033], { reject: false });
    expect(r.stderr).toMatch(/ERROR: {2}REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding 13 rows/);
    expect((await t!.db.query(OBJECTS_033_SQL))[0]).toEqual({ relations: 3, functions: 2, gate: 1, event_type: 1, events: 13 });
  });

  it('psql -c "SET iu_core.force_rollback_033=true;" -f … succeeds and leaves the catalog of 032', async () => {
    const before = await counts(t!.db);
    const r = await execa('psql', ['-d', t!.flag, '-c', 'SET iu_core.force_rollback_033=true;', '-f', ROLLBACK_033], { reject: false });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/ERROR/);
    expect((await t!.db.query(OBJECTS_033_SQL))[0]).toEqual({ relations: 0, functions: 0, gate: 0, event_type: 0, events: 0 });
    expect(await t!.db.query(CATALOG_SQL)).toEqual(await at032!.db.query(CATALOG_SQL));
    // The instances themselves and their lineage are not 033's: they stay.
    const [after] = await t!.db.query<{ collections: number; lineage: number }>(
      `SELECT (SELECT count(*) FROM iu_piece_collection)::int AS collections,
              (SELECT count(*) FROM iu_collection_template_instance_lineage)::int AS lineage`,
    );
    expect(after).toEqual({ collections: before.collections, lineage: before.lineage });
  });
});

describe('the runbook’s forced substrate rollback line while later migrations are applied (PostgreSQL 15)', () => {
  // Issue 11: forced, it used to succeed under 035, leaving the bulk function granted and
  // resolving the dropped log table through pg_temp.
  let t: TestDb | undefined;
  beforeAll(async () => {
    if (pgSkipReason()) return;
    t = await (await own.server()).fresh();
    // Applied with plain psql, as a DBA without the CLI would: no ledger, only the objects.
    for (const m of listMigrations()) await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', m.path]);
    for (const f of [FILES.sample, FILES.fileV2, FILES.durable]) await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', f]);
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
  });
  beforeEach((ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
  });

  it('is REFUSED as out of order even forced, and removes nothing', async () => {
    const before = await t!.db.query(OBJECTS_033_SQL);
    expect(before[0]).toMatchObject({ relations: 3, functions: 2 });
    const r = await execa('psql', ['-d', t!.flag, '-c', 'SET iu_core.force_rollback_033=true;', '-f', ROLLBACK_033], { reject: false });
    expect(r.stderr).toMatch(/ERROR: {2}REFUSED: rollback 033 is out of order: migration 034 is still applied/);
    expect(r.stderr).toMatch(/the force setting does not apply/);
    expect(await t!.db.query(OBJECTS_033_SQL)).toEqual(before);
    // And so for every rollback but the newest, forced or not: each names the next migration.
    const catalog = await t!.db.query(CATALOG_SQL);
    const files = listMigrations();
    for (const [i, m] of files.slice(0, -1).entries()) {
      const forced = await execa('psql', ['-X', '-d', t!.flag, '-c', `SET iu_core.force_rollback_${m.version}=true;`, '-f', m.rollbackPath], { reject: false });
      expect(forced.stderr, m.stem).toMatch(new RegExp(`REFUSED: rollback ${m.version} is out of order: migration ${files[i + 1]!.version} is still applied`));
    }
    expect(await t!.db.query(CATALOG_SQL)).toEqual(catalog);
  });
});
