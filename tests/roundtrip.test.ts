// Every migration of the product, one at a time, on both engines: the catalog moves by
// exactly the delta its header declares, its rollback restores the catalog it found, and
// applying it again gives the same catalog as the first time. At the end the conformance
// scan passes against the SSOT.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeDiff, diffCensus, isEmptyDiff, takeCensus, type Census } from '../scripts/census.ts';
import { conformanceReport, liveObjects } from '../scripts/conformance.ts';
import { CLASSES, listMigrations, type Delta } from '../scripts/migrations/files.ts';
import { migrateDown, migrateUp } from '../scripts/migrations/apply.ts';
import type { Db } from '../scripts/db/types.ts';
import { ENGINES, ROOT, pgSkipReason, serverOfThisFile, type TestDb } from './helpers.ts';

const migrations = listMigrations();

async function productCensus(db: Db): Promise<Census> {
  const c = await takeCensus(db);
  // The ledger's own rows and objects are the runner's bookkeeping, not the migration's.
  return { objects: c.objects.filter((o) => !o.name.startsWith('iu_core_meta')), rows: Object.fromEntries(Object.entries(c.rows).filter(([t]) => !t.startsWith('iu_core_meta'))) };
}

async function countsByClass(db: Db): Promise<Delta> {
  const live = await db.session((s) => liveObjects(s));
  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Delta;
  for (const o of live) counts[o.object_class as keyof Delta]++;
  return counts;
}

// What a rollback keeps on purpose: 036's rollback leaves 036's body of the bulk function
// (reinstating 035's would reopen the privilege escalation it fixed; both behave the same).
const BULK = 'function public.fn_iu_auto_instantiate_bulk(p_event_ids uuid[], p_event_type text, p_template_collection_id uuid, p_instance_key_suffixes text[], p_emit_mode text, p_actor text, p_note text)';
const KEPT_BY_ROLLBACK: Record<string, string[]> = { '036': [BULK] };

// Migration 034 creates and drops cluster-wide roles: a cluster of our own keeps other
// files' databases (which may depend on those roles) out of this census.
const own = serverOfThisFile();

describe.each(ENGINES)('every migration round-trips on %s', (engine) => {
  let t: TestDb;
  const skip = () => (engine === 'postgres' ? pgSkipReason() : '');
  beforeAll(async () => {
    if (skip()) return;
    t = await own.fresh(engine);
  }, 300_000);
  beforeEach((ctx) => {
    if (skip()) ctx.skip(skip());
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('has migrations to check', () => {
    expect(migrations.length).toBeGreaterThan(0);
    for (const m of migrations) expect(m.delta, `${m.stem} declares its Delta`).not.toBeNull();
  });

  it.each(migrations.map((m) => [m.stem, m] as const))('%s: declared delta, rollback restores, re-apply restores', async (_stem, m) => {
    const db = t.db;
    const before = await productCensus(db);
    const countsBefore = await countsByClass(db);

    await migrateUp(db, migrations, { to: m.version });
    const after = await productCensus(db);
    const countsAfter = await countsByClass(db);
    const actual = Object.fromEntries(CLASSES.map((c) => [c, countsAfter[c] - countsBefore[c]]));
    expect(actual, `${m.stem}: catalog delta vs its Delta header`).toEqual(m.delta);

    await migrateDown(db, migrations, { steps: 1 });
    const rolledBack = diffCensus(before, await productCensus(db));
    const kept = KEPT_BY_ROLLBACK[m.version] ?? [];
    expect(rolledBack.changed.filter((k) => kept.includes(k)), `${m.stem} rollback keeps exactly what it says`).toEqual(kept);
    rolledBack.changed = rolledBack.changed.filter((k) => !kept.includes(k));
    if (kept.includes(BULK)) {
      const [body] = await db.query<{ src: string }>(`SELECT prosrc AS src FROM pg_proc WHERE oid = 'fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)'::regprocedure`);
      expect(body!.src, 'the body left in place is the safe one').not.toMatch(/pg_temp|temp table/i);
    }
    expect(isEmptyDiff(rolledBack), `${m.stem} rollback left:\n${describeDiff(rolledBack, 60)}`).toBe(true);

    await migrateUp(db, migrations, { to: m.version });
    const again = diffCensus(after, await productCensus(db));
    expect(isEmptyDiff(again), `${m.stem} re-apply differs:\n${describeDiff(again)}`).toBe(true);
  });

  it('the conformance scan passes against the SSOT once everything is applied', async () => {
    const report = await t.db.session((s) => conformanceReport(s));
    const failures = [...report.classes, ...report.security].filter((r) => r.verdict === 'FAIL');
    expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
    expect(report.summary).toMatch(/^7\/7 PASS at \d+ objects; security 6\/6$/);
  });

  it('under plain psql (no ledger to read), rollback 041 refuses while 042\'s body is in place', async () => {
    const rollback041 = readFileSync(join(ROOT, 'sql/iu-core/rollback/041_roles_read_product_objects_only.rollback.sql'), 'utf8');
    await t.db.session(async (s) => {
      await s.exec('BEGIN');
      try {
        // What psql -f sees: no ledger row after 041, only the mark 042 leaves in its body.
        await s.query(`DELETE FROM iu_core_meta.migration_ledger WHERE project = 'iu-core' AND version > '041'`);
        await expect(s.exec(rollback041)).rejects.toThrow(/rollback 041 is out of order: migration 042 is still applied/);
      } finally {
        await s.exec('ROLLBACK');
      }
    });
  });
});
