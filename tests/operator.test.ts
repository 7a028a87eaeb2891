// The operator commands (issue 7): instantiate, scaleout, rollback-actor and census, on both
// engines, from the sample data plus 01 (the seeds' starting state):
//   - instantiate dry_run / live, with and without --commit: the orchestrator's status printed,
//     every gate closed afterwards, the instance there only with --commit;
//   - scaleout N=12 with the seeds' mix (8 × wf/v2 + 4 × file/v2) and N=20 with 4 templates × 5
//     reproduce the seeds' numbers: collections 12 → 24 → 44, memberships 54 → 118 → 223,
//     lineage 5 → 17 → 37, auto-instantiate log 1 → 13 → 33, every digest matching, every gate
//     false, units / lifecycle log / sync points / system events unchanged;
//   - a refused call and a moved invariant each fail the run, which rolls back;
//   - rollback-actor reports (dry run) and removes (--apply) exactly the actor's instances;
//   - bad input is refused with one line and exit 2, and writes nothing.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { gatedTransaction } from '../scripts/operator.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import type { Queryable } from '../scripts/db/types.ts';
import { census, counts } from './surfaces.ts';
import { ENGINES, cli, fresh, freshPglite, freshPostgres, pgSkipReason, serverOfThisFile, type TestDb } from './helpers.ts';

const SAMPLE = ['ops/sample/010_templates_and_manual_instances.sql', 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql'];

async function gates(q: Queryable): Promise<Record<string, string>> {
  const rows = await q.query<{ key: string; value: string }>(`SELECT key, value FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled' ORDER BY key`);
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

const ALL_CLOSED = {
  'iu_core.auto_instantiate_enabled': 'false',
  'iu_core.composer_enabled': 'false',
  'iu_core.delivery_enabled': 'false',
  'iu_core.retention_enabled': 'false',
  'iu_core.vector_sync_enabled': 'false',
};

const N12 = ['--template', 'tpl:wf:onboarding/v2:8=wf,tpl:file:status-report/v2:4=file', '--suffix-prefix', '25000x-bulk', '--actor', 'iu-core-25000x-bulk'];
const N20 = [
  '--n', '20',
  '--template', 'tpl:file:status-report/v1=file-v1,tpl:file:status-report/v2=file-v2,tpl:wf:onboarding/v1=wf-v1,tpl:wf:onboarding/v2=wf-v2',
  '--suffix-prefix', '50000x-bulk', '--suffix-width', '2', '--actor', 'iu-core-50000x-bulk', '--event-type', 'iu.template.instance_auto_composed',
];
const DURABLE = [
  '--event', '25000d25-0000-4000-8000-000000000001', '--event-type', 'template.published', '--template', 'tpl:wf:onboarding/v2',
  '--suffix', '25000x-durable-001', '--actor', 'iu-core-25000x-durable',
];

// 034 creates cluster roles: on PostgreSQL this file uses a cluster of its own.
const own = serverOfThisFile();

describe.each(ENGINES)('operator commands on %s', (engine) => {
  const skip = () => (engine === 'postgres' ? pgSkipReason() : '');
  /** The migrated database with the sample and 01 loaded, copied for each test. */
  let base: TestDb | undefined;
  let baseName = '';
  const copies: TestDb[] = [];

  beforeAll(async () => {
    if (skip()) return;
    base = engine === 'postgres' ? await freshPostgres('template0', (await own.server()).url) : await fresh('pglite');
    await migrateUp(base.db, listMigrations());
    await base.db.close();
    const r = await cli('run', '--quiet', '--db', base.flag, ...SAMPLE);
    expect(r.code, r.err).toBe(0);
    baseName = engine === 'postgres' ? new URL(base.flag).pathname.slice(1) : base.flag.slice('pglite:'.length);
  }, 300_000);
  afterAll(async () => {
    for (const c of copies) await c.drop().catch(() => undefined);
    if (base) {
      if (engine === 'postgres') {
        await base.reopen();
        await base.drop();
      } else rmSync(baseName, { recursive: true, force: true });
    }
  });
  beforeEach((ctx) => {
    if (skip()) ctx.skip(skip());
  });

  /** A copy of the base, not opened by the test (the CLI opens it), and a way to look inside. */
  async function copy(): Promise<TestDb & { look<T>(fn: (q: Queryable) => Promise<T>): Promise<T> }> {
    const t = engine === 'postgres' ? await freshPostgres(baseName, (await own.server()).url) : await freshPglite(baseName);
    copies.push(t);
    await t.db.close();
    return Object.assign(t, {
      async look<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
        const db = await t.reopen();
        try {
          return await fn(db);
        } finally {
          await db.close();
        }
      },
    });
  }

  it('census prints the row count of every product surface and every gate', async () => {
    const t = await copy();
    const r = await cli('census', '--db', t.flag);
    expect(r.code, r.err).toBe(0);
    for (const [surface, rows] of [
      ['information_unit', 19], ['iu_piece_collection', 11], ['iu_piece_membership', 49], ['iu_collection_template_instance_lineage', 4],
      ['iu_auto_instantiate_event_log', 0], ['iu_collection_template_registry', 4], ['iu_collection_template_version', 4],
      ['iu_vector_sync_point', 11], ['iu_lifecycle_log', 3], ['event_outbox (system domain)', 0], ['gates open (iu_core.*_enabled = true)', 0],
    ] as const) {
      expect(r.out).toMatch(new RegExp(`^${surface.replace(/[().*]/g, '\\$&')}\\s+${rows}\\s+(expected|invariant)$`, 'm'));
    }
    expect(r.out).toMatch(/^event_outbox \(iu domain\)\s+\d+\s+expected$/m);
    expect(r.out).toContain('iu_core.composer_enabled=false');
    const j = await cli('census', '--db', t.flag, '--json');
    const doc = JSON.parse(j.out);
    expect(doc.surfaces).toHaveLength(12);
    expect(doc.gates).toHaveLength(5);
  });

  it('instantiate dry_run without --commit: status ok printed, everything rolled back, every gate closed', async () => {
    const t = await copy();
    const before = await t.look(census);
    const r = await cli('instantiate', '--db', t.flag, ...DURABLE, '--mode', 'dry_run');
    expect(r.code, r.err + r.out).toBe(0);
    expect(r.out).toMatch(/^status: ok — instance tpl-inst:auto:25000x-durable-001 \(.+\), 5 pieces, digest [0-9a-f]{16} = the template's ✓, emit_mode dry_run$/m);
    expect(r.out).toMatch(/^iu_piece_collection\s+11\s+12\s+\+1\s+expected \+1 ✓$/m);
    expect(r.out).toMatch(/^iu_lifecycle_log\s+3\s+3\s+0\s+invariant ✓$/m);
    expect(r.out).toContain("gates: opened iu_core.composer_enabled in the transaction, closed again; all 5 iu_core.*_enabled read 'false'");
    expect(r.out).toContain('rolled back: nothing was committed; pass --commit to keep it');
    expect(await t.look(census)).toEqual(before);
  });

  it('instantiate live --commit: the seeds’ durable instance, committed and checked after COMMIT; a second call replays', async () => {
    const t = await copy();
    const r = await cli('instantiate', '--db', t.flag, ...DURABLE, '--mode', 'live', '--note', '25000x closeout', '--commit');
    expect(r.code, r.err + r.out).toBe(0);
    expect(r.out).toMatch(/^status: ok — instance tpl-inst:auto:25000x-durable-001 .* emit_mode live$/m);
    expect(r.out).toContain('gates: opened iu_core.composer_enabled, iu_core.auto_instantiate_enabled in the transaction, closed again');
    expect(r.out).toMatch(/^committed\.$/m);
    expect(r.out).toContain("post-commit: instance present; every gate reads 'false'");
    const after = await t.look(async (q) => ({
      counts: await counts(q),
      gates: await gates(q),
      row: await q.query(`SELECT instance_collection_key AS key, emit_mode, triggered_by, digest_matches_template AS matches FROM v_iu_auto_instantiate_event_log`),
    }));
    expect(after.counts).toMatchObject({ collections: 12, memberships: 54, lineage: 5, autoLog: 1, units: 19, lifecycle: 3, syncPoints: 11, openGates: 0 });
    expect(after.gates).toEqual(ALL_CLOSED);
    expect(after.row).toEqual([{ key: 'tpl-inst:auto:25000x-durable-001', emit_mode: 'live', triggered_by: 'iu-core-25000x-durable', matches: true }]);

    const before = await t.look(census);
    const again = await cli('instantiate', '--db', t.flag, ...DURABLE, '--mode', 'live', '--commit', '--json');
    expect(again.code, again.err).toBe(0);
    const doc = JSON.parse(again.out);
    expect(doc).toMatchObject({ command: 'instantiate', status: 'idempotent_replay', verdict: 'PASS', committed: true });
    expect(doc.matrix.every((m: { delta: number }) => m.delta === 0)).toBe(true);
    // Only the gate rows' who/when stamps moved (opened and closed inside the committed transaction).
    const now = await t.look(census);
    for (const k of Object.keys(before).filter((k) => !k.startsWith('dot_config '))) expect(now[k], k).toBe(before[k]);
  });

  it('instantiate dry_run --commit keeps a dry_run-tagged instance; live without --commit keeps nothing', async () => {
    const t = await copy();
    const dry = await cli('instantiate', '--db', t.flag, ...DURABLE, '--mode', 'dry_run', '--commit');
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toContain('gates: opened iu_core.composer_enabled in the transaction');
    const live = await cli('instantiate', '--db', t.flag, '--event', '25000d25-0000-4000-8000-000000000002', '--event-type', 'template.published',
      '--template', 'tpl:file:status-report/v2', '--suffix', 'live-not-kept', '--mode', 'live');
    expect(live.code, live.out).toBe(0);
    expect(live.out).toMatch(/^status: ok .* 6 pieces/m);
    expect(live.out).toContain('rolled back: nothing was committed; pass --commit to keep it');
    const rows = await t.look((q) => q.query(`SELECT instance_collection_key AS key, emit_mode FROM v_iu_auto_instantiate_event_log ORDER BY 1`));
    expect(rows).toEqual([{ key: 'tpl-inst:auto:25000x-durable-001', emit_mode: 'dry_run' }]);
    expect(await t.look(gates)).toEqual(ALL_CLOSED);
  });

  it('scaleout reproduces the seeds: durable 1, then N=12 (8 wf/v2 + 4 file/v2), then N=20 (4 templates × 5); rollback-actor undoes N=20', async () => {
    const t = await copy();
    expect((await cli('instantiate', '--db', t.flag, ...DURABLE, '--mode', 'live', '--commit')).code).toBe(0);
    const at1 = await t.look(counts);

    const r12 = await cli('scaleout', '--db', t.flag, ...N12, '--suffix-width', '3', '--commit');
    expect(r12.code, r12.out + r12.err).toBe(0);
    expect(r12.out).toContain('tpl:wf:onboarding/v2  8 × 5 pieces  suffixes 25000x-bulk-wf-001..008');
    expect(r12.out).toContain('tpl:file:status-report/v2  4 × 6 pieces  suffixes 25000x-bulk-file-001..004');
    expect(r12.out).toMatch(/^calls: 12 ok \(12 digest matches\)/m);
    for (const line of [
      /^iu_piece_collection\s+12\s+24\s+\+12\s+expected \+12 ✓$/m,
      /^iu_piece_membership\s+54\s+118\s+\+64\s+expected \+64 ✓$/m,
      /^iu_collection_template_instance_lineage\s+5\s+17\s+\+12\s+expected \+12 ✓$/m,
      /^iu_auto_instantiate_event_log\s+1\s+13\s+\+12\s+expected \+12 ✓$/m,
      /^information_unit\s+19\s+19\s+0\s+invariant ✓$/m,
      /^iu_lifecycle_log\s+3\s+3\s+0\s+invariant ✓$/m,
      /^iu_vector_sync_point\s+11\s+11\s+0\s+invariant ✓$/m,
    ]) expect(r12.out).toMatch(line);
    expect(r12.out).toContain('in the transaction: 12 log rows for the run with lineage and instance, 12 digest matches');
    expect(r12.out).toContain("post-commit: 12 instances of the run durable, 12 digest matches; every gate reads 'false'");
    expect(r12.err).toMatch(/^progress: 12\/12 instances \(100%\)/m);
    const at12 = await t.look(counts);
    expect(at12).toEqual({ ...at1, collections: 24, memberships: 118, lineage: 17, autoLog: 13, outboxIu: at1.outboxIu + 36 });

    const r20 = await cli('scaleout', '--db', t.flag, ...N20, '--commit', '--json');
    expect(r20.code, r20.out + r20.err).toBe(0);
    const doc = JSON.parse(r20.out);
    expect(doc).toMatchObject({
      command: 'scaleout', verdict: 'PASS', committed: true, failures: [],
      calls: { done: 20, statuses: { ok: 20 }, digestMatches: 20 },
      inTransaction: { rows: 20, matches: 20 },
      durable: { rows: 20, matches: 20, openGates: [] },
    });
    expect(doc.run.templates.map((x: { suffixes: string }) => x.suffixes)).toEqual([
      '50000x-bulk-file-v1-01..05', '50000x-bulk-file-v2-01..05', '50000x-bulk-wf-v1-01..05', '50000x-bulk-wf-v2-01..05',
    ]);
    const delta = Object.fromEntries(doc.matrix.map((m: { surface: string; delta: number; ok: boolean }) => [m.surface, [m.delta, m.ok]]));
    expect(delta).toMatchObject({
      iu_piece_collection: [20, true], iu_piece_membership: [105, true], iu_collection_template_instance_lineage: [20, true],
      iu_auto_instantiate_event_log: [20, true], information_unit: [0, true], iu_lifecycle_log: [0, true], iu_vector_sync_point: [0, true],
      'event_outbox (system domain)': [0, true], 'gates open (iu_core.*_enabled = true)': [0, true],
    });
    const at20 = await t.look(async (q) => ({
      counts: await counts(q),
      gates: await gates(q),
      digests: await q.query<{ ok: number; total: number }>(`SELECT count(*) FILTER (WHERE digest_matches_template)::int AS ok, count(*)::int AS total FROM v_iu_auto_instantiate_event_log`),
    }));
    // The seeds' 50000x numbers: lineage 37, auto log 33, collections 44, memberships 223, digest 33/33.
    expect(at20.counts).toEqual({ ...at12, collections: 44, memberships: 223, lineage: 37, autoLog: 33, outboxIu: at12.outboxIu + 60 });
    expect(at20.digests).toEqual([{ ok: 33, total: 33 }]);
    expect(at20.gates).toEqual(ALL_CLOSED);

    const dry = await cli('rollback-actor', 'iu-core-50000x-bulk', '--db', t.flag);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('would remove: 20 instance collections, 105 memberships, 20 lineage rows, 20 log rows');
    expect(dry.out).toContain('dry run: nothing changed; pass --apply to remove them');
    expect(await t.look(counts)).toEqual(at20.counts);

    const apply = await cli('rollback-actor', 'iu-core-50000x-bulk', '--apply', '--db', t.flag);
    expect(apply.code, apply.out + apply.err).toBe(0);
    expect(apply.out).toContain('removed: 20 instance collections, 105 memberships, 20 lineage rows, 20 log rows');
    expect(apply.out).toMatch(/^iu_piece_membership\s+223\s+118\s+-105\s+expected -105 ✓$/m);
    expect(apply.out).toMatch(/^committed\.$/m);
    // …and the audit trail: one iu.collection.compensated event per instance removed.
    expect(await t.look(counts)).toEqual({ ...at20.counts, collections: 24, memberships: 118, lineage: 17, autoLog: 13, outboxIu: at20.counts.outboxIu + 20 });
    expect(apply.out).toMatch(/^event_outbox \(iu domain\)\s+\d+\s+\d+\s+\+20\s+expected \+20 ✓$/m);
    const none = await cli('rollback-actor', 'iu-core-50000x-bulk', '--db', t.flag, '--json');
    expect(JSON.parse(none.out)).toMatchObject({ status: 'dry_run', wouldRemove: { targets: 0 } });
  });

  it('rollback-actor refuses, changing nothing, when an instance has since become a template', async () => {
    const t = await copy();
    expect((await cli('instantiate', '--db', t.flag, ...DURABLE, '--mode', 'live', '--commit')).code).toBe(0);
    await t.look((q) =>
      q.query(`SELECT fn_iu_collection_mark_as_template(id, 'promoted', NULL, 'iu-core-test') FROM iu_piece_collection WHERE collection_key = 'tpl-inst:auto:25000x-durable-001'`),
    );
    const before = await t.look(census);
    for (const args of [[], ['--apply']]) {
      const r = await cli('rollback-actor', 'iu-core-25000x-durable', ...args, '--db', t.flag);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.out).toMatch(/refused \(instances_in_use\): 1 instance\(s\) of iu-core-25000x-durable are referenced by iu_collection_template_registry\.collection_id \(1 rows\)/);
      expect(r.out).not.toMatch(/^committed/m);
    }
    expect(await t.look(census)).toEqual(before);
  });

  it('scaleout without --commit does everything, verifies it, and rolls back', async () => {
    const t = await copy();
    const before = await t.look(census);
    const n = engine === 'postgres' ? 600 : 150;
    const r = await cli('scaleout', '--db', t.flag, '--n', String(n), '--template', 'tpl:wf:onboarding/v1,tpl:file:status-report/v2,tpl:wf:onboarding/v2', '--actor', 'iu-core-test', '--mode', 'dry_run');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(new RegExp(`^calls: ${n} ok \\(${n} digest matches\\)`, 'm'));
    expect(r.out).toContain(`in the transaction: ${n} log rows for the run with lineage and instance, ${n} digest matches`);
    expect(r.out).toContain('gates: opened iu_core.composer_enabled in the transaction, closed again');
    expect(r.out).toContain('rolled back: nothing was committed; pass --commit to keep it');
    // plain progress lines, about one per 10%
    const lines = r.err.split('\n').filter((l) => l.startsWith('progress: '));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.at(-1)).toMatch(new RegExp(`^progress: ${n}/${n} instances \\(100%\\)`));
    expect(await t.look(census)).toEqual(before);
  });

  it.each([[''], ['--bulk']])('a call that is not ok fails the run %s: the first refusal is named, and nothing is committed', async (bulk) => {
    const t = await copy();
    // Make the 7th instance's key unavailable at the last moment: compose sees a collision.
    await t.look(async (q) => {
      await q.exec(`CREATE FUNCTION zz_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`);
      await q.exec(`CREATE TRIGGER zz_test_refuse BEFORE INSERT ON iu_piece_collection FOR EACH ROW WHEN (NEW.collection_key = 'tpl-inst:auto:refuse-t2-007') EXECUTE FUNCTION zz_test_refuse()`);
    });
    const before = await t.look(census);
    const r = await cli('scaleout', '--db', t.flag, '--n', '20', '--template', 'tpl:wf:onboarding/v2,tpl:file:status-report/v2', '--suffix-prefix', 'refuse', '--actor', 'iu-core-test', '--commit', ...(bulk ? [bulk] : []));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^FAILED: 1 call\(s\) returned instance_collection_key_collision; the first, call #17: .*tpl-inst:auto:refuse-t2-007/m);
    expect(r.out).toContain('rolled back: nothing was committed (the run failed; see above)');
    expect(r.out).not.toMatch(/^committed/m);
    expect(await t.look(census)).toEqual(before);
    expect(await t.look(gates)).toEqual(ALL_CLOSED);
  });

  it('scaleout --bulk writes exactly what the per-call run writes: the seeds’ N=12 numbers, same event ids, keys and digests', async () => {
    /** Every instance the run made, by the identifiers both paths derive from the run id. */
    const made = (q: Queryable) =>
      q.query(`SELECT l.event_id::text, l.instance_collection_key, l.template_collection_key, l.emit_mode, l.idempotency_key,
                      l.instance_digest, l.digest_matches_template,
                      (SELECT count(*)::int FROM iu_piece_membership m WHERE m.collection_id = l.instance_collection_id) AS pieces
                 FROM v_iu_auto_instantiate_event_log l
                WHERE l.triggered_by = 'iu-core-25000x-bulk' ORDER BY 1`);
    const perCall = await copy();
    const bulk = await copy();
    const a = await cli('scaleout', '--db', perCall.flag, ...N12, '--run-id', 'same-run', '--commit');
    const b = await cli('scaleout', '--db', bulk.flag, ...N12, '--run-id', 'same-run', '--commit', '--bulk');
    expect(a.code, a.out + a.err).toBe(0);
    expect(b.code, b.out + b.err).toBe(0);
    expect(b.out).toMatch(/^calls: 12 ok \(12 digest matches\)/m);
    expect(b.out).toMatch(/^iu_piece_membership\s+\d+\s+\d+\s+\+64\s+expected \+64 ✓$/m);
    expect(b.out).toContain("post-commit: 12 instances of the run durable, 12 digest matches; every gate reads 'false'");
    expect(await bulk.look(counts)).toEqual(await perCall.look(counts));
    const rows = await bulk.look(made);
    expect(rows).toHaveLength(12);
    expect(rows).toEqual(await perCall.look(made));
    // The same run again is refused before any write, as the per-call path refuses it.
    const before = await bulk.look(census);
    const again = await cli('scaleout', '--db', bulk.flag, ...N12, '--run-id', 'same-run', '--commit', '--bulk');
    expect(again.code).toBe(2);
    expect(again.err).toContain("suffix prefix '25000x-bulk-wf-' is already used by 8 instance(s)");
    expect(await bulk.look(census)).toEqual(before);
  });

  it('an invariant that moves fails the run, which rolls back', async () => {
    const t = await copy();
    await t.look(async (q) => {
      await q.exec(`CREATE FUNCTION zz_test_side_effect() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, created_by)
          VALUES ('system', 'iu.template.instance_auto_composed', 'test', NEW.instance_collection_id, 'test');
          RETURN NEW;
        END $$`);
      await q.exec(`CREATE TRIGGER zz_test_side_effect AFTER INSERT ON iu_auto_instantiate_event_log FOR EACH ROW EXECUTE FUNCTION zz_test_side_effect()`);
    });
    const before = await t.look(census);
    const r = await cli('scaleout', '--db', t.flag, '--n', '5', '--template', 'tpl:wf:onboarding/v2', '--actor', 'iu-core-test', '--commit');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^calls: 5 ok/m);
    expect(r.out).toMatch(/^event_outbox \(system domain\)\s+0\s+5\s+\+5\s+invariant MOVED ✗$/m);
    expect(r.out).toContain('FAILED: invariant event_outbox (system domain) moved: 0 -> 5');
    expect(r.out).toContain('rolled back: nothing was committed (the run failed; see above)');
    expect(await t.look(census)).toEqual(before);
  });

  it('a concurrent session committing into invariant surfaces while a run is open does not move the run’s verdict', async (ctx) => {
    if (engine !== 'postgres') ctx.skip('PGlite has one connection: nothing can commit beside the run');
    const t = await copy();
    const db = await t.reopen();
    const other = await PostgresDb.connect(t.flag, { max: 1 });
    const quiet = { out: () => undefined, err: () => undefined, json: () => undefined };
    const insertSystemEvent = `INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, created_by)
      VALUES ('system', 'iu.template.instance_auto_composed', 'test', gen_random_uuid(), 'another-session')`;
    try {
      const o = await gatedTransaction(db, {
        gates: [],
        commit: false,
        io: quiet,
        want: () => ({}),
        // Committed by another session while the run's transaction is open (READ COMMITTED sees them).
        work: async () => {
          for (let i = 0; i < 3; i++) await other.exec(insertSystemEvent);
          await other.exec(`DELETE FROM iu_vector_sync_point WHERE ctid = (SELECT min(ctid) FROM iu_vector_sync_point)`);
        },
      });
      expect(o.failures).toEqual([]);
      const byName = Object.fromEntries(o.matrix!.map((r) => [r.surface, r]));
      expect(byName['event_outbox (system domain)']).toMatchObject({ delta: 0, ok: true });
      expect(byName['iu_vector_sync_point']).toMatchObject({ delta: 0, ok: true });
      // and the run's own write to an invariant still moves it
      const own = await gatedTransaction(db, { gates: [], commit: false, io: quiet, want: () => ({}), work: async (s) => void (await s.exec(insertSystemEvent)) });
      expect(own.failures).toEqual(['invariant event_outbox (system domain) moved: 3 -> 4']);
    } finally {
      await other.close();
      await db.close();
    }
  });

  it('the least-privileged iu_core_operator can run every operator command', async (ctx) => {
    if (engine !== 'postgres') ctx.skip('roles are a server matter');
    const t = await copy();
    const admin = await t.reopen();
    await admin.exec(`DO $r$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iu_core_test_op') THEN CREATE ROLE iu_core_test_op LOGIN IN ROLE iu_core_operator; END IF; END $r$`);
    await admin.close();
    const as = new URL(t.flag);
    as.username = 'iu_core_test_op';
    const db = as.toString();
    const census = await cli('census', '--db', db);
    expect(census.code, census.err).toBe(0);
    const one = await cli('instantiate', '--db', db, ...DURABLE, '--mode', 'live', '--commit');
    expect(one.code, one.out + one.err).toBe(0);
    expect(one.out).toMatch(/^committed\.$/m);
    const many = await cli('scaleout', '--db', db, ...N20, '--commit');
    expect(many.code, many.out + many.err).toBe(0);
    expect(many.out).toContain("post-commit: 20 instances of the run durable, 20 digest matches; every gate reads 'false'");
    const undo = await cli('rollback-actor', 'iu-core-50000x-bulk', '--apply', '--db', db);
    expect(undo.code, undo.out + undo.err).toBe(0);
    expect(await t.look(counts)).toMatchObject({ collections: 12, lineage: 5, autoLog: 1, openGates: 0 });
  });

  it('bad input is refused with one line and exit 2, and nothing is written', async () => {
    const t = await copy();
    const before = await t.look(census);
    const cases: Array<[string[], RegExp]> = [
      [['scaleout', '--n', '5', '--template', 'tpl:wf:onboarding/v2', '--actor', 'a', '--bogus'], /^iu-core: scaleout: Unknown option '--bogus'/],
      [['scaleout', '--n', '0', '--template', 'tpl:wf:onboarding/v2', '--actor', 'a'], /^iu-core: --n takes a whole number from 1 to 10000000; got '0'$/],
      [['scaleout', '--n', '-3', '--template', 'tpl:wf:onboarding/v2', '--actor', 'a'], /^iu-core: /],
      [['scaleout', '--n', '10000001', '--template', 'tpl:wf:onboarding/v2', '--actor', 'a'], /^iu-core: --n takes a whole number from 1 to 10000000; got '10000001'$/],
      [['scaleout', '--n', '5', '--template', 'tpl:wf:onboarding/v2'], /^iu-core: --actor is required$/],
      [['scaleout', '--n', '5', '--template', 'tpl:wf:onboarding/v2', '--actor', 'a', '--mode', 'loud'], /^iu-core: --mode takes dry_run or live; got 'loud'$/],
      [['scaleout', '--n', '5', '--template', 'tpl:wf:onboarding/v2:3', '--actor', 'a'], /^iu-core: --n 5 disagrees with the --template counts, which add up to 3$/],
      [['scaleout', '--n', '5', '--template', 'tpl:nope/v9', '--actor', 'a'], /^iu-core: unknown template 'tpl:nope\/v9': no collection has that key or id$/],
      [['scaleout', '--n', '5', '--template', 'doc:handbook/faq', '--actor', 'a'], /^iu-core: 'doc:handbook\/faq' is not a marked template/],
      [['instantiate', ...DURABLE.map((a) => (a === '25000d25-0000-4000-8000-000000000001' ? 'not-a-uuid' : a))], /^iu-core: --event takes a uuid such as .*; got 'not-a-uuid'$/],
      [['instantiate', ...DURABLE.map((a) => (a === 'tpl:wf:onboarding/v2' ? '00000000-0000-4000-8000-000000000000' : a))], /^iu-core: unknown template '00000000-0000-4000-8000-000000000000'/],
      [['instantiate', ...DURABLE, '--suffix', 'has space'], /^iu-core: --suffix takes 1 to 200 characters on one line without whitespace; got 'has space'$/],
      [['rollback-actor', '--db', t.flag], /^iu-core: rollback-actor: name exactly one actor/],
      // characters the database refuses in an actor are refused here, before a connection
      ...['a\u0085b', 'a\u2028b', 'a\u2029b', 'a\u0001b', 'a\u009bb', 'a\ud800b'].flatMap((bad): Array<[string[], RegExp]> => {
        const esc = `a\\\\u${bad.charCodeAt(1).toString(16).padStart(4, '0')}b`;
        const msg = new RegExp(`^iu-core: --actor takes 1 to 256 characters on one line \\(no control characters or line separators\\); got '${esc}'$`);
        return [
          [['scaleout', '--n', '1', '--template', 'tpl:wf:onboarding/v2', '--actor', bad, '--db', 'postgres://x@127.0.0.1:1/x'], msg],
          [['instantiate', ...DURABLE.map((a) => (a === 'iu-core-25000x-durable' ? bad : a)), '--db', 'postgres://x@127.0.0.1:1/x'], msg],
          [['rollback-actor', bad, '--db', 'postgres://x@127.0.0.1:1/x'], new RegExp(msg.source.replace('--actor', '--actor'))],
        ];
      }),
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args, ...(args.includes('--db') ? [] : ['--db', t.flag]));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.out, args.join(' ')).toBe('');
    }
    expect(await t.look(census)).toEqual(before);
  });
});
