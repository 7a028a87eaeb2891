-- Rollback of 006_iu_piece_collection. Refuses while collections or memberships exist,
-- unless SET iu_core.force_rollback_006 = true. One DO block: a refusal drops nothing.
DO $rollback$
DECLARE
  v_collections bigint;
  v_memberships bigint;
BEGIN
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
