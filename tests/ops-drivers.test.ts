// The seeds' operator drivers on a fresh database with the sample data: through real psql on
// PostgreSQL 15 and through `iu-core run` on PGlite, reproducing the seeds' numbers.
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { regressionMatrix } from '../scripts/matrix.ts';
import type { Db } from '../scripts/db/types.ts';
import { ENGINES, ROOT, cli, fresh, pgSkipReason, type TestDb } from './helpers.ts';

const OPS = join(ROOT, 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization');
const FILES = {
  sample: join(ROOT, 'ops/sample/010_templates_and_manual_instances.sql'),
  fileV2: join(OPS, '01_file_template_versioning.sql'),
  probes: join(OPS, '02_auto_instantiate_productization_proof.sql'),
  durable: join(OPS, '03_durable_auto_instantiate_event.sql'),
  bulk: join(OPS, '05_bulk_scaleout_via_event_orchestrator.sql'),
  n20: join(ROOT, 'ops/50000x-autoscope-refresh-scaleout-event-ops-closeout/scaleout/run_bounded_scaleout_n20.sql'),
};

type Counts = Record<string, number | null>;

async function counts(db: Db): Promise<Counts> {
  const m = await db.session((s) => regressionMatrix(s));
  return Object.fromEntries(m.map((r) => [r.surface, r.rows]));
}

const COLLECTIONS = 'iu_piece_collection';
const MEMBERSHIPS = 'iu_piece_membership';
const LINEAGE = 'iu_collection_template_instance_lineage';
const AUTO_LOG = 'iu_auto_instantiate_event_log';
const UNITS = 'information_unit';
const TEMPLATES = 'iu_collection_template_registry';
const VERSIONS = 'iu_collection_template_version';
const LIFECYCLE = 'iu_lifecycle_log';
const SYNC = 'iu_vector_sync_point';
const OPEN_GATES = 'gates open (iu_core.*_enabled = true)';

describe.each(ENGINES)('the seeds’ drivers on %s', (engine) => {
  let t: TestDb;
  const skip = () => (engine === 'postgres' ? pgSkipReason() : '');

  /** Run a driver the way its user would: psql on the real server, iu-core run on PGlite. */
  async function runDriver(file: string): Promise<string> {
    if (engine === 'postgres') {
      const r = await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', file], { reject: false });
      expect(r.exitCode, r.stderr).toBe(0);
      return r.stderr;
    }
    await t.db.close();
    const r = await cli('run', '--db', t.flag, '--quiet', file);
    await t.reopen();
    expect(r.code, r.err).toBe(0);
    return r.err;
  }

  beforeAll(async () => {
    if (skip()) return;
    t = await fresh(engine);
    await migrateUp(t.db, listMigrations());
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
  });
  beforeEach((ctx) => {
    if (skip()) ctx.skip(skip());
  });

  let start: Counts;

  it('the sample data reproduces the seeds’ starting state, and loading it twice changes nothing', async () => {
    await runDriver(FILES.sample);
    start = await counts(t.db);
    expect(start[COLLECTIONS]).toBe(10);
    expect(start[MEMBERSHIPS]).toBe(43);
    expect(start[LINEAGE]).toBe(4);
    expect(start[AUTO_LOG]).toBe(0);
    expect(start[TEMPLATES]).toBe(3);
    expect(start[VERSIONS]).toBe(2);
    expect(start[LIFECYCLE]).toBeGreaterThan(0);
    expect(start[SYNC]).toBeGreaterThan(0);
    expect(start[OPEN_GATES]).toBe(0);
    const out = await runDriver(FILES.sample);
    expect(out).toContain('sample: already loaded');
    expect(await counts(t.db)).toEqual(start);
  });

  it('01 versions the file family: v2 with 6 pieces (one new unit) supersedes v1', async () => {
    const out = await runDriver(FILES.fileV2);
    expect(out).toContain('01 file family: v1 superseded -> v2 current, family_chain_length=2, digest_drift_from_previous=t');
    const c = await counts(t.db);
    expect(c[UNITS]).toBe(start[UNITS]! + 1);
    expect(c[TEMPLATES]).toBe(4);
    expect(c[VERSIONS]).toBe(4);
    expect(c[MEMBERSHIPS]).toBe(43 + 6);
    const chain = await t.db.query<{ collection_key: string; status: string; digest_drift_from_previous: boolean | null }>(
      `SELECT collection_key, status, digest_drift_from_previous FROM v_iu_template_version_chain ORDER BY template_family, version_seq`,
    );
    expect(chain).toEqual([
      { collection_key: 'tpl:file:status-report/v1', status: 'superseded', digest_drift_from_previous: null },
      { collection_key: 'tpl:file:status-report/v2', status: 'current', digest_drift_from_previous: true },
      { collection_key: 'tpl:wf:onboarding/v1', status: 'superseded', digest_drift_from_previous: null },
      { collection_key: 'tpl:wf:onboarding/v2', status: 'current', digest_drift_from_previous: true },
    ]);
  });

  it('02 runs the twelve bounded probes C1–C12, all green, and leaves no trace', async () => {
    const before = await counts(t.db);
    const out = await runDriver(FILES.probes);
    for (let i = 1; i <= 12; i++) expect(out).toMatch(new RegExp(`C${i} `));
    expect(out).toContain('02: 12/12 probes green');
    expect(await counts(t.db)).toEqual(before);
  });

  it('03 and 05 compose 13 durable, digest-matching instances: collections 10 → 24, memberships 43 → 118, lineage 4 → 17', async () => {
    const before = await counts(t.db);
    expect((await runDriver(FILES.durable))).toContain('03 post-commit: durable rows for iu-core-25000x-durable = 1');
    const out = await runDriver(FILES.bulk);
    expect(out.match(/bulk #\d+ -> ok/g)).toHaveLength(12);
    expect(out).toContain('bulk scaleout completed: 8 wf + 4 file instances ok (12 ok, 0 replayed), 12/12 digest match, gates closed');
    const c = await counts(t.db);
    expect(c[COLLECTIONS]).toBe(24);
    expect(c[MEMBERSHIPS]).toBe(118);
    expect(c[LINEAGE]).toBe(17);
    expect(c[AUTO_LOG]).toBe(13);
    for (const invariant of [UNITS, LIFECYCLE, SYNC, TEMPLATES, VERSIONS]) expect(c[invariant], invariant).toBe(before[invariant]);
    expect(c[OPEN_GATES]).toBe(0);
    const summary = await t.db.query<{ template_collection_key: string; emit_mode: string; instance_count: number; instances_last_hour: number }>(
      `SELECT template_collection_key, emit_mode, instance_count, instances_last_hour FROM v_iu_auto_instantiate_event_summary ORDER BY 1`,
    );
    expect(summary).toEqual([
      { template_collection_key: 'tpl:file:status-report/v2', emit_mode: 'live', instance_count: 4, instances_last_hour: 4 },
      { template_collection_key: 'tpl:wf:onboarding/v2', emit_mode: 'live', instance_count: 9, instances_last_hour: 9 },
    ]);
    const [obs] = await t.db.query<{ matches: number; diverges: number }>(
      `SELECT sum(digest_matches)::int AS matches, sum(digest_diverges)::int AS diverges FROM v_iu_template_observability`,
    );
    expect(obs).toEqual({ matches: 17, diverges: 0 });
    // Re-running 05 replays all twelve and changes nothing.
    expect(await runDriver(FILES.bulk)).toContain('(0 ok, 12 replayed)');
    expect(await counts(t.db)).toEqual(c);
  });

  it('the N=20 run: 20/20 ok, lineage 37 (17 + 20), auto log 33, memberships 223, invariants unchanged', async () => {
    const before = await counts(t.db);
    const out = await runDriver(FILES.n20);
    expect(out).toContain('50000x scaleout: 20 instances composed (4 templates x 5 each)');
    expect(out).toContain('50000x_lineage | 37 (17 + 20)');
    expect(out).toContain('50000x_auto_log | 33 (13 + 20)');
    expect(out).toContain('50000x_digest_match | t | 20');
    expect(out).toContain('50000x_post_commit | auto_log=33 | bulk_rows=20');
    const c = await counts(t.db);
    expect(c[COLLECTIONS]).toBe(44);
    expect(c[MEMBERSHIPS]).toBe(223);
    for (const invariant of [UNITS, LIFECYCLE, SYNC]) expect(c[invariant], invariant).toBe(before[invariant]);
    expect(c[OPEN_GATES]).toBe(0);
    const [drift] = await t.db.query<{ ok: number; drift: number; total: number }>(
      `SELECT count(*) FILTER (WHERE digest_matches_template)::int AS ok, count(*) FILTER (WHERE NOT digest_matches_template)::int AS drift, count(*)::int AS total FROM v_iu_auto_instantiate_event_log`,
    );
    expect(drift).toEqual({ ok: 33, drift: 0, total: 33 });
  });

  it('the actor-scoped rollback dry run addresses the whole N=20 batch and changes nothing', async () => {
    const before = await counts(t.db);
    const [r] = await t.db.query<{ r: Record<string, unknown> }>(`SELECT fn_iu_auto_instantiate_rollback_by_actor('iu-core-50000x-bulk', true) AS r`);
    expect(r!.r).toMatchObject({ status: 'dry_run', would_delete_instance_collections: 20, would_delete_lineage_rows: 20, would_delete_log_rows: 20 });
    expect((r!.r.target_instance_ids as string[]).length).toBe(20);
    expect(await counts(t.db)).toEqual(before);
  });
});

describe('the runbook’s substrate rollback line on PostgreSQL 15', () => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh('postgres');
    await migrateUp(t.db, listMigrations(), { to: '033' });
    await execa('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', FILES.sample, '-f', FILES.fileV2, '-f', FILES.durable]);
  });
  afterEach(async () => {
    await t?.drop();
  });

  const objects033 = `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace
                        AND relname IN ('iu_auto_instantiate_event_log', 'v_iu_auto_instantiate_event_log', 'v_iu_auto_instantiate_event_summary')`;
  const rollback = join(ROOT, 'sql/iu-core/rollback/033_auto_instantiate_from_event.rollback.sql');

  it('plain psql -f without -1 or ON_ERROR_STOP: REFUSED, and nothing is removed', async () => {
    const r = await execa('psql', ['-X', '-d', t.flag, '-f', rollback], { reject: false });
    expect(r.stderr).toMatch(/ERROR: {2}REFUSED: rollback 033 would drop iu_auto_instantiate_event_log holding 1 rows/);
    expect((await t.db.query<{ n: number }>(objects033))[0]!.n).toBe(3);
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_proc WHERE proname LIKE 'fn\\_iu\\_auto\\_instantiate%'`))[0]!.n).toBe(2);
    expect((await t.db.query(`SELECT 1 FROM dot_config WHERE key = 'iu_core.auto_instantiate_enabled'`)).length).toBe(1);
  });

  it('psql -c "SET iu_core.force_rollback_033=true;" -f … removes the substrate', async () => {
    const r = await execa('psql', ['-X', '-d', t.flag, '-c', 'SET iu_core.force_rollback_033=true;', '-f', rollback], { reject: false });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('ERROR');
    expect((await t.db.query<{ n: number }>(objects033))[0]!.n).toBe(0);
    expect((await t.db.query(`SELECT 1 FROM event_type_registry WHERE event_type = 'iu.template.instance_auto_composed'`)).length).toBe(0);
  });
});
