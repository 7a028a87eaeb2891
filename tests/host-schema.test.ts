// IU Core inside a host application's database (issue 14): pagila, a public sample
// application's schema no one here wrote (tests/fixtures/hosts/pagila: 22 tables with
// partitions, 8 views, 10 functions, 15 triggers, rows), in schema public. IU Core migrates
// in beside it, proves itself, and judges only its own objects: the host's are counted
// apart ("host: N objects, not judged"), never unexpected, never drift; `--all` audits the
// host's functions too. A full forced migrate down leaves the host's schema (pg_dump -s)
// and rows exactly as they were.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { findPgDump, libpqEnv } from '../scripts/evidence/dump.ts';
import type { PgliteDb } from '../scripts/db/pglite.ts';
import { ENGINES, ROOT, cliOn, pgSkipReason, serverOfThisFile, type EngineName, type TestDb } from './helpers.ts';

const PAGILA = join(ROOT, 'tests/fixtures/hosts/pagila');
// A DBA's own project (tests/fixtures/projects/app): 4-digit names, no rollbacks, schema app.
const APP = join(ROOT, 'tests/fixtures/projects/app');
const servers = serverOfThisFile();
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
const temp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), `iu-core-host-${p}-`));
  temps.push(d);
  return d;
};

const run = cliOn;

/** Each host table's rows, digested by content (an UPDATE shows), the query built by the server from catalog names. */
async function rowDigests(t: TestDb): Promise<Record<string, string>> {
  const queries = await t.db.query<{ q: string }>(
    `SELECT format('SELECT %L AS t, md5(coalesce(string_agg(x::text, E''\\n'' ORDER BY x::text), '''')) AS d FROM %I.%I x', c.relname, n.nspname, c.relname) AS q
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname !~ '^(iu_|dot_|event_|information_unit)'
      ORDER BY c.relname`,
  );
  const out: Record<string, string> = {};
  for (const { q } of queries) {
    const [r] = await t.db.query<{ t: string; d: string }>(q);
    out[r!.t] = r!.d;
  }
  return out;
}

/** pg_dump -s of schema public: the server's own pg_dump, or PGlite's on a clone. */
async function schemaDump(t: TestDb): Promise<string> {
  let text: string;
  if (t.engine === 'pglite') {
    const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
    const clone = await (t.db as PgliteDb).clone();
    try {
      text = await (await pgDump({ pg: clone.pg, args: ['--schema-only', '--schema=public'] })).text();
    } finally {
      await clone.close();
    }
  } else {
    const tool = findPgDump(15);
    const r = await execa(tool.path, ['--schema-only', '--schema=public', '--no-password'], { env: libpqEnv(t.flag), extendEnv: false });
    text = r.stdout;
  }
  // The random \restrict key of pg_dump ≥ 15.14 differs on every run.
  return text.replace(/^\\(un)?restrict .*$/gm, '');
}

async function loadPagila(t: TestDb): Promise<void> {
  const r = await run(t, 'run', '@db', '--quiet', join(PAGILA, 'pagila-schema.sql'), join(PAGILA, 'pagila-data-subset.sql'));
  expect(r.code, r.err).toBe(0);
  const [n] = await t.db.query<{ tables: number; payments: number }>(
    `SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p'))::int AS tables,
            (SELECT count(*) FROM public.payment)::int AS payments`,
  );
  expect(n).toEqual({ tables: 22, payments: 40 });
}

const HOST = 'host: 55 objects, not judged (table 22, view 8, function 10, trigger 15)';

describe.each(ENGINES)('IU Core inside the pagila host on %s', (engine: EngineName) => {
  const skip = () => engine === 'postgres' && !!pgSkipReason();

  it('migrate, prove, conformance, probe and evidence PASS beside the host; --all audits its functions; a forced full down gives back its schema and rows', async (ctx) => {
    if (skip()) ctx.skip(pgSkipReason());
    const t = await servers.fresh(engine);
    try {
      await loadPagila(t);
      const schemaBefore = await schemaDump(t);
      const rowsBefore = await rowDigests(t);
      expect(Object.keys(rowsBefore)).toHaveLength(22);

      // The main job: migrations, the sample, every probe, the conformance scan.
      const prove = await run(t, 'prove', '@db', '--out', temp('prove'));
      expect(prove.code, prove.out).toBe(0);
      expect(prove.out).toMatch(/D9: 7\/7 PASS at \d+ objects; security 6\/6/);

      const text = await run(t, 'conformance', '@db');
      expect(text.code, text.out).toBe(0);
      expect(text.out).not.toMatch(/unexpected:|DRIFT/);
      expect(text.out).toContain(`\n${HOST}\n`);
      expect(text.out).toMatch(/^D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6; drift: none in \d+ objects => PASS$/m);
      const json = JSON.parse((await run(t, 'conformance', '@db', '--json')).out);
      expect(json.host).toEqual({ owner: 'host', objects: 55, summary: HOST });
      expect(json.others).toEqual([]);
      expect(json.drift).toMatchObject({ state: 'compared', drift: [] });

      // prove ran every probe above; on PostgreSQL run them again as `probe` and inside the
      // evidence bundle (on PGlite, whose probe run takes minutes, the bundle's own copy of
      // the conformance card, drift and matrix is what is checked).
      if (engine === 'postgres') {
        const probe = await run(t, 'probe', '@db');
        expect(probe.code, probe.out).toBe(0);
      }
      const evidence = await run(t, 'evidence', '@db', '--out', join(temp('evidence'), 'bundle'), ...(engine === 'pglite' ? ['--no-probes'] : []));
      expect(evidence.code, evidence.out + evidence.err).toBe(0);

      // --all: the security rules read every function, pagila's too. rewards_report is
      // SECURITY DEFINER with no search_path; its plain SQL readers are VOLATILE and PUBLIC.
      const all = JSON.parse((await run(t, 'conformance', '@db', '--all', '--json')).out);
      const rule = (r: { security: Array<{ item: string; missing: string[] }> }, item: string) => r.security.find((s) => s.item === item)!.missing;
      expect(all.verdict).toBe('FAIL');
      expect(rule(all, 'security_definer_search_path')).toEqual(['rewards_report(min_monthly_purchases integer, min_dollar_amount_purchased numeric)']);
      expect(rule(all, 'write_functions_not_public')).toContain('last_updated()');
      expect(rule(json, 'security_definer_search_path')).toEqual([]);
      const allText = await run(t, 'conformance', '@db', '--all');
      expect(allText.code).toBe(1);
      expect(allText.out).toContain('    violation: rewards_report(min_monthly_purchases integer, min_dollar_amount_purchased numeric)');

      // A host edit is the host's business: no drift, no unexpected.
      await t.db.exec(`ALTER TABLE public.actor ADD COLUMN nickname text; CREATE TABLE public.host_added (id int)`);
      const edited = JSON.parse((await run(t, 'conformance', '@db', '--json')).out);
      expect(edited.verdict, JSON.stringify(edited.drift.drift.map((d: { object_name: string }) => d.object_name))).toBe('PASS');
      expect(edited.host.objects).toBe(56);
      await t.db.exec(`ALTER TABLE public.actor DROP COLUMN nickname; DROP TABLE public.host_added`);

      const down = await run(t, 'migrate', 'down', '@db', '--to', '000', '--force');
      expect(down.code, down.out + down.err).toBe(0);
      const left = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname ~ '^(iu_|v_iu_|dot_|event_|information_unit)'`,
      );
      expect(left).toEqual([{ n: 0 }]);
      // pg_dump -s writes dropped columns as nothing: the host's schema is byte-identical.
      expect(await schemaDump(t)).toBe(schemaBefore);
      expect(await rowDigests(t)).toEqual(rowsBefore);
    } finally {
      await t.drop();
    }
  }, 900_000);
});

describe('plain psql inside the pagila host on PostgreSQL 15', () => {
  it('sql/runtime/110 passes, names the host apart, and audits the host with p_all => true', async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    const t = await servers.fresh('postgres');
    try {
      await loadPagila(t);
      const psql = (...a: string[]) => execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, ...a], { reject: false });
      const up = await run(t, 'migrate', 'up', '@db', '--quiet');
      expect(up.code, up.err).toBe(0);
      const scan = await psql('-f', join(ROOT, 'sql/runtime/110_iu_core_dot_conformance_scan.sql'));
      expect(scan.exitCode, scan.stderr).toBe(0);
      expect(scan.stderr).toMatch(/NOTICE: {2}D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6$/m);
      expect(scan.stderr).toContain(`NOTICE:  ${HOST}`);
      expect(scan.stdout).toMatch(/^ host +\| host +\| +\| +55 \|/m);
      expect(scan.stdout).not.toMatch(/\bactor\b/);
      const all = await psql('-tA', '-c', `SELECT item || ':' || array_to_string(missing, ';') FROM iu_core_meta.fn_iu_conformance_report(p_all => true) WHERE section = 'security' AND verdict = 'FAIL' ORDER BY 1`);
      expect(all.stdout.split('\n')).toContain('security_definer_search_path:rewards_report(min_monthly_purchases integer, min_dollar_amount_purchased numeric)');
    } finally {
      await t.drop();
    }
  }, 300_000);
});

describe.each(ENGINES)('IU Core, a DBA project and the pagila host in one database on %s', (engine: EngineName) => {
  it('each project judges its own objects and counts the other apart, never as host or unexpected; --write-ssot --project writes only its own', async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    const t = await servers.fresh(engine);
    try {
      await loadPagila(t);
      const config = join(APP, 'iu-core.config.json');
      const up = await run(t, 'migrate', 'up', '@db', '--config', config);
      expect(up.code, up.out + up.err).toBe(0);

      const report = async (...more: string[]) => {
        const r = await run(t, 'conformance', '@db', '--config', config, '--json', ...more);
        return { code: r.code, json: JSON.parse(r.out) };
      };
      const core = await report();
      expect(core.code, JSON.stringify(core.json.classes)).toBe(0);
      expect(core.json.summary).toMatch(/^7\/7 PASS at \d+ objects; security 6\/6$/);
      expect(core.json.host).toMatchObject({ objects: 55 });
      expect(core.json.others).toEqual([{ owner: 'app', objects: 6, summary: 'other project app: 6 objects, not judged here (table 2, view 1, function 2, trigger 1)' }]);
      expect(core.json.drift).toMatchObject({ state: 'compared', drift: [] });

      const app = await report('--project', 'app');
      expect(app.code, JSON.stringify(app.json)).toBe(0);
      expect(app.json.project).toBe('app');
      // No SSOT in its config: what its migrations recorded is what is expected.
      expect(app.json.classes.map((c: { item: string; expected: number; actual: number }) => [c.item, c.expected, c.actual])).toEqual([
        ['table', 2, 2], ['view', 1, 1], ['function', 2, 2], ['trigger', 1, 1],
      ]);
      expect(app.json.summary).toBe('4/4 PASS at 6 objects; security 3/3');
      expect(app.json.host).toMatchObject({ objects: 55 });
      expect(app.json.others).toMatchObject([{ owner: 'iu-core', objects: core.json.classes.reduce((n: number, c: { actual: number }) => n + c.actual, 0) }]);
      expect(app.json.drift).toMatchObject({ state: 'compared', drift: [] });

      // --write-ssot for a project whose config names no ssot file: refused, nothing written.
      const core110 = join(ROOT, 'sql/runtime/110_iu_core_dot_conformance_scan.sql');
      const digest = () => createHash('sha256').update(readFileSync(core110)).digest('hex');
      const before110 = digest();
      const refused = await run(t, 'conformance', '@db', '--config', config, '--project', 'app', '--write-ssot');
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/project app names no "ssot" file in the config/);

      // With one: only app's objects, as JSON; IU Core's SSOT untouched.
      const dir = temp('ssot');
      const withSsot = join(dir, 'iu-core.config.json');
      writeFileSync(withSsot, JSON.stringify({ projects: [{ name: 'app', migrations: join(APP, 'db/migrations'), pattern: 'NNNN', rollbacks: 'optional', schemas: ['app'], ssot: join(dir, 'ssot.json') }] }));
      const write = await run(t, 'conformance', '@db', '--config', withSsot, '--project', 'app', '--write-ssot');
      expect(write.code, write.err).toBe(0);
      expect(write.out).toMatch(/rewrote the SSOT of project app in .*ssot\.json: 6 added, 0 removed/);
      expect(JSON.parse(readFileSync(join(dir, 'ssot.json'), 'utf8'))).toEqual({
        table: ['app.customer', 'app.orders'],
        view: ['app.order_summary'],
        function: ['app.order_total(quantity bigint, unit_price numeric)', 'app.orders_set_total()'],
        trigger: ['app.orders.orders_set_total'],
      });
      expect(digest()).toBe(before110);

      // A hand-made table in app's schema is app's: unexpected there, not the host's, and IU Core counts it under app.
      await t.db.exec(`CREATE TABLE app.by_hand (id int)`);
      const handApp = await run(t, 'conformance', '@db', '--config', withSsot, '--project', 'app');
      expect(handApp.code).toBe(1);
      expect(handApp.out).toContain('    unexpected: app.by_hand');
      expect(handApp.out).toContain('host: 55 objects, not judged');
      const handCore = await report();
      expect(handCore.code).toBe(0);
      expect(handCore.json.others).toMatchObject([{ owner: 'app', objects: 7 }]);
      expect(handCore.json.host.objects).toBe(55);

      // Plain psql sees app's claims too (migrate registered them in iu_core_meta.project).
      if (t.engine === 'postgres') {
        const scan = await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-d', t.flag, '-f', core110], { reject: false });
        expect(scan.exitCode, scan.stderr).toBe(0);
        expect(scan.stderr).toMatch(/NOTICE: {2}D9 conformance: 7\/7 PASS at \d+ objects; security 6\/6$/m);
        expect(scan.stdout).toMatch(/^ other +\| app +\| +\| +7 \|/m);
      }

      // IU Core's probes, beside both.
      const probe = await run(t, 'probe', '@db');
      expect(probe.code, probe.out).toBe(0);
    } finally {
      await t.drop();
    }
  }, 900_000);
});
