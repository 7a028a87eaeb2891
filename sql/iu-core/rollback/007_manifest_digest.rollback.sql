-- Rollback of 007_manifest_digest: drops the view and the three digest functions. No table,
-- so no data to refuse over; but the composer (008) computes every digest with these
-- functions from PL/pgSQL, a use PostgreSQL does not track, so while it exists this rollback
-- refuses (out of order; the force setting does not apply). A later object that depends on
-- them in a tracked way makes a DROP fail, and the one DO block then drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 008's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '007'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regprocedure('public.fn_iu_compose(text,text,text,text,jsonb,text)') IS NOT NULL THEN
    v_later := '008';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 007 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  IF to_regprocedure('fn_iu_compose(text,text,text,text,jsonb,text)') IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 007 is out of order: fn_iu_compose (008) computes manifest digests with fn_iu_piece_graph_digest and fn_iu_manifest_digest'
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back 008 first; the force setting does not apply to this.';
  END IF;
  DROP VIEW v_iu_collection_digest;
  DROP FUNCTION fn_iu_collection_active_pieces(uuid);
  DROP FUNCTION fn_iu_manifest_digest(uuid);
  DROP FUNCTION fn_iu_piece_graph_digest(text[], uuid[]);
END
$rollback$;
