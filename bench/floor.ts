// The floor of the scale-out benchmark: the very rows a run's calls wrote, written set-based
// in one statement on a copy of the same database, and an order-free hash of those rows to
// check the two wrote the same. Shared by bench/run.ts and bench/floor-child.ts.
import type { Db, Queryable } from '../scripts/db/types.ts';
import { TEMPLATE } from './states.ts';

/** What a run is called: the per-call run, the --bulk run and the floor write the same rows. */
export interface RunNames { runId: string; prefix: string; actor: string; width: number }
export const runNames = (n: number): RunNames => ({ runId: `bench-${n}`, prefix: 'bench', actor: `bench-${n}`, width: Math.max(3, String(n).length) });

/**
 * Calls 1..$2 of run $3 on template $1 as scaleout makes them (event id md5(run:i), suffix
 * $4 || lpad(i, $5), event type $6, mode $7, actor $8, no note), written set-based in one
 * statement: each instance's collection, memberships, lineage row, log row and its three
 * events in the order a call writes them, with the payloads a call writes.
 */
const FLOOR = `
WITH tpl AS (SELECT c.id, c.kind, c.title, c.collection_key, c.manifest_digest FROM iu_piece_collection c WHERE c.collection_key = $1),
pieces AS (SELECT m.role, m.iu_id, m.ordinal FROM iu_piece_membership m WHERE m.collection_id = (SELECT id FROM tpl) AND m.active),
graph AS (SELECT fn_iu_piece_graph_digest(array_agg(role ORDER BY ordinal), array_agg(iu_id ORDER BY ordinal)) AS digest, count(*)::int AS n FROM pieces),
calls AS (
  SELECT g.i, md5($3::text || ':' || g.i::text)::uuid AS event_id,
         'tpl-inst:auto:' || $4::text || lpad(g.i::text, greatest($5::int, length(g.i::text)), '0') AS key
    FROM generate_series(1, $2::int) AS g (i)),
inst AS (
  INSERT INTO iu_piece_collection (collection_key, kind, title, description, manifest_digest, created_by, updated_by)
  SELECT c.key, t.kind, t.title, format('Instance of %s composed from event %s (%s)', t.collection_key, c.event_id, $6::text), d.digest, $8, $8
    FROM calls c, tpl t, graph d ORDER BY c.i
  RETURNING id, collection_key),
-- Each instance's call number read back from its key (a join of two CTEs, which have no
-- statistics, could be planned as a nested loop: quadratic in N).
made AS (SELECT i.id, x.i, x.event_id, i.collection_key AS key, md5(x.event_id::text || ':' || t.id::text || ':' || substr(i.collection_key, 15)) AS idem
           FROM inst i, tpl t,
                LATERAL (SELECT n, md5($3::text || ':' || n::text)::uuid AS event_id
                           FROM (SELECT substr(i.collection_key, 15 + length($4::text))::int AS n) k) x (i, event_id)),
mem AS (
  INSERT INTO iu_piece_membership (collection_id, iu_id, role, ordinal, minted_here, created_by)
  SELECT m.id, p.iu_id, p.role, p.ordinal, false, $8 FROM made m, pieces p ORDER BY m.i, p.ordinal),
lin AS (
  INSERT INTO iu_collection_template_instance_lineage (instance_collection_id, template_collection_id, template_digest_at_instantiation, instance_digest, note, recorded_by)
  SELECT m.id, t.id, t.manifest_digest, d.digest, NULL, $8 FROM made m, tpl t, graph d ORDER BY m.i
  RETURNING instance_collection_id),
log AS (
  INSERT INTO iu_auto_instantiate_event_log (instance_collection_id, template_collection_id, event_id, event_type, idempotency_key, emit_mode, triggered_by, note)
  SELECT m.id, t.id, m.event_id, $6, m.idem, $7, $8, NULL FROM lin l JOIN made m ON m.id = l.instance_collection_id, tpl t ORDER BY m.i),
ev AS (
  INSERT INTO event_outbox (domain, event_type, aggregate_type, aggregate_id, payload, created_by)
  SELECT 'iu', e.event_type, 'iu_piece_collection', m.id, e.payload, $8
    FROM made m, tpl t, graph d,
         LATERAL (VALUES
           (1, 'iu.collection.composed', jsonb_build_object('collection_key', m.key, 'kind', t.kind, 'manifest_digest', d.digest, 'pieces', d.n, 'units_minted', 0)),
           (2, 'iu.template.instance_recorded', jsonb_build_object('template_collection_id', t.id, 'template_digest', t.manifest_digest, 'instance_digest', d.digest)),
           (3, 'iu.template.instance_auto_composed', jsonb_build_object('template_collection_id', t.id, 'event_id', m.event_id, 'event_type', $6::text,
                                                                        'emit_mode', $7::text, 'idempotency_key', m.idem))) e (k, event_type, payload)
   ORDER BY m.i, e.k)
SELECT count(*)::int AS n FROM inst`;

/**
 * The rows actor $1 wrote, as a count and an order-free hash of every row's content (ids,
 * uuids drawn at random and timestamps left out; instances named by key, events numbered in
 * their order per instance): equal for the calls and the floor when they wrote the same rows.
 */
const ROWS = `
WITH c AS (SELECT id, collection_key AS k FROM iu_piece_collection WHERE created_by = $1),
r AS (
  SELECT concat_ws('|', 'c', x.collection_key, x.kind, x.title, x.description, x.manifest_digest, x.created_by, x.updated_by) AS v
    FROM iu_piece_collection x WHERE x.created_by = $1
  UNION ALL SELECT concat_ws('|', 'm', c.k, m.iu_id, m.role, m.ordinal, m.active, m.minted_here, m.created_by) FROM iu_piece_membership m JOIN c ON c.id = m.collection_id
  UNION ALL SELECT concat_ws('|', 'l', c.k, l.template_collection_id, l.template_digest_at_instantiation, l.instance_digest, l.note, l.recorded_by)
    FROM iu_collection_template_instance_lineage l JOIN c ON c.id = l.instance_collection_id
  UNION ALL SELECT concat_ws('|', 'g', c.k, g.template_collection_id, g.event_id, g.event_type, g.idempotency_key, g.emit_mode, g.triggered_by, g.note)
    FROM iu_auto_instantiate_event_log g JOIN c ON c.id = g.instance_collection_id
  UNION ALL SELECT concat_ws('|', 'e', c.k, row_number() OVER (PARTITION BY e.aggregate_id ORDER BY e.id), e.domain, e.event_type, e.aggregate_type, e.payload::text, e.created_by)
    FROM event_outbox e JOIN c ON c.id = e.aggregate_id)
SELECT count(*)::int AS n, coalesce(sum(('x' || left(md5(v), 15))::bit(60)::bigint), 0)::text AS hash FROM r`;

export interface Rows { n: number; hash: string }
export async function rowsOf(q: Queryable, actor: string): Promise<Rows> {
  const [r] = await q.query<Rows>(ROWS, [actor]);
  return { n: Number(r!.n), hash: String(r!.hash) };
}

/** The floor's time for n instances, and the rows it wrote, on a copy of the database (rolled back). */
export async function floor(db: Db, n: number, names: RunNames): Promise<{ ms: number; rows: Rows }> {
  return db.session(async (s) => {
    await s.exec('BEGIN');
    try {
      const started = performance.now();
      const [r] = await s.query<{ n: number }>(FLOOR, [TEMPLATE, n, names.runId, `${names.prefix}-`, names.width, 'template.published', 'live', names.actor]);
      const ms = performance.now() - started;
      if (r?.n !== n) throw new Error(`floor wrote ${r?.n} of ${n}`);
      return { ms, rows: await rowsOf(s, names.actor) };
    } finally {
      await s.exec('ROLLBACK');
    }
  });
}

