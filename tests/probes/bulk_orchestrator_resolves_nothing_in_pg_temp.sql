-- 036: fn_iu_auto_instantiate_bulk carries its item set in array variables. It creates no
-- temp object, and a caller's pg_temp.iu_bulk_item (035's scratch table, which 035 reused
-- when it found one) is never touched: a trigger planted on it never fires, so it cannot run
-- the caller's code with the function owner's rights. The batch still composes as before.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(8);

UPDATE dot_config SET value = 'true' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');
CREATE TEMP TABLE tpl AS SELECT fn_iu_compose('probe:pgtemp/tpl', 'doc', 'Pg temp template', NULL,
  '[{"role":"title","new_piece":{"canonical_address":"probe/pgtemp/t","title":"t","body":"t","unit_kind":"doc","section_type":"title"}}]', 'probe') AS r;
CREATE TEMP TABLE marked AS SELECT fn_iu_collection_mark_as_template((SELECT (r->>'collection_id')::uuid FROM tpl), 'pgtemp', NULL, 'probe') AS r;

-- The caller's plant: 035's scratch table, with triggers that record every firing.
CREATE TEMP TABLE planted_fired (who text, via text);
CREATE FUNCTION pg_temp.probe_planted_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO pg_temp.planted_fired VALUES (current_user, TG_WHEN || ' ' || TG_LEVEL || ' ' || TG_OP);
  RETURN CASE WHEN TG_LEVEL = 'ROW' THEN coalesce(NEW, OLD) END;
END
$$;
CREATE TEMP TABLE iu_bulk_item (n integer, event_id uuid, suffix text, idempotency_key text, status text, instance_id uuid);
CREATE TRIGGER planted_row BEFORE INSERT OR UPDATE OR DELETE ON pg_temp.iu_bulk_item FOR EACH ROW EXECUTE FUNCTION pg_temp.probe_planted_trigger();
CREATE TRIGGER planted_stmt BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON pg_temp.iu_bulk_item FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.probe_planted_trigger();
CREATE TEMP TABLE temp_before AS SELECT c.relname FROM pg_class c WHERE c.relnamespace = pg_my_temp_schema();

CREATE TEMP TABLE called AS SELECT fn_iu_auto_instantiate_bulk(
  ARRAY['36000000-0000-4000-8000-000000000001', '36000000-0000-4000-8000-000000000002', '36000000-0000-4000-8000-000000000001']::uuid[],
  'template.published', (SELECT (r->>'collection_id')::uuid FROM tpl), ARRAY['pgtemp-1', 'pgtemp-2', 'pgtemp-1'], 'live', 'probe-pgtemp') AS r;
CREATE TEMP TABLE temp_after AS SELECT c.relname FROM pg_class c WHERE c.relnamespace = pg_my_temp_schema();
UPDATE dot_config SET value = 'false' WHERE key IN ('iu_core.composer_enabled', 'iu_core.auto_instantiate_enabled');

SELECT is((SELECT r->'statuses' FROM called), '{"ok": 2, "idempotent_replay": 1}'::jsonb,
  'with a planted pg_temp.iu_bulk_item the batch composes as before: two instances and a replay of the repeated key');
SELECT is((SELECT count(*)::int FROM iu_auto_instantiate_event_log WHERE triggered_by = 'probe-pgtemp'), 2, 'and writes its two log rows to the product''s table');
SELECT is_empty($$ SELECT who, via FROM planted_fired $$, 'no trigger planted on the caller''s iu_bulk_item fired, as nobody');
SELECT is((SELECT count(*)::int FROM pg_temp.iu_bulk_item), 0, 'the caller''s iu_bulk_item was neither filled nor truncated');
SELECT is_empty($$ SELECT relname FROM temp_after EXCEPT SELECT relname FROM temp_before
                   EXCEPT SELECT unnest(ARRAY['temp_before', 'called', 'temp_after']) $$,
  'the call created no temp table, view or sequence of its own');
SELECT unalike((SELECT p.prosrc FROM pg_proc p WHERE p.oid = 'fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)'::regprocedure),
  '%pg_temp%', 'the body names no pg_temp object');
SELECT unalike((SELECT lower(p.prosrc) FROM pg_proc p WHERE p.oid = 'fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)'::regprocedure),
  '%temp table%', 'the body creates no temp table');
-- Its search_path setting only: 042 pins enable_seqscan = off beside it.
SELECT is((SELECT array_agg(c) FROM pg_proc p, unnest(p.proconfig) c
            WHERE p.oid = 'fn_iu_auto_instantiate_bulk(uuid[],text,uuid,text[],text,text,text)'::regprocedure AND c LIKE 'search\_path=%'),
  ARRAY['search_path=pg_catalog, public, pg_temp'], 'its search_path lists pg_temp explicitly and last');

SELECT * FROM finish();
ROLLBACK;
