// The product's pgTAP probe suites: every file passes through iu-core probe on both engines
// and, unchanged, under pg_prove on PostgreSQL 15; and the run leaves no trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { psqlConnArgs } from '../scripts/db/local-server.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { probeFiles, runProbes } from '../scripts/probes/run.ts';
import { ENGINES, ROOT, pgSkipReason, serverOfThisFile, type TestDb } from './helpers.ts';

const files = probeFiles([]);

// The roles probe reads cluster-wide roles: a cluster of our own keeps it deterministic.
const own = serverOfThisFile();

describe.each(ENGINES)('the probe suites on %s', (engine) => {
  let t: TestDb;
  const skip = () => (engine === 'postgres' ? pgSkipReason() : '');
  beforeAll(async () => {
    if (skip()) return;
    t = await own.fresh(engine);
    await migrateUp(t.db, listMigrations());
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
  });
  beforeEach((ctx) => {
    if (skip()) ctx.skip(skip());
  });

  it('has probe files for every surface', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it('every probe file passes through iu-core probe, and the run leaves no trace', async () => {
    const run = await runProbes(t.db, files, { statementTimeout: '60s', lockTimeout: '10s' });
    const failing = run.files.filter((f) => !f.passed).map((f) => ({ file: f.file, error: f.error, failed: f.assertions.filter((a) => !a.ok) }));
    expect(failing, JSON.stringify(failing, null, 2)).toEqual([]);
    expect(run.census.differences).toEqual([]);
    expect(run.totals.assertions).toBeGreaterThanOrEqual(240);
    expect(run.passed).toBe(true);
  });

  // pg_prove drives psql, so it runs against the real server only.
  if (engine === 'postgres') it('the same files pass unchanged under pg_prove', async (ctx) => {
    const which = await execa('which', ['pg_prove'], { reject: false });
    if (which.exitCode !== 0) {
      if (process.env.CI) throw new Error('CI needs pg_prove (Debian package libtap-parser-sourcehandler-pgtap-perl)');
      ctx.skip('pg_prove is not installed (npm run setup installs it)');
    }
    const r = await execa('pg_prove', [...psqlConnArgs(t.flag), ...files], { reject: false, cwd: ROOT });
    expect(r.stdout, r.stderr).toContain('All tests successful.');
    expect(r.stdout).toMatch(/Result: PASS/);
    expect(r.exitCode).toBe(0);
  });
});

describe('the 033 rollback guard probe', () => {
  it('embeds the rollback file’s DO block verbatim', () => {
    const rollback = readFileSync(join(ROOT, 'sql/iu-core/rollback/033_auto_instantiate_from_event.rollback.sql'), 'utf8');
    const block = rollback.slice(rollback.indexOf('DO $rollback$')).trimEnd().replace(/;$/, '');
    const probe = readFileSync(join(ROOT, 'tests/probes/rollback_033_guard.sql'), 'utf8');
    const embedded = [...probe.matchAll(/\$guard\$([\s\S]*?)\$guard\$/g)].map((m) => m[1]);
    expect(embedded).toHaveLength(2);
    for (const e of embedded) expect(e).toBe(block);
  });
});
