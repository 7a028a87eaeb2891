-- 038_plans_flat_in_n.sql
-- Adds:     nothing new: the three functions one orchestrator call runs through
--           (fn_iu_auto_instantiate_from_event, fn_iu_compose,
--           fn_iu_collection_record_template_instance) pin enable_seqscan = off, as 007's
--           active-pieces lookups already do, so that every plan they cache (their own
--           statements, and the foreign-key checks their inserts fire) is an index scan.
-- Requires: 008 (fn_iu_compose), 031 (fn_iu_collection_record_template_instance),
--           033 (fn_iu_auto_instantiate_from_event).
-- Rollback: refuses nothing (no table, no data); resets the setting on the three functions.
-- Delta:    table 0, view 0, function 0, trigger 0, config 0, event_type 0, route 0

-- Why. PL/pgSQL caches each statement's plan, and after five executions a generic plan; the
-- foreign-key checks of an INSERT are cached the same way. On a database analysed while
-- small (autovacuum does that within a minute), the planner costs a lookup by key on a
-- one-page table as cheaper by sequential scan, caches that, and reuses it while one
-- transaction grows the table: measured on PostgreSQL 15, call 5,000 of a scale-out read
-- iu_piece_collection by 12 sequential scans (key check, instance digest, and the FK checks
-- of memberships, lineage and log), the log and the lineage by one each, and the cost per
-- call doubled over 5,000 calls. Statistics cannot help: the rows are the transaction's own.
--
-- Every lookup on this path has an index (primary keys, collection_key, idempotency_key,
-- canonical_address), so with sequential scans off the cached plans are index scans
-- whatever the table's size at planning time, and cost no planning per call.
-- plan_cache_mode = force_custom_plan also avoids the trap, but replans ~40 statements per
-- call: measured side by side, 1.7 ms per call against 0.94 with this setting.
-- The setting holds for everything the functions call, the FK triggers included; it is
-- restored when they return. fn_iu_auto_instantiate_bulk (035) is set-based and plans each
-- statement once per batch, at the batch's size: it needs no pin.
ALTER FUNCTION fn_iu_auto_instantiate_from_event(uuid, text, uuid, text, text, text, text) SET enable_seqscan = off;
ALTER FUNCTION fn_iu_compose(text, text, text, text, jsonb, text) SET enable_seqscan = off;
ALTER FUNCTION fn_iu_collection_record_template_instance(uuid, uuid, text, text) SET enable_seqscan = off;
