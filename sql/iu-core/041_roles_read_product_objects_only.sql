-- 041_roles_read_product_objects_only.sql
-- Adds:     nothing new. Takes back what 034 granted beyond IU Core: 034 granted SELECT on
--           EVERY table, partition and view in schema public to iu_core_operator /
--           iu_core_reader, so in a database shared with a host application (the seeds' is
--           Directus) an operator could read the host's tables, e.g. its users' password
--           hashes. This revokes every privilege either role holds on a relation of
--           public that is not IU Core's (IU Core's: names iu_*, v_iu_* and its six
--           unprefixed tables), names each in a NOTICE, and leaves its mark (041) on the comment
--           of 034's gate policy.
-- Requires: 034 (the roles).
-- Rollback: refuses nothing (no table, no data); removes the policy comment and does NOT
--           grant the host's relations back (that would reinstate the hole); refuses, forced
--           or not, while a later migration is applied.
-- Delta:    table +0, view +0, function +0, trigger +0, config +0, event_type +0, route +0

DO $revoke$
DECLARE
  r record;
  v_count integer := 0;
BEGIN
  FOR r IN
    SELECT c.relname, c.relkind
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace
       AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
       AND c.relname NOT LIKE 'iu\_%'
       AND c.relname NOT LIKE 'v\_iu\_%'
       AND c.relname NOT IN ('dot_command_catalog', 'dot_config', 'event_outbox', 'event_route',
                             'event_type_registry', 'information_unit')
       AND EXISTS (SELECT 1 FROM aclexplode(c.relacl) a
                    WHERE a.grantee IN ('iu_core_reader'::regrole, 'iu_core_operator'::regrole))
     ORDER BY c.relname
  LOOP
    -- A sequence takes its own REVOKE form; every other relation kind takes this one.
    IF r.relkind = 'S' THEN
      EXECUTE format('REVOKE ALL ON SEQUENCE public.%I FROM iu_core_reader, iu_core_operator', r.relname);
    ELSE
      EXECUTE format('REVOKE ALL ON public.%I FROM iu_core_reader, iu_core_operator', r.relname);
    END IF;
    v_count := v_count + 1;
    RAISE NOTICE '041: revoked iu_core_reader''s and iu_core_operator''s privileges on public.% (not an IU Core object)', r.relname;
  END LOOP;
  RAISE NOTICE '041: % relation(s) outside IU Core no longer readable by the IU Core roles', v_count;
END
$revoke$;

-- The mark the rollback of 040 reads under plain psql (this migration is applied), kept in
-- this database: role comments are cluster-wide and would speak for every database.
COMMENT ON POLICY dot_config_operator_toggles_gates ON dot_config IS
  'Operators change gate values only. The IU Core roles hold nothing on a host''s relations (041).';
