-- 120_iu_core_regression_matrix.sql — the regression matrix: row counts of every product
-- surface, and what an instantiation may do to each.
--
-- Re-runnable (CREATE OR REPLACE); `iu-core census` runs it inside a transaction it rolls
-- back, and scaleout/instantiate print it before and after with a verdict per row:
--   expected   a surface the orchestrator writes (collections, memberships, lineage, its
--              log, iu outbox events);
--   invariant  a surface it must not touch (units, lifecycle log, vector sync points,
--              templates, versions, system outbox, open gates) — one that moved fails the run.
--
--   psql -v ON_ERROR_STOP=1 -f sql/runtime/120_iu_core_regression_matrix.sql

CREATE SCHEMA IF NOT EXISTS iu_core_meta;

CREATE OR REPLACE FUNCTION iu_core_meta.fn_iu_regression_matrix()
RETURNS TABLE (ord integer, surface text, row_count bigint, on_instantiate text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $matrix$
DECLARE
  s record;
BEGIN
  FOR s IN SELECT * FROM (VALUES
      (1,  'information_unit',                        'SELECT count(*) FROM public.information_unit',                        'invariant'),
      (2,  'iu_piece_collection',                     'SELECT count(*) FROM public.iu_piece_collection',                     'expected'),
      (3,  'iu_piece_membership',                     'SELECT count(*) FROM public.iu_piece_membership',                     'expected'),
      (4,  'iu_collection_template_instance_lineage', 'SELECT count(*) FROM public.iu_collection_template_instance_lineage', 'expected'),
      (5,  'iu_auto_instantiate_event_log',           'SELECT count(*) FROM public.iu_auto_instantiate_event_log',           'expected'),
      (6,  'iu_collection_template_registry',         'SELECT count(*) FROM public.iu_collection_template_registry WHERE is_template', 'invariant'),
      (7,  'iu_collection_template_version',          'SELECT count(*) FROM public.iu_collection_template_version',          'invariant'),
      (8,  'iu_vector_sync_point',                    'SELECT count(*) FROM public.iu_vector_sync_point',                    'invariant'),
      (9,  'iu_lifecycle_log',                        'SELECT count(*) FROM public.iu_lifecycle_log',                        'invariant'),
      (10, 'event_outbox (iu domain)',                'SELECT count(*) FROM public.event_outbox WHERE domain = ''iu''',      'expected'),
      (11, 'event_outbox (system domain)',            'SELECT count(*) FROM public.event_outbox WHERE domain = ''system''',  'invariant'),
      (12, 'gates open (iu_core.*_enabled = true)',   'SELECT count(*) FROM public.dot_config WHERE key LIKE ''iu\_core.%\_enabled'' AND value <> ''false''', 'invariant')
    ) AS m (ord, surface, count_sql, on_instantiate)
  LOOP
    ord := s.ord;
    surface := s.surface;
    on_instantiate := s.on_instantiate;
    -- A surface whose migration is not applied yet reads as NULL, not as an error.
    BEGIN
      EXECUTE s.count_sql INTO row_count;
    EXCEPTION WHEN undefined_table THEN
      row_count := NULL;
    END;
    RETURN NEXT;
  END LOOP;
END
$matrix$;

COMMENT ON FUNCTION iu_core_meta.fn_iu_regression_matrix() IS
  'Row counts of every product surface (the seeds'' regression matrix) and whether an instantiation may change each: expected or invariant.';

SELECT surface, row_count, on_instantiate FROM iu_core_meta.fn_iu_regression_matrix() ORDER BY ord;
