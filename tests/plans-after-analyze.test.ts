// Issue 13: on a database analysed while small (the state autovacuum leaves every live
// database in), call 5,000 of one transaction must still read every table the run grows by
// an index. A plan cached from the small statistics (PL/pgSQL's generic plans, the FK
// checks') would be a sequential scan of rows the transaction itself wrote, and the cost per
// call would grow with N. Read two ways on both engines: auto_explain's plan of every nested
// statement of the call, and the engine's own seq_scan counters around that one call.
// Then a --bulk batch in the same transaction, read the same two ways: its lookups of the log
// and of instance keys must be by index too. Before 042 the planner joined a batch's items to
// the whole log (and hashed the instance-key check over the whole collection table) by
// sequential scans, so a batch's cost grew with the database's history.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { auto_explain } from '@electric-sql/pglite/contrib/auto_explain';
import { PgliteDb } from '../scripts/db/pglite.ts';
import { PGLITE_SETTINGS } from '../scripts/db/pglite-settings.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { loadSqlFile, runSqlFile } from '../scripts/sqlfile.ts';
import { OP_SET_GATE } from '../scripts/sql.ts';
import type { Db, Session } from '../scripts/db/types.ts';
import { GROWING, explainedBulk, explainedCall, makeCalls, seqScansOnGrowing, type Template } from '../bench/explain.ts';
import { ENGINES, ROOT, freshPostgres, pgSkipReason, type EngineName } from './helpers.ts';

const SAMPLE = ['ops/sample/010_templates_and_manual_instances.sql', 'ops/25000x-event-automation-real-product-scaleout-ui-ops-finalization/01_file_template_versioning.sql'];
const LATE = 5000;
/** Items of the --bulk batch read after the late call. */
const BULK = 500;
/** Tables call 5,000 must look up by key: the detector has to see them to prove anything. */
const LOOKED_UP = ['iu_piece_collection', 'iu_piece_membership', 'iu_auto_instantiate_event_log', 'iu_collection_template_instance_lineage'];

async function open(engine: EngineName): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (engine === 'postgres') {
    const t = await freshPostgres();
    return { db: t.db, drop: () => t.drop() };
  }
  const pg = await PGlite.create({ extensions: { auto_explain }, startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
  const db = new PgliteDb(pg, 'pglite:memory');
  return { db, drop: () => db.close() };
}

type Counters = Record<string, number>;
const SEQ_SCANS = `SELECT relname, seq_scan::int AS n FROM pg_stat_xact_user_tables WHERE relname = ANY ($1::text[])`;
async function seqScans(db: Session): Promise<Counters> {
  const rows = await db.query<{ relname: string; n: number }>(SEQ_SCANS, [GROWING]);
  return Object.fromEntries(rows.map((r) => [r.relname, Number(r.n)]));
}

describe.each(ENGINES)('%s: the per-call path on an analysed database', (engine) => {
  it(`reads every table the run grows by index at call ${LATE.toLocaleString('en')} of one transaction, and in a --bulk batch after it`, async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    const { db, drop } = await open(engine);
    try {
      await migrateUp(db, listMigrations());
      await db.session(async (s) => {
        for (const f of SAMPLE) await runSqlFile(s, await loadSqlFile(join(ROOT, f)));
        // Statistics of the small tables, as autovacuum would leave them before a run.
        await s.exec('VACUUM ANALYZE');
        const [template] = await s.query<Template>(
          `SELECT c.id, jsonb_array_length(fn_iu_collection_active_pieces(c.id)) AS pieces FROM iu_piece_collection c WHERE c.collection_key = 'tpl:wf:onboarding/v2'`,
        );
        await s.exec('BEGIN');
        try {
          for (const gate of ['iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled']) await s.query(OP_SET_GATE, [gate, 'true']);
          await makeCalls(s, 'late', template!, 1, LATE - 1);
          const before = await seqScans(s);
          const statements = await explainedCall(s, 'late', template!, LATE);
          const after = await seqScans(s);

          // The call itself succeeded: the plans read are those of a full instance.
          const [made] = await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM iu_auto_instantiate_event_log WHERE triggered_by = 'iu-core-late'`);
          expect(made!.n).toBe(LATE);
          // The detector sees the nested statements, FK checks included, on every looked-up table.
          const read = new Set(statements.flatMap((st) => st.scans.map((x) => x.split(' on ')[1]!.split(' ')[0]!)));
          expect(LOOKED_UP.filter((t) => !read.has(t)), 'looked-up tables no plan of the call reads').toEqual([]);
          expect(statements.some((st) => st.query.includes('SELECT 1 FROM ONLY "public"."iu_piece_collection"'))).toBe(true);

          const seq = statements.filter((st) => seqScansOnGrowing(st).length).map((st) => `${seqScansOnGrowing(st).join(', ')}: ${st.query.slice(0, 100)}`);
          expect.soft(seq, 'statements of the late call that scan a growing table (auto_explain)').toEqual([]);
          const grew = Object.fromEntries(GROWING.map((t) => [t, (after[t] ?? 0) - (before[t] ?? 0)]).filter(([, d]) => d !== 0));
          expect(grew, 'sequential scans of growing tables during the late call (pg_stat_xact_user_tables)').toEqual({});

          // A --bulk batch of the next BULK items: its per-item lookups are index scans too.
          const beforeBulk = await seqScans(s);
          const bulk = await explainedBulk(s, 'late', template!, LATE + 1, LATE + BULK);
          const afterBulk = await seqScans(s);
          const bulkRead = new Set(bulk.flatMap((st) => st.scans.map((x) => x.split(' on ')[1]!.split(' ')[0]!)));
          expect(['iu_auto_instantiate_event_log', 'iu_piece_collection'].filter((t) => !bulkRead.has(t)), 'tables the batch looks up that no plan of it reads').toEqual([]);
          const bulkSeq = bulk.filter((st) => seqScansOnGrowing(st).length).map((st) => `${seqScansOnGrowing(st).join(', ')}: ${st.query.slice(0, 100)}`);
          expect.soft(bulkSeq, 'statements of the --bulk batch that scan a growing table (auto_explain)').toEqual([]);
          const bulkGrew = Object.fromEntries(GROWING.map((t) => [t, (afterBulk[t] ?? 0) - (beforeBulk[t] ?? 0)]).filter(([, d]) => d !== 0));
          expect(bulkGrew, 'sequential scans of growing tables during the --bulk batch (pg_stat_xact_user_tables)').toEqual({});
        } finally {
          await s.exec('ROLLBACK');
        }
      });
    } finally {
      await drop();
    }
  }, 600_000);
});
