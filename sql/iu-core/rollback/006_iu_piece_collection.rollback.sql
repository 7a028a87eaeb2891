-- Rollback of 006_iu_piece_collection. Refuses while collections or memberships exist,
-- unless SET iu_core.force_rollback_006 = true. One DO block: a refusal drops nothing.
-- Refuses, forced or not, while a later migration is still applied: roll back newest first.
DO $rollback$
DECLARE
  v_later text;
  v_collections bigint;
  v_memberships bigint;
BEGIN
  -- Out of order while a later migration is applied: the ledger lists one or, under plain
  -- psql, 007's objects exist. It builds on this one, so the force setting does not apply.
  IF to_regclass('iu_core_meta.migration_ledger') IS NOT NULL THEN
    SELECT max(l.version) INTO v_later FROM iu_core_meta.migration_ledger l WHERE l.version > '006'
       AND coalesce(to_jsonb(l) ->> 'project', 'iu-core') = 'iu-core';
  END IF;
  IF v_later IS NULL AND to_regprocedure('public.fn_iu_manifest_digest(uuid)') IS NOT NULL THEN
    v_later := '007';
  END IF;
  IF v_later IS NOT NULL THEN
    RAISE EXCEPTION 'REFUSED: rollback 006 is out of order: migration % is still applied', v_later
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Roll back the later migrations first, newest first; the force setting does not apply to this.';
  END IF;
  SELECT count(*) INTO v_collections FROM iu_piece_collection;
  SELECT count(*) INTO v_memberships FROM iu_piece_membership;
  IF (v_collections > 0 OR v_memberships > 0)
     AND coalesce(current_setting('iu_core.force_rollback_006', true), '') <> 'true' THEN
    RAISE EXCEPTION 'REFUSED: rollback 006 would drop iu_piece_collection holding % rows and iu_piece_membership holding % rows', v_collections, v_memberships
      USING ERRCODE = 'object_not_in_prerequisite_state',
            HINT = 'Compensate the compositions first (fn_iu_compensate_composition), or SET iu_core.force_rollback_006 = true.';
  END IF;
  DROP TABLE iu_piece_membership;
  DROP TABLE iu_piece_collection;
END
$rollback$;
