-- 130_iu_core_fingerprints.sql — each product object's normalized definition and its sha256
--
-- Re-runnable (CREATE OR REPLACE); defines two functions and changes no data:
--
--   psql -v ON_ERROR_STOP=1 -f sql/runtime/130_iu_core_fingerprints.sql
--   SELECT object_class, object_name, sha256 FROM iu_core_meta.fn_iu_object_fingerprints();
--
-- `iu-core migrate up` records these per migration (the objects each one created or
-- changed) in iu_core_meta.object_fingerprint; `iu-core conformance` compares the live ones
-- with the recorded ones, so a hand edit made without a migration is reported as drift.
-- Definitions are normalized so that a rollback and a re-apply give the same text: no OIDs,
-- no timestamps, roles by name, lists sorted. PostgreSQL majors render definitions
-- differently, so fingerprints are compared only within the major that recorded them.
-- Gate VALUES are not fingerprinted (operators toggle them; the security rule
-- gates_closed_at_rest judges them); their key and description are.
--
-- Every non-system schema is read (issue 14): IU Core lives beside a host application's
-- schema and beside other projects' schemas, and each migration records what IU Core or
-- that project created anywhere. Names stay unqualified in schema public (ledgers recorded
-- before keep matching) and are `schema.name` elsewhere (triggers `schema.table.trigger`).
-- Which object belongs to whom is judged by sql/runtime/110, never here.

CREATE SCHEMA IF NOT EXISTS iu_core_meta;

-- An ACL as sorted 'grantee:privilege' text (grantable marked '*'), with no ACL read as the
-- owner's defaults: GRANT then REVOKE leaves an explicit ACL that means the same thing.
CREATE OR REPLACE FUNCTION iu_core_meta._iu_fp_acl(p_acl aclitem[], p_kind "char", p_owner oid)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $acl$
  SELECT coalesce(string_agg(g, ', ' ORDER BY g), '(none)')
    FROM (SELECT format('%s:%s%s', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                        a.privilege_type, CASE WHEN a.is_grantable THEN '*' ELSE '' END) AS g
            FROM aclexplode(coalesce(p_acl, acldefault(p_kind, p_owner))) a) x
$acl$;

-- Helpers of an earlier draft; their per-row calls (SET search_path keeps a function from
-- being inlined) doubled the cost of every fingerprint.
DROP FUNCTION IF EXISTS iu_core_meta._iu_fp_schemas();
DROP FUNCTION IF EXISTS iu_core_meta._iu_fp_name(name, text);

CREATE OR REPLACE FUNCTION iu_core_meta.fn_iu_object_fingerprints()
RETURNS TABLE (object_class text, object_name text, definition text, sha256 text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $fp$
BEGIN
  RETURN QUERY
  -- The schemas read: every one but PostgreSQL's own, temp and toast schemas, the harness
  -- schema iu_core_meta, and schemas an extension created.
  WITH sc AS (
    SELECT n.oid, n.nspname FROM pg_namespace n
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'iu_core_meta')
       AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
  ),
  defs (object_class, object_name, definition) AS (
    -- Each schema itself: who owns it and who may create in it.
    SELECT 'schema', n.nspname::text,
           concat_ws(E'\n', format('SCHEMA %I', n.nspname), 'OWNER ' || pg_get_userbyid(n.nspowner),
                     'ACL ' || iu_core_meta._iu_fp_acl(n.nspacl, 'n', n.nspowner))
      FROM pg_namespace n JOIN sc ON sc.oid = n.oid
    UNION ALL
    -- Functions: the full CREATE (body, volatility, security, SET), owner, ACL, comment.
    SELECT 'function', CASE WHEN sc.nspname = 'public' THEN format('%s(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) ELSE sc.nspname || '.' || format('%s(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) END,
           concat_ws(E'\n',
                     CASE WHEN p.prokind IN ('f', 'p', 'w') THEN rtrim(pg_get_functiondef(p.oid), E'\n')
                          ELSE format('%s %s(%s) kind %s', p.proname, p.prokind, pg_get_function_identity_arguments(p.oid), p.prosrc) END,
                     'OWNER ' || pg_get_userbyid(p.proowner),
                     'ACL ' || iu_core_meta._iu_fp_acl(p.proacl, 'f', p.proowner),
                     'COMMENT ' || obj_description(p.oid, 'pg_proc'))
      FROM pg_proc p JOIN sc ON sc.oid = p.pronamespace
     WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    UNION ALL
    -- Views: the query, options, owner, ACL, comment.
    SELECT 'view', CASE WHEN sc.nspname = 'public' THEN c.relname::text ELSE sc.nspname || '.' || c.relname::text END,
           concat_ws(E'\n', format('VIEW %I%s AS', c.relname, CASE WHEN c.reloptions IS NOT NULL THEN format(' WITH (%s)', array_to_string(c.reloptions, ', ')) END),
                     rtrim(pg_get_viewdef(c.oid, true), E'\n'),
                     'OWNER ' || pg_get_userbyid(c.relowner),
                     'ACL ' || iu_core_meta._iu_fp_acl(c.relacl, 'r', c.relowner),
                     'COMMENT ' || obj_description(c.oid, 'pg_class'))
      FROM pg_class c JOIN sc ON sc.oid = c.relnamespace
     WHERE c.relkind IN ('v', 'm')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    UNION ALL
    -- Tables: columns in order (type, nullability, default, generated, column ACL), constraints
    -- by name, the enabled state of the internal triggers behind them (named by constraint
    -- and function: their own names carry OIDs), row security and its policies, owner, ACL.
    SELECT 'table', CASE WHEN sc.nspname = 'public' THEN c.relname::text ELSE sc.nspname || '.' || c.relname::text END,
           concat_ws(E'\n',
                     format('TABLE %I%s', c.relname, CASE WHEN c.reloptions IS NOT NULL THEN format(' WITH (%s)', array_to_string(c.reloptions, ', ')) END),
                     (SELECT string_agg(format('  COLUMN %I %s%s%s%s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                                               CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                                               CASE WHEN a.attidentity <> '' THEN format(' IDENTITY %s', a.attidentity) ELSE '' END,
                                               CASE WHEN a.attgenerated <> '' THEN format(' GENERATED %s', a.attgenerated) ELSE '' END,
                                               CASE WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END,
                                               CASE WHEN a.attacl IS NOT NULL THEN ' ACL ' || iu_core_meta._iu_fp_acl(a.attacl, 'c', c.relowner) ELSE '' END),
                                        E'\n' ORDER BY a.attnum)
                        FROM pg_attribute a
                        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                       WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                     (SELECT string_agg(format('  CONSTRAINT %I %s%s', k.conname, pg_get_constraintdef(k.oid, true),
                                               CASE WHEN k.convalidated THEN '' ELSE ' NOT VALID' END), E'\n' ORDER BY k.conname)
                        FROM pg_constraint k WHERE k.conrelid = c.oid),
                     (SELECT string_agg(format('  INTERNAL TRIGGER %s FOR CONSTRAINT %I ENABLED %s', t.tgfoid::regproc, k.conname, t.tgenabled),
                                        E'\n' ORDER BY k.conname, t.tgfoid::regproc::text, t.tgtype, t.tgenabled)
                        FROM pg_trigger t JOIN pg_constraint k ON k.oid = t.tgconstraint
                       WHERE t.tgrelid = c.oid AND t.tgisinternal),
                     format('  ROW SECURITY %s%s', CASE WHEN c.relrowsecurity THEN 'ENABLED' ELSE 'DISABLED' END, CASE WHEN c.relforcerowsecurity THEN ' FORCED' ELSE '' END),
                     (SELECT string_agg(format('  POLICY %I %s FOR %s TO %s USING (%s) WITH CHECK (%s)', po.polname,
                                               CASE WHEN po.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END, po.polcmd,
                                               (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r) END, ',' ORDER BY 1) FROM unnest(po.polroles) r),
                                               pg_get_expr(po.polqual, po.polrelid), pg_get_expr(po.polwithcheck, po.polrelid)), E'\n' ORDER BY po.polname)
                        FROM pg_policy po WHERE po.polrelid = c.oid),
                     'OWNER ' || pg_get_userbyid(c.relowner),
                     'ACL ' || iu_core_meta._iu_fp_acl(c.relacl, 'r', c.relowner),
                     'COMMENT ' || obj_description(c.oid, 'pg_class'))
      FROM pg_class c JOIN sc ON sc.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    UNION ALL
    -- Indexes, those behind constraints included (dropping one is a hand edit too).
    SELECT 'index', CASE WHEN sc.nspname = 'public' THEN ic.relname::text ELSE sc.nspname || '.' || ic.relname::text END, pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' -- INVALID' END
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_class tc ON tc.oid = i.indrelid
      JOIN sc ON sc.oid = tc.relnamespace
     WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = tc.oid AND d.deptype = 'e')
    UNION ALL
    -- Product triggers with their enabled state (O on, D off, R replica, A always).
    SELECT 'trigger', CASE WHEN sc.nspname = 'public' THEN format('%s.%s', c.relname, t.tgname) ELSE sc.nspname || '.' || format('%s.%s', c.relname, t.tgname) END,
           concat_ws(E'\n', pg_get_triggerdef(t.oid, true), 'ENABLED ' || t.tgenabled::text)
      FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid
      JOIN sc ON sc.oid = c.relnamespace
     WHERE NOT t.tgisinternal
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  )
  SELECT d.object_class, d.object_name, d.definition, encode(sha256(convert_to(d.definition, 'UTF8')), 'hex')
    FROM defs d;

  -- Rows the product seeds, read only when their table exists (the function also runs on an
  -- empty database). Values by column name, timestamps and authors left out.
  IF to_regclass('public.dot_config') IS NOT NULL THEN
    RETURN QUERY EXECUTE $q$
      SELECT 'config'::text, key::text, d, encode(sha256(convert_to(d, 'UTF8')), 'hex')
        FROM public.dot_config
       CROSS JOIN LATERAL (SELECT format('CONFIG %s' || E'\n' || 'description: %s', key, description) AS d) x
       WHERE key LIKE 'iu\_core.%' $q$;
  END IF;
  IF to_regclass('public.event_type_registry') IS NOT NULL THEN
    RETURN QUERY EXECUTE $q$
      SELECT 'event_type'::text, event_type::text, d, encode(sha256(convert_to(d, 'UTF8')), 'hex')
        FROM public.event_type_registry r
       CROSS JOIN LATERAL (SELECT jsonb_pretty(to_jsonb(r) - 'created_at' - 'created_by') AS d) x $q$;
  END IF;
  IF to_regclass('public.event_route') IS NOT NULL THEN
    RETURN QUERY EXECUTE $q$
      SELECT 'route'::text, format('%s -> %s', event_type, route_target), d, encode(sha256(convert_to(d, 'UTF8')), 'hex')
        FROM public.event_route r
       CROSS JOIN LATERAL (SELECT jsonb_pretty(to_jsonb(r) - 'created_at' - 'created_by') AS d) x $q$;
  END IF;
END
$fp$;

COMMENT ON FUNCTION iu_core_meta.fn_iu_object_fingerprints() IS
  'Every object of every non-system schema (public''s named bare, others schema.name; iu_core_meta and extension members excluded) and every seeded row, with its normalized definition and sha256, for drift detection and the ownership record.';
