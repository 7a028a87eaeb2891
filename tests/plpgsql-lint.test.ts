// Every PL/pgSQL body of the product, linted by plpgsql_check on PostgreSQL after migrate up:
// no error, no warning (extra, other, performance and security warnings all on). Trigger
// functions are checked against the table their trigger sits on, so NEW/OLD are typed.
// CREATE FUNCTION checks only syntax; this catches a misspelt column, a wrong type or a
// missing table inside a body before a call does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { freshPostgres, pgSkipReason, type TestDb } from './helpers.ts';

interface Finding {
  fn: string;
  level: string;
  message: string;
  lineno: number | null;
  detail: string | null;
}

const LINT = `
  SELECT p.oid::regprocedure::text AS fn, r.level, r.message, r.lineno, r.detail
    FROM pg_proc p
    JOIN pg_language l ON l.oid = p.prolang AND l.lanname = 'plpgsql'
   CROSS JOIN LATERAL (SELECT coalesce((SELECT min(t.tgrelid::oid) FROM pg_trigger t WHERE t.tgfoid = p.oid), 0)::regclass AS relid) trg
   CROSS JOIN LATERAL plpgsql_check_function_tb(p.oid, trg.relid, fatal_errors => false, other_warnings => true,
                                                performance_warnings => true, extra_warnings => true, security_warnings => true) r
   WHERE p.pronamespace = 'public'::regnamespace
   ORDER BY 1, r.lineno`;

describe('PL/pgSQL bodies under plpgsql_check', () => {
  let t: TestDb | undefined;
  let why = '';

  beforeAll(async () => {
    if (pgSkipReason()) return;
    t = await freshPostgres();
    const [ext] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'plpgsql_check'`);
    if (ext!.n === 0) {
      why = 'plpgsql_check is not installed on this server (npm run setup installs postgresql-NN-plpgsql-check)';
      // CI installs it: there, its absence is a failure, not a skip.
      if (process.env.CI) throw new Error(why);
      return;
    }
    await migrateUp(t.db, listMigrations());
    await t.db.exec('CREATE EXTENSION plpgsql_check');
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
  });

  it('finds no error and no warning in any function or trigger body of the product', async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    if (why) ctx.skip(why);
    const checked = await t!.db.query<{ fn: string }>(
      `SELECT p.proname AS fn FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang AND l.lanname = 'plpgsql' WHERE p.pronamespace = 'public'::regnamespace`,
    );
    // The lint saw the product: its composer, orchestrators and undo tools are among the bodies.
    expect(checked.map((r) => r.fn)).toEqual(expect.arrayContaining([
      'fn_iu_compose', 'fn_iu_auto_instantiate_from_event', 'fn_iu_auto_instantiate_bulk', 'fn_iu_auto_instantiate_rollback_by_actor',
      'fn_iu_compensate_composition', 'fn_iu_retention_sweep',
    ]));
    expect(await t!.db.query<Finding>(LINT)).toEqual([]);
  });

  it('reports a body that names a column its table does not have (the lint can fail)', async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    if (why) ctx.skip(why);
    await t!.db.exec(`CREATE FUNCTION zz_lint_broken() RETURNS integer LANGUAGE plpgsql AS $$
      BEGIN RETURN (SELECT count(no_such_column)::integer FROM iu_piece_collection); END $$`);
    try {
      const findings = await t!.db.query<Finding>(LINT);
      expect(findings).toContainEqual(expect.objectContaining({ fn: 'zz_lint_broken()', level: 'error', message: 'column "no_such_column" does not exist' }));
      expect(findings.filter((f) => f.fn !== 'zz_lint_broken()')).toEqual([]);
    } finally {
      await t!.db.exec('DROP FUNCTION zz_lint_broken()');
    }
  });
});
