// The seeds' regression-matrix surfaces and a "nothing was written" census, counted by the
// tests' own SQL (not the harness's), for the suites that check operator runs and drivers.
import type { Queryable } from '../scripts/db/types.ts';

export interface Counts {
  collections: number;
  memberships: number;
  lineage: number;
  autoLog: number;
  units: number;
  templates: number;
  versions: number;
  lifecycle: number;
  syncPoints: number;
  outboxIu: number;
  outboxSystem: number;
  openGates: number;
}

export async function counts(q: Queryable): Promise<Counts> {
  const [row] = await q.query<Counts>(`
    SELECT (SELECT count(*) FROM iu_piece_collection)::int AS "collections",
           (SELECT count(*) FROM iu_piece_membership)::int AS "memberships",
           (SELECT count(*) FROM iu_collection_template_instance_lineage)::int AS "lineage",
           (SELECT count(*) FROM iu_auto_instantiate_event_log)::int AS "autoLog",
           (SELECT count(*) FROM information_unit)::int AS "units",
           (SELECT count(*) FROM iu_collection_template_registry WHERE is_template)::int AS "templates",
           (SELECT count(*) FROM iu_collection_template_version)::int AS "versions",
           (SELECT count(*) FROM iu_lifecycle_log)::int AS "lifecycle",
           (SELECT count(*) FROM iu_vector_sync_point)::int AS "syncPoints",
           (SELECT count(*) FROM event_outbox WHERE domain = 'iu')::int AS "outboxIu",
           (SELECT count(*) FROM event_outbox WHERE domain = 'system')::int AS "outboxSystem",
           (SELECT count(*) FROM dot_config WHERE key LIKE 'iu\\_core.%\\_enabled' AND value <> 'false')::int AS "openGates"`);
  return row!;
}

/** Row count of every public table and every dot_config row with its stamp: "nothing was written". */
export async function census(q: Queryable): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  const tables = await q.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY 1`,
  );
  for (const { name } of tables) {
    const [r] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM public."${name.replaceAll('"', '""')}"`);
    out[name] = r!.n;
  }
  for (const g of await q.query<{ key: string; value: string; stamp: string }>(`SELECT key, value, updated_at::text AS stamp FROM dot_config ORDER BY key`)) {
    out[`dot_config ${g.key}`] = `${g.value} @ ${g.stamp}`;
  }
  return out;
}
