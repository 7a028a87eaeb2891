-- 120_iu_core_regression_matrix.sql — the regression matrix: row counts of every product
-- surface, what an instantiation may do to each, and what the caller's own transaction wrote.
--
-- Re-runnable (CREATE OR REPLACE); `iu-core census` runs it inside a transaction it rolls
-- back, and scaleout/instantiate print it before and after with a verdict per row:
--   expected   a surface the orchestrator writes (collections, memberships, lineage, its
--              log, iu outbox events);
--   invariant  a surface it must not touch (units, lifecycle log, vector sync points,
--              templates, versions, system outbox, open gates) — one that moved fails the run.
-- An operator run is judged by what ITS transaction wrote to each surface, never by a READ
-- COMMITTED count that also sees what other sessions committed meanwhile.
--
--   psql -v ON_ERROR_STOP=1 -f sql/runtime/120_iu_core_regression_matrix.sql

CREATE SCHEMA IF NOT EXISTS iu_core_meta;

-- The matrix before it took a snapshot: fn_iu_regression_matrix() would be ambiguous with both.
DROP FUNCTION IF EXISTS iu_core_meta.fn_iu_regression_matrix();

-- since: a snapshot taken when the caller's transaction began (pg_current_snapshot()). With
-- it each surface is also counted as THIS transaction changed it:
--   own_count     rows of the surface committed in `since`, or written by this transaction;
--   own_rows      rows of the surface written (inserted or updated) by this transaction;
--   own_removals  rows of the surface's table this transaction updated or deleted (0: it only inserted).
-- A row is this transaction's when its xmin is still in progress: the only in-progress rows a
-- transaction sees are its own (its subtransactions' included).
CREATE OR REPLACE FUNCTION iu_core_meta.fn_iu_regression_matrix(since pg_snapshot DEFAULT NULL)
RETURNS TABLE (ord integer, surface text, row_count bigint, on_instantiate text, own_count bigint, own_rows bigint, own_removals bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $matrix$
DECLARE
  s record;
  -- Where `since` ends: every xid this transaction has was assigned after it was taken.
  edge CONSTANT bigint := pg_snapshot_xmax(since)::text::bigint;
  -- A row's xmin (32 bits) as an xid8: the one nearest `since`'s edge (within 2^31 of it).
  x8 CONSTANT text := format('(%1$s + ((t.xmin::text::bigint - %1$s %% 4294967296 + 6442450944) %% 4294967296) - 2147483648)', edge);
  -- This transaction's rows: newer than the edge and still in progress (pg_xact_status is
  -- asked only about such recent xids). Without a snapshot nothing is judged as its own.
  ours CONSTANT text := CASE WHEN since IS NULL THEN 'false'
                             ELSE format('(CASE WHEN %1$s >= %2$s THEN pg_xact_status(%1$s::text::xid8) = %3$L ELSE false END)', x8, edge, 'in progress') END;
  -- Rows committed as of `since`.
  seen CONSTANT text := CASE WHEN since IS NULL THEN 'true'
                             ELSE format('(CASE WHEN %1$s >= %2$s THEN false ELSE pg_visible_in_snapshot(%1$s::text::xid8, %3$L::pg_snapshot) END)', x8, edge, since::text) END;
BEGIN
  FOR s IN SELECT * FROM (VALUES
      (1,  'information_unit',                        'information_unit',                        'true',          'invariant'),
      (2,  'iu_piece_collection',                     'iu_piece_collection',                     'true',          'expected'),
      (3,  'iu_piece_membership',                     'iu_piece_membership',                     'true',          'expected'),
      (4,  'iu_collection_template_instance_lineage', 'iu_collection_template_instance_lineage', 'true',          'expected'),
      (5,  'iu_auto_instantiate_event_log',           'iu_auto_instantiate_event_log',           'true',          'expected'),
      (6,  'iu_collection_template_registry',         'iu_collection_template_registry',         't.is_template', 'invariant'),
      (7,  'iu_collection_template_version',          'iu_collection_template_version',          'true',          'invariant'),
      (8,  'iu_vector_sync_point',                    'iu_vector_sync_point',                    'true',          'invariant'),
      (9,  'iu_lifecycle_log',                        'iu_lifecycle_log',                        'true',          'invariant'),
      (10, 'event_outbox (iu domain)',                'event_outbox',                            't.domain = ''iu''',     'expected'),
      (11, 'event_outbox (system domain)',            'event_outbox',                            't.domain = ''system''', 'invariant'),
      (12, 'gates open (iu_core.*_enabled = true)',   'dot_config',
           't.key LIKE ''iu\_core.%\_enabled'' AND t.value <> ''false''',                                    'invariant')
    ) AS m (ord, surface, tbl, filter, on_instantiate)
  LOOP
    ord := s.ord;
    surface := s.surface;
    on_instantiate := s.on_instantiate;
    -- A surface whose migration is not applied yet reads as NULL, not as an error.
    BEGIN
      EXECUTE format(
        'SELECT count(*), count(*) FILTER (WHERE %3$s OR %4$s), count(*) FILTER (WHERE %4$s) FROM public.%1$I t WHERE %2$s',
        s.tbl, s.filter, seen, ours)
        INTO row_count, own_count, own_rows;
      SELECT x.n_tup_upd + x.n_tup_del INTO own_removals
        FROM pg_stat_xact_all_tables x WHERE x.relid = format('public.%I', s.tbl)::regclass;
      own_removals := coalesce(own_removals, 0);
    EXCEPTION WHEN undefined_table THEN
      row_count := NULL;
      own_count := NULL;
      own_rows := NULL;
      own_removals := NULL;
    END;
    RETURN NEXT;
  END LOOP;
END
$matrix$;

COMMENT ON FUNCTION iu_core_meta.fn_iu_regression_matrix(pg_snapshot) IS
  'Row counts of every product surface (the seeds'' regression matrix), whether an instantiation may change each (expected or invariant), and, given the snapshot its transaction began with, what that transaction itself wrote to each.';

SELECT surface, row_count, on_instantiate FROM iu_core_meta.fn_iu_regression_matrix() ORDER BY ord;
