// The database states the benchmarks and the plan reading run in, the same on both engines:
//   fresh     migrated + sample templates, never analysed (what a test database is)
//   analyzed  the same after one VACUUM ANALYZE, taken while the tables are small: the state
//             autovacuum leaves every live database in within a minute
//   history   H instances already made (set-based, committed) before the run, then analysed:
//             a database that has lived
import { join, resolve } from 'node:path';
import { listMigrations } from '../scripts/migrations/files.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { loadSqlFile, runSqlFile } from '../scripts/sqlfile.ts';
import type { Db } from '../scripts/db/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const SAMPLE = ['ops/sample/010_templates_and_manual_instances.sql', 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql'].map((f) => join(ROOT, f));
export const TEMPLATE = 'tpl:wf:onboarding/v2';
export const STATES = ['fresh', 'analyzed', 'history'] as const;
export type State = (typeof STATES)[number];

/**
 * Instances g = $2..$3 of the template $1 as the orchestrator would have left them (collection,
 * memberships, lineage, log row, three events), written set-based: the past of a live database.
 */
const HISTORY = `
WITH tpl AS (SELECT id, kind, title, manifest_digest FROM iu_piece_collection WHERE collection_key = $1),
pieces AS (SELECT m.role, m.iu_id, m.ordinal FROM iu_piece_membership m WHERE m.collection_id = (SELECT id FROM tpl) AND m.active),
inst AS (
  INSERT INTO iu_piece_collection (collection_key, kind, title, description, manifest_digest, created_by, updated_by)
  SELECT 'tpl-inst:auto:history-' || g, t.kind, t.title, 'history', t.manifest_digest, 'bench-history', 'bench-history'
    FROM tpl t, generate_series($2::int, $3::int) g
  RETURNING id),
mem AS (
  INSERT INTO iu_piece_membership (collection_id, iu_id, role, ordinal, minted_here, created_by)
  SELECT i.id, p.iu_id, p.role, p.ordinal, false, 'bench-history' FROM inst i, pieces p),
lin AS (
  INSERT INTO iu_collection_template_instance_lineage (instance_collection_id, template_collection_id, template_digest_at_instantiation, instance_digest, recorded_by)
  SELECT i.id, t.id, t.manifest_digest, t.manifest_digest, 'bench-history' FROM inst i, tpl t
  RETURNING instance_collection_id, template_collection_id),
log AS (
  INSERT INTO iu_auto_instantiate_event_log (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by)
  SELECT l.instance_collection_id, l.template_collection_id, gen_random_uuid(), 'bench.history', md5('history:' || l.instance_collection_id::text), 'live', 'bench-history' FROM lin l),
ev AS (
  INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, payload, created_by)
  SELECT 'iu', e.t, 'iu_piece_collection', i.id, '{}', 'bench-history'
    FROM inst i, (VALUES ('iu.collection.composed'), ('iu.template.instance_recorded'), ('iu.template.instance_auto_composed')) e (t))
SELECT count(*)::int AS n FROM inst`;

/** Migrate, load the sample and bring the database into `state` (history: `history` instances first). */
export async function prepare(db: Db, state: State, history: number): Promise<void> {
  await migrateUp(db, listMigrations());
  await db.session(async (s) => {
    for (const f of SAMPLE) await runSqlFile(s, await loadSqlFile(f));
    if (state === 'history') {
      // In slices, each its own transaction, so memory stays flat however large H is.
      for (let a = 1; a <= history; a += 50_000) {
        const b = Math.min(history, a + 49_999);
        const [r] = await s.query<{ n: number }>(HISTORY, [TEMPLATE, a, b]);
        if (r?.n !== b - a + 1) throw new Error(`history ${a}..${b}: wrote ${r?.n}`);
      }
    }
    if (state !== 'fresh') await s.exec('VACUUM ANALYZE');
  });
}
