// The little SQL the harness itself needs, in one place. Everything about the product lives
// in sql/; this is only bookkeeping: the ledger, its lock, and catalog snapshots. Values
// always travel as bound parameters; names come from the catalog through format('%I').

/** The harness's own schema: never product surface, never counted by the conformance scan. */
export const META_SCHEMA = 'iu_core_meta';

export const LEDGER_DDL = [
  `CREATE SCHEMA IF NOT EXISTS iu_core_meta`,
  `COMMENT ON SCHEMA iu_core_meta IS 'iu-core harness bookkeeping (migration ledger); not product surface'`,
  `CREATE TABLE IF NOT EXISTS iu_core_meta.migration_ledger (
     version        text PRIMARY KEY CHECK (version ~ '^[0-9]{3}$'),
     name           text NOT NULL,
     checksum       text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
     applied_at     timestamptz NOT NULL DEFAULT now(),
     applied_by     text NOT NULL DEFAULT current_user,
     duration_ms    integer NOT NULL CHECK (duration_ms >= 0),
     server_version text NOT NULL DEFAULT current_setting('server_version')
   )`,
  `CREATE TABLE IF NOT EXISTS iu_core_meta.checksum_amendment (
     version      text NOT NULL,
     name         text NOT NULL,
     old_checksum text NOT NULL,
     new_checksum text NOT NULL,
     accepted_at  timestamptz NOT NULL DEFAULT now(),
     accepted_by  text NOT NULL DEFAULT current_user,
     PRIMARY KEY (version, accepted_at)
   )`,
];

export const LEDGER_EXISTS = `SELECT to_regclass('iu_core_meta.migration_ledger') IS NOT NULL AS exists`;

export const LEDGER_ROWS = `
  SELECT version, name, checksum, applied_at, applied_by, duration_ms, server_version
    FROM iu_core_meta.migration_ledger
   ORDER BY version`;

export const LEDGER_INSERT = `
  INSERT INTO iu_core_meta.migration_ledger (version, name, checksum, duration_ms)
  VALUES ($1, $2, $3, $4)`;

export const LEDGER_DELETE = `DELETE FROM iu_core_meta.migration_ledger WHERE version = $1`;

export const LEDGER_ACCEPT_CHECKSUM = `
  WITH amended AS (
    UPDATE iu_core_meta.migration_ledger l SET checksum = $2
     WHERE l.version = $1 AND l.checksum = $3
    RETURNING l.version, l.name
  )
  INSERT INTO iu_core_meta.checksum_amendment (version, name, old_checksum, new_checksum)
  SELECT version, name, $3, $2 FROM amended
  RETURNING version`;

/**
 * One key for "a migration runner is at work here". Session-level and taken with try-lock
 * in a poll loop: a blocking lock would deadlock with CREATE INDEX CONCURRENTLY, which
 * waits for every other transaction, including a waiting runner's (Flyway issue 1654).
 */
export const MIGRATE_LOCK_TRY = `SELECT pg_try_advisory_lock(hashtextextended('iu_core.migrate', 0)) AS locked`;
export const MIGRATE_LOCK_RELEASE = `SELECT pg_advisory_unlock(hashtextextended('iu_core.migrate', 0)) AS released`;

/** lock_timeout for a migration: $2 true = local to its transaction, false = for the session. */
export const SET_LOCK_WAIT = `SELECT set_config('lock_timeout', $1, $2)`;

/** A probe's bounds, local to its transaction (set right after its BEGIN). */
export const SET_PROBE_TIMEOUTS = `SELECT set_config('statement_timeout', $1, true), set_config('lock_timeout', $2, true)`;

export const SERVER_VERSION = `SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num`;

export const INVALID_INDEXES = `
  SELECT format('%I.%I', n.nspname, c.relname) AS index_name
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT i.indisvalid
   ORDER BY 1`;

/**
 * An ACL as sorted text, with "no ACL" read as the owner's defaults: GRANT then REVOKE
 * leaves an explicit ACL that means what the NULL before it meant, and must compare equal.
 */
const acl = (expr: string) => `(SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(${expr}) AS x)`;

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;

/**
 * Every object outside the system schemas, one row each (names cast to text: a UNION
 * typed by a first branch of type name would cut every later name to 63 bytes): its kind, its qualified name, and
 * a fingerprint of its definition and privileges, so that "the same catalog" means the same
 * objects defined the same way and granted the same way.
 */
export const CATALOG_SNAPSHOT = `
  SELECT 'schema' AS kind, n.nspname::text AS name, md5(concat_ws('|', ${acl("coalesce(n.nspacl, acldefault('n', n.nspowner))")}, pg_get_userbyid(n.nspowner))) AS fingerprint
    FROM pg_namespace n WHERE ${USER_SCHEMAS}
  UNION ALL
  SELECT 'extension', e.extname::text, e.extversion FROM pg_extension e
  UNION ALL
  SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                        WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' WHEN 'f' THEN 'foreign table'
                        WHEN 'c' THEN 'type' ELSE c.relkind::text END,
         format('%I.%I', n.nspname, c.relname),
         md5(concat_ws('|', ${acl("coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's'::\"char\" ELSE 'r'::\"char\" END, c.relowner))")}, c.relrowsecurity::text,
                       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
                       CASE WHEN c.relkind IN ('i', 'I') THEN pg_get_indexdef(c.oid) END,
                       obj_description(c.oid, 'pg_class')))
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i', 'I', 'f', 'c')
  UNION ALL
  SELECT 'column', format('%I.%I.%I', n.nspname, c.relname, a.attname),
         md5(concat_ws('|', format_type(a.atttypid, a.atttypmod), a.attnotnull::text, pg_get_expr(d.adbin, d.adrelid), a.attgenerated::text, ${acl('a.attacl')}))
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT 'constraint', format('%I.%I.%I', n.nspname, c.relname, k.conname), md5(pg_get_constraintdef(k.oid))
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS}
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
         md5(concat_ws('|', p.prosrc, pg_get_function_result(p.oid), p.provolatile::text, p.prosecdef::text,
                       p.proconfig::text, ${acl("coalesce(p.proacl, acldefault('f', p.proowner))")}, pg_get_userbyid(p.proowner), obj_description(p.oid, 'pg_proc')))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE ${USER_SCHEMAS}
  UNION ALL
  SELECT 'trigger', format('%I.%I.%I', n.nspname, c.relname, t.tgname), md5(pg_get_triggerdef(t.oid) || t.tgenabled::text)
    FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS} AND NOT t.tgisinternal
  UNION ALL
  SELECT 'type', format('%I.%I', n.nspname, t.typname), md5(concat_ws('|', ${acl("coalesce(t.typacl, acldefault('T', t.typowner))")}, t.typtype::text))
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE ${USER_SCHEMAS} AND t.typtype IN ('e', 'd', 'r', 'm') 
  UNION ALL
  SELECT 'policy', format('%I.%I.%I', n.nspname, c.relname, p.polname), md5(coalesce(pg_get_expr(p.polqual, p.polrelid), '') || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), ''))
    FROM pg_policy p
    JOIN pg_class c ON c.oid = p.polrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
  UNION ALL
  SELECT 'role', r.rolname::text, md5(concat_ws('|', r.rolcanlogin::text, r.rolinherit::text))
    FROM pg_roles r WHERE r.rolname LIKE 'iu\\_core\\_%'
  ORDER BY 1, 2`;

/** Row count of every table outside the system schemas, in one statement. */
export const ROW_COUNTS = `
  SELECT format('%I.%I', n.nspname, c.relname) AS table_name,
         (xpath('/row/c/text()',
                query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::bigint AS row_count
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p')
   ORDER BY 1`;
