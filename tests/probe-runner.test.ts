// The probe runner on fixture probes: bounded files, failures that stay in their file,
// every report format from one run, and the leave-no-trace census.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { takeCensus } from '../scripts/census.ts';
import { psqlConnArgs, startLocalServer, type LocalServer } from '../scripts/db/local-server.ts';
import { PostgresDb } from '../scripts/db/postgres.ts';
import { parseTap } from '../scripts/probes/model.ts';
import { censusVerdict, runProbeFile } from '../scripts/probes/run.ts';
import { largestFirst } from '../scripts/probes/parallel.ts';
import type { Session } from '../scripts/db/types.ts';
import { execa } from 'execa';
import { ENGINES, ROOT, cleanEnv, cli, fresh, freshPostgres, pgSkipReason, tempDir, type TestDb } from './helpers.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/probes');
const fx = (...names: string[]) => names.map((n) => join(FIXTURES, `${n}.sql`));

describe('TAP parsing', () => {
  it('folds pgTAP output into assertions with their diagnostics', () => {
    const r = parseTap(['1..3', 'ok 1 - first', 'not ok 2 - second', '# Failed test 2: "second"', '#         have: 1', '#         want: 2', 'ok 3 - third # SKIP no reason', '# Looks like you failed 1 test of 3']);
    expect(r.planned).toBe(3);
    expect(r.assertions.map((a) => [a.n, a.ok, a.description, a.directive])).toEqual([
      [1, true, 'first', null],
      [2, false, 'second', null],
      [3, true, 'third', 'SKIP'],
    ]);
    expect(r.assertions[1]!.diagnostics).toEqual(['        have: 1', '        want: 2']);
    expect(r.diagnostics).toEqual(['Looks like you failed 1 test of 3']);
  });
});

describe.each(ENGINES)('iu-core probe on %s', (engine) => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh(engine);
    await t.db.close();
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('passes a good file and exits 0', async () => {
    const r = await cli('probe', '--db', t.flag, ...fx('passing'));
    expect(r.code, r.err + r.out).toBe(0);
    expect(r.out).toMatch(/tests\/fixtures\/probes\/passing\.sql \.+ ok/);
    expect(r.out).toContain('All tests successful.');
    expect(r.out).toContain('Files=1, Tests=3');
    expect(r.out).toContain('Result: PASS');
  });

  it('keeps a failure, an exception and a timeout inside their own files and writes every format', async () => {
    const out = tempDir('probe-out');
    const r = await cli('probe', '--db', t.flag, '--statement-timeout', '1500ms', '--format', 'tap,junit,json,md', '--out', out, ...fx('failing', 'erroring', 'slow', 'passing'));
    expect(r.code).toBe(1);
    const run = JSON.parse(readFileSync(join(out, 'probes.json'), 'utf8'));
    const byFile = Object.fromEntries(run.files.map((f: { file: string }) => [f.file.split('/').pop(), f]));
    expect(byFile['failing.sql'].passed).toBe(false);
    expect(byFile['failing.sql'].assertions[1]).toMatchObject({ n: 2, ok: false, description: 'this assertion is wrong on purpose' });
    expect(byFile['erroring.sql'].error).toMatchObject({ code: '42P01', line: 5, column: 22 });
    expect(byFile['erroring.sql'].assertions).toHaveLength(1);
    expect(byFile['slow.sql'].error.code).toBe('57014');
    // the file after the timeout still ran, on a working database
    expect(byFile['passing.sql'].passed).toBe(true);
    expect(run.census.clean).toBe(true);
    expect(run.totals).toMatchObject({ files: 4, filesPassed: 1, failed: 1 });

    const junit = readFileSync(join(out, 'probes.junit.xml'), 'utf8');
    expect(junit).toMatch(/<testcase classname="tests\.fixtures\.probes\.passing" name="two rows were inserted" time="\d+\.\d{3}"\/>/);
    expect(junit).toMatch(/<failure type="pgTAP assertion" message="not ok 2 - this assertion is wrong on purpose: have: ABC">\s*have: ABC\s*want: abd<\/failure>/);
    expect(junit).toMatch(/<error type="42P01" message="42P01 relation &quot;no_such_relation&quot; does not exist at tests\/fixtures\/probes\/erroring\.sql:5:22"/);
    expect((junit.match(/<testsuite /g) ?? []).length).toBe(4);

    const tap = readFileSync(join(out, 'probes.tap'), 'utf8');
    expect(tap).toContain('not ok 2 - this assertion is wrong on purpose');
    expect(tap).toContain('Result: FAIL');

    const md = readFileSync(join(out, 'probes.md'), 'utf8');
    expect(md).toContain('# Probe run: FAIL');
    expect(md).toContain('| tests/fixtures/probes/passing.sql | 3 | 3 | 0 |');
    expect(md).toContain('Exception 42P01 at line 5, column 22');
  });

  it('refuses a probe that commits, and catches a probe that leaves something behind', async () => {
    const r = await cli('probe', '--db', t.flag, '--json', '--strict', ...fx('committing', 'leaky'));
    expect(r.code).toBe(1);
    const run = JSON.parse(r.out);
    expect(run.files[0].problem).toMatch(/must never COMMIT \(line 6\)/);
    expect(run.files[1].passed).toBe(true);
    expect(run.census.clean).toBe(false);
    expect(run.census.differences).toContain('+ table public.left_behind');
    expect(run.passed).toBe(false);
  });
});

describe('the --jobs queue', () => {
  it('hands out the largest files first, ties in the order given, so no job is left finishing a long file alone', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = tempDir('probe-queue');
    const files = [['a.sql', 10], ['b.sql', 300], ['c.sql', 10], ['d.sql', 50]].map(([name, size]) => {
      const path = join(dir, name as string);
      writeFileSync(path, '-'.repeat(size as number));
      return path;
    });
    expect(largestFirst([...files, join(dir, 'missing.sql')])).toEqual([1, 3, 0, 2, 4]);
  });
});

describe('iu-core probe --jobs on the real server', () => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh('postgres');
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('runs each file on a backend of its own, as pg_prove does, in one job and in several', async () => {
    for (const jobs of ['1', '2']) {
      if (jobs === '2') await t.db.close();
      const r = await cli('probe', '--db', t.flag, '--jobs', jobs, '--json', ...fx('backend_marker', 'fresh_backend', 'backend_marker', 'fresh_backend'));
      const run = JSON.parse(r.out);
      expect(run.files.map((f: { passed: boolean }) => f.passed), `--jobs ${jobs}`).toEqual([true, true, true, true]);
      expect(r.code).toBe(0);
    }
  });

  it('makes no more jobs than there are files, and no clone for the last job (each costs a CREATE DATABASE, two censuses and a DROP)', async () => {
    await t.db.close();
    const run = JSON.parse((await cli('probe', '--db', t.flag, '--jobs', '4', '--json', ...fx('passing', 'passing'))).out);
    // two files, two jobs: one on a clone, one on the --db database itself
    expect(run.database).toMatch(/\(and 1 clone of it\)$/);
    expect(run.files.map((f: { passed: boolean }) => f.passed)).toEqual([true, true]);
    // one file: no clone at all, it runs on the --db database as --jobs 1 does
    const one = JSON.parse((await cli('probe', '--db', t.flag, '--jobs', '4', '--json', ...fx('passing'))).out);
    expect(one.database).not.toMatch(/clone/);
    expect(one).toMatchObject({ jobs: 1, passed: true });
  });

  it('runs files in parallel on the --db database and clones of it (its setup included), drops the clones after', async () => {
    // The suite's setup lives in the --db database, as pg_prove users have it; pgTAP is not installed there.
    await t.db.exec('CREATE TABLE suite_setup (n int)');
    await t.db.exec('INSERT INTO suite_setup VALUES (7)');
    await t.db.close();
    const dir = tempDir('probe-jobs');
    const { writeFileSync } = await import('node:fs');
    for (const i of [1, 2, 3]) writeFileSync(join(dir, `setup_${i}.sql`), `SELECT plan(1);\nSELECT is((SELECT n FROM suite_setup), 7, 'the setup of the --db database is there');\n`);
    const r = await cli('probe', '--db', t.flag, '-j', '2', '--json', dir, ...fx('passing', 'failing'));
    const run = JSON.parse(r.out);
    expect(run.jobs).toBe(2);
    expect(run.files.map((f: { passed: boolean }) => f.passed), r.err).toEqual([true, true, true, true, false]);
    expect(run.census.clean).toBe(true);
    const a = await t.reopen();
    const left = await a.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'iu\\_probe\\_%'`);
    expect(left).toEqual([]);
    // the runner's pgTAP, created where a job ran, is not left in the --db database
    expect(await a.query(`SELECT 1 FROM pg_extension WHERE extname = 'pgtap'`)).toEqual([]);
  });

  it('--jobs 2: the trace each file leaves is named with the database it is in (the --db database or its clone), and fails the run', async () => {
    const source = (await t.db.query<{ name: string }>('SELECT current_database() AS name'))[0]!.name;
    await t.db.close();
    const dir = tempDir('probe-jobs-traces');
    const { writeFileSync } = await import('node:fs');
    // A second each, so that the job on the --db database, which starts once the clone is
    // made, is likely to take one; which job took which is read from the census's prefixes.
    for (const n of ['one', 'two']) writeFileSync(join(dir, `leaves_${n}.sql`), `CREATE TABLE left_by_${n} (n int);\nSELECT pg_sleep(1);\nSELECT plan(1);\nSELECT ok(true, 'passes itself');\n`);
    const r = await cli('probe', '--db', t.flag, '-j', '2', '--json', dir);
    const run = JSON.parse(r.out);
    expect(run.database).toMatch(/\(and 1 clone of it\)$/);
    expect(run.files.map((f: { passed: boolean }) => f.passed)).toEqual([true, true]);
    const named = run.census.differences.filter((d: string) => /\+ table public\.left_by_/.test(d)).sort();
    expect(named, run.census.differences.join('\n')).toHaveLength(2);
    expect(named.join(' ')).toMatch(/left_by_one/);
    expect(named.join(' ')).toMatch(/left_by_two/);
    for (const d of named) expect(d.startsWith(`${source}: `) || /^iu_probe_job_[0-9a-f]+_1: /.test(d), d).toBe(true);
    expect(run.passed).toBe(false);
    expect(r.code).toBe(1);
    // as under --jobs 1 and pg_prove, what a file left on the --db database stays there, named
    // with that database's name; what one left on the clone went with the clone
    const onSource = named.filter((d: string) => d.startsWith(`${source}: `)).length;
    const a = await t.reopen();
    expect((await a.query<{ n: string }>(`SELECT count(*)::text AS n FROM pg_class WHERE relname LIKE 'left\\_by\\_%'`))[0]!.n).toBe(String(onSource));
  });
});

describe('ON_ERROR_ROLLBACK\'s savepoint rides with its statement on a server', () => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh('postgres');
    await t.db.exec('CREATE EXTENSION pgtap');
  });
  afterEach(async () => {
    await t?.drop();
  });
  const counted = (s: Session) => {
    const sent: string[] = [];
    return { sent, s: { query: (q: string, p?: unknown[]) => (sent.push(q), s.query(q, p)), exec: (q: string, n?: never, o?: never) => (sent.push(q), s.exec(q, n, o)) } as Session };
  };
  const run = async (text: string) => {
    const dir = tempDir('probe-savepoint');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'f.sql'), text);
    return t.db.freshSession!(async (s) => {
      const c = counted(s);
      return { r: await runProbeFile(c.s, join(dir, 'f.sql'), {}, undefined, 'postgres'), sent: c.sent };
    });
  };

  it('one round trip per statement inside the transaction, not three (SAVEPOINT, statement, RELEASE)', async () => {
    const { r, sent } = await run(`BEGIN;\nSELECT plan(5);\n${"SELECT ok(true, 'x');\n".repeat(5)}SELECT * FROM finish();\nROLLBACK;\n`);
    expect(r.passed).toBe(true);
    // BEGIN, its timeouts, plan, 5 assertions, finish, ROLLBACK, the runner's closing ROLLBACK
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(11);
  });

  it('an error is still rolled back to the savepoint (ON_ERROR_STOP off) and located in its own statement (on)', async () => {
    const on = await run(`BEGIN;\nSELECT plan(2);\nSELECT ok(true, 'a');\nSELECT relname,\n  nosuchcol FROM pg_class;\nROLLBACK;\n`);
    expect(on.r.error).toMatchObject({ code: '42703', line: 5, column: 3 });
    const off = await run(`\\set ON_ERROR_STOP 0\nBEGIN;\nSELECT plan(2);\nSELECT ok(true, 'a');\nSELECT 1/0;\nSELECT ok(true, 'b');\nSELECT * FROM finish();\nROLLBACK;\n`);
    expect(off.r).toMatchObject({ passed: true, error: null });
    expect(off.r.assertions.map((a) => a.description)).toEqual(['a', 'b']);
  });
});

describe('iu-core probe refuses bad input', () => {
  it('unknown format, missing --out, bad timeout, missing file: exit 2', async () => {
    expect((await cli('probe', '--format', 'xml')).err).toContain("--format takes tap, junit, json or md (comma-separated); got 'xml'");
    expect((await cli('probe', '--format', 'junit')).err).toContain('--format junit writes files: give --out DIR');
    expect((await cli('probe', '--statement-timeout', 'forever')).err).toContain("--statement-timeout takes a duration such as 500ms, 30s or 2min; got 'forever'");
    // --out is checked before the database is opened (this one is unreachable), for probe and prove
    const file = join(tempDir('probe-out-file'), 'a-file');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'x');
    for (const cmd of ['probe', 'prove']) {
      const bad = await cli(cmd, '--db', 'postgres://nobody@127.0.0.1:1/x', '--out', join(file, 'reports'));
      expect(bad.code, bad.err).toBe(2);
      expect(bad.err).toContain(`${cmd}: --out: ${file} exists and is not a directory`);
    }
    const missing = await cli('probe', 'tests/probes/nope.sql');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('probe file tests/probes/nope.sql does not exist');
  });
});

// A gate table as 001 makes it, enough for the fixtures that open a gate.
const GATE_TABLE = `CREATE TABLE dot_config (key text PRIMARY KEY, value text NOT NULL);
  INSERT INTO dot_config VALUES ('iu_core.composer_enabled', 'false')`;

describe.each(ENGINES)('the leave-no-trace census on %s sees what a probe leaves outside the catalog', (engine) => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh(engine);
    for (const stmt of GATE_TABLE.split(';')) await t.db.exec(stmt);
    await t.db.close();
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('a gate opened, a database setting and a large object after the final ROLLBACK fail the run, each named', async () => {
    const r = await cli('probe', '--db', t.flag, '--json', ...fx('trace_table_contents', 'trace_setting', 'trace_large_object'));
    expect(r.code, r.err).toBe(1);
    const run = JSON.parse(r.out);
    expect(run.files.map((f: { passed: boolean }) => f.passed)).toEqual([true, true, true]);
    expect(run.census.clean).toBe(false);
    expect(run.passed).toBe(false);
    expect(run.census.differences).toContain('~ table contents public.dot_config');
    expect(run.census.differences).toContain('+ setting every role in this database');
    expect(run.census.differences.some((d: string) => /^\+ large object \d+$/.test(d)), run.census.differences.join('\n')).toBe(true);
    // the row count alone did not move: only the contents digest saw the UPDATE
    expect(run.census.differences.filter((d: string) => d.startsWith('#'))).toEqual([]);
  });

  it('refuses a probe that prepares its transaction, before it runs', async () => {
    const r = await cli('probe', '--db', t.flag, '--json', '--strict', ...fx('prepared_transaction', 'passing'));
    expect(r.code).toBe(1);
    const run = JSON.parse(r.out);
    expect(run.files[0].problem).toMatch(/must never PREPARE TRANSACTION \(line 8\)/);
    expect(run.files[1].passed).toBe(true);
    expect(run.census.clean).toBe(true);
  });

  it('refuses a probe whose COMMIT hides behind a bare CR in a comment', async () => {
    const dir = tempDir('probe-cr');
    const path = join(dir, 'cr_commit.sql');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, "BEGIN;\nCREATE EXTENSION IF NOT EXISTS pgtap;\nSELECT plan(1); -- note\r COMMIT; UPDATE dot_config SET value = 'true';\nSELECT ok(true, 'x');\nSELECT * FROM finish();\nROLLBACK;\n");
    const r = await cli('probe', '--db', t.flag, '--json', '--strict', path);
    expect(r.code).toBe(1);
    const run = JSON.parse(r.out);
    expect(run.files[0].problem).toMatch(/must never COMMIT \(line 3\)/);
    expect(run.census.clean).toBe(true);
  });

  it('a probe that disables its own statement_timeout is stopped by the runner within the bound; the run finishes', async () => {
    const started = Date.now();
    const r = await cli('probe', '--db', t.flag, '--json', '--statement-timeout', '3s', ...fx('timeout_disabled', 'passing'));
    const took = Date.now() - started;
    const run = JSON.parse(r.out);
    expect(r.code).toBe(1);
    expect(run.files[0].passed).toBe(false);
    expect(run.files[0].error.code).toMatch(/57014|57P01|08006/);
    expect(run.files[1].passed).toBe(true);
    expect(took).toBeLessThan(30_000);
  });
});

describe('the probe runner on a real server of its own: roles, prepared transactions, lost connections, runaway statements', () => {
  let server: LocalServer | undefined;
  let t: TestDb;
  beforeAll(async () => {
    if (pgSkipReason()) return;
    // roles are cluster-wide, and prepared transactions need max_prepared_transactions
    server = await startLocalServer({ settings: { max_prepared_transactions: '4' } });
  });
  afterAll(async () => {
    await server?.destroy();
  });
  beforeEach(async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    t = await freshPostgres('template0', server!.url);
    for (const stmt of GATE_TABLE.split(';')) await t.db.exec(stmt);
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('a role made superuser and granted a membership after the final ROLLBACK fails the run, named', async () => {
    await t.db.exec('DROP ROLE IF EXISTS fx_victim');
    await t.db.exec('CREATE ROLE fx_victim NOLOGIN');
    try {
      const r = await cli('probe', '--db', t.flag, '--json', ...fx('trace_role'));
      expect(r.code).toBe(1);
      const run = JSON.parse(r.out);
      expect(run.census.differences).toContain('~ role attributes fx_victim');
      expect(run.census.differences).toContain('+ role membership fx_victim in pg_read_server_files');
    } finally {
      await t.db.exec('DROP ROLE fx_victim');
    }
  });

  it('a prepared transaction left behind is named and rolled back by the runner', async () => {
    const before = await takeCensus(t.db, { traces: true });
    const side = await PostgresDb.connect(t.flag, { max: 1 });
    try {
      await side.session(async (s) => {
        await s.exec('BEGIN');
        await s.exec(`UPDATE dot_config SET value = 'true'`);
        await s.exec(`PREPARE TRANSACTION 'fx_side'`);
      });
    } finally {
      await side.close();
    }
    const lines = await censusVerdict(t.db, before);
    expect(lines).toContain('+ prepared transaction fx_side');
    expect(lines).toContain('prepared transaction "fx_side" left by the run: rolled back by the runner');
    expect(await t.db.query(`SELECT gid FROM pg_prepared_xacts`)).toEqual([]);
    expect(await t.db.query(`SELECT value FROM dot_config`)).toEqual([{ value: 'false' }]);
  });

  it.each(['1', '2'])('a probe that ends its own backend fails alone; the run goes on, reports are written, nothing is left (--jobs %s)', async (jobs) => {
    const out = tempDir('probe-lost');
    // --jobs copies the --db database, which PostgreSQL allows only with no one connected to it
    if (jobs === '2') await t.db.close();
    const r = await cli('probe', '--db', t.flag, '--jobs', jobs, '--json', '--format', 'json,md', '--out', out, ...fx('passing', 'terminate_self', 'passing'));
    expect(r.code, r.err).toBe(1);
    const run = JSON.parse(readFileSync(join(out, 'probes.json'), 'utf8'));
    expect(run.files.map((f: { passed: boolean }) => f.passed)).toEqual([true, false, true]);
    expect(run.files[1].error.code).toMatch(/57P01|08006/);
    expect(run.files[1].assertions).toHaveLength(1);
    expect(existsSync(join(out, 'probes.md'))).toBe(true);
    const admin = await PostgresDb.connect(server!.url, { max: 1 });
    try {
      expect(await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'iu\\_probe\\_%'`)).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it('Ctrl-C in a --jobs 2 run drops every clone before the process exits', async () => {
    const admin = await PostgresDb.connect(server!.url, { max: 1 });
    const clones = () => admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'iu\\_probe\\_%'`);
    try {
      await t.db.close();
      const child = execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), 'probe', '--db', t.flag, '--jobs', '2', '--statement-timeout', '60s', ...fx('slow', 'slow', 'slow', 'slow')], { cwd: ROOT, env: cleanEnv(), extendEnv: false, reject: false });
      // wait until the clone exists (the second job runs on the --db database) and files are running
      const deadline = Date.now() + 60_000;
      while ((await clones()).length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect((await clones()).length).toBe(1);
      await new Promise((r) => setTimeout(r, 1500));
      child.kill('SIGINT');
      const r = await child;
      expect(r.exitCode).toBe(130);
      expect(await clones()).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it('Ctrl-C while a clone is being made: that copy is waited for and dropped, and no other is started', async () => {
    const admin = await PostgresDb.connect(server!.url, { max: 1 });
    const clones = () => admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'iu\\_probe\\_%'`);
    const copying = () => admin.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE 'CREATE DATABASE iu_probe_job_%' AND state = 'active'`);
    try {
      await t.db.close();
      const child = execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), 'probe', '--db', t.flag, '--jobs', '2', ...fx('passing', 'passing', 'passing')], { cwd: ROOT, env: cleanEnv(), extendEnv: false, reject: false });
      const deadline = Date.now() + 60_000;
      while ((await copying()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      child.kill('SIGINT');
      const r = await child;
      expect(r.exitCode, r.stderr).toBe(130);
      // a CREATE DATABASE the client gave up on would still commit on the server: give it the time
      await new Promise((r) => setTimeout(r, 1500));
      expect(await clones()).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it('SIGTERM while a probe swallows every cancel ends its backend too', async () => {
    const looping = () => t.db.query(`SELECT pid FROM pg_stat_activity WHERE query LIKE '%PERFORM pg_sleep(600)%' AND pid <> pg_backend_pid()`);
    const child = execa(process.execPath, [join(ROOT, 'bin/iu-core.js'), 'probe', '--db', t.flag, '--statement-timeout', '5min', ...fx('timeout_stubborn')], { cwd: ROOT, env: cleanEnv(), extendEnv: false, reject: false });
    const deadline = Date.now() + 60_000;
    while ((await looping()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await looping()).toHaveLength(1);
    child.kill('SIGTERM');
    const r = await child;
    expect(r.exitCode).toBe(143);
    const gone = Date.now() + 10_000;
    while ((await looping()).length && Date.now() < gone) await new Promise((r) => setTimeout(r, 200));
    expect(await looping()).toEqual([]);
  });

  it('a probe that disables its timeout, or swallows every cancel, is cancelled then terminated by the runner; no backend is left running', async () => {
    const started = Date.now();
    const r = await cli('probe', '--db', t.flag, '--json', '--statement-timeout', '1s', ...fx('timeout_disabled', 'timeout_stubborn', 'passing'));
    const took = Date.now() - started;
    expect(r.code).toBe(1);
    const run = JSON.parse(r.out);
    expect(run.files[0].error).toMatchObject({ code: '57014', line: 6 });
    expect(run.files[0].error.message).toMatch(/^timed out: the statement ran past the runner's bound of 1s; the runner cancelled it \(57014/);
    expect(run.files[1].error.code).toBe('57014');
    expect(run.files[1].error.message).toMatch(/cancelled it, then terminated its backend/);
    expect(run.files[2].passed).toBe(true);
    // bound 1 s + margin 1 s, + grace 2 s for the stubborn one: well under the 600 s they asked for
    expect(took).toBeLessThan(20_000);
    const running = await t.db.query(`SELECT pid FROM pg_stat_activity WHERE query LIKE '%pg_sleep(600)%' AND pid <> pg_backend_pid()`);
    expect(running).toEqual([]);
  });
});

const SUITE = join(FIXTURES, 'suite');

/** TAP::Parser's verdict on a TAP text: parse errors, and the counts it read. */
async function tapParser(text: string): Promise<{ errors: string[]; tests: number; failed: number; todo: number; plan: string }> {
  const script = `use TAP::Parser; local $/; my $t = <STDIN>; my $p = TAP::Parser->new({ tap => $t }); while (my $r = $p->next) {}
    print join("\\n", "plan=" . $p->plan, "tests=" . $p->tests_run, "failed=" . scalar($p->failed), "todo=" . scalar($p->todo), map { "error=$_" } $p->parse_errors), "\\n";`;
  const r = await execa('perl', ['-e', script], { input: text });
  const get = (k: string) => r.stdout.split('\n').filter((l) => l.startsWith(`${k}=`)).map((l) => l.slice(k.length + 1));
  return { errors: get('error'), tests: Number(get('tests')[0]), failed: Number(get('failed')[0]), todo: Number(get('todo')[0]), plan: get('plan')[0] ?? '' };
}

describe.each(ENGINES)('iu-core probe as a drop-in for pg_prove on %s', (engine) => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh(engine);
    await t.db.close();
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('takes directories (-r, --ext), psql meta-commands, statements before BEGIN, files without a transaction or CREATE EXTENSION, rows of two columns', async () => {
    const flat = JSON.parse((await cli('probe', '--db', t.flag, '--json', SUITE)).out);
    expect(flat.files.map((f: { file: string }) => f.file.split('/').pop())).toEqual(['01_preamble.sql', '02_no_transaction.sql']);
    const out = tempDir('probe-suite');
    const r = await cli('probe', '--db', t.flag, '-r', '--ext', '.sql', '--ext', '.pg', '--format', 'tap,junit,json', '--out', out, SUITE);
    expect(r.code, r.out + r.err).toBe(0);
    const run = JSON.parse(readFileSync(join(out, 'probes.json'), 'utf8'));
    expect(run.files.map((f: { file: string }) => f.file.split('/').slice(-2).join('/'))).toEqual(['suite/01_preamble.sql', 'suite/02_no_transaction.sql', 'suite/04_other_ext.pg', 'sub/03_nested.sql']);
    // pg_prove on the same suite: Files=4, Tests=8, PASS (the row 'ok 2 - …|note' counted)
    expect(run.totals).toMatchObject({ files: 4, filesPassed: 4, assertions: 8, failed: 0, todo: 1 });
    expect(run.files[0].assertions[1].description).toBe('a row of two columns|note');
    expect(run.census.clean).toBe(true);

    // The written TAP is one stream TAP::Parser reads without a parse error: a subtest per file, the census last.
    const tap = readFileSync(join(out, 'probes.tap'), 'utf8');
    const parsed = await tapParser(tap);
    expect(parsed.errors).toEqual([]);
    expect(parsed).toMatchObject({ tests: 5, failed: 0, plan: '1..5' });
    expect(tap).toContain('    not ok 2 - a TODO that fails # TODO not done yet\n    # Failed (TODO) test 2: "a TODO that fails"\n');
    const prove = await execa('prove', ['--exec', 'cat', join(out, 'probes.tap')], { reject: false });
    expect(prove.exitCode, prove.stdout + prove.stderr).toBe(0);

    // JUnit: names are the descriptions, times per testcase, class names relative, the failing TODO noted, not failed.
    const junit = readFileSync(join(out, 'probes.junit.xml'), 'utf8');
    expect(junit).toMatch(/<testcase classname="tests\.fixtures\.probes\.suite\.sub\.03_nested" name="a TODO that fails" time="\d+\.\d{3}"><system-out>TODO not done yet: failing as expected \(test 2\)/);
    expect(junit).not.toContain(ROOT);
    expect(junit).toMatch(/failures="0" errors="0"/);
  });

  it('a file without a transaction that leaves a table passes itself, and the census fails the run naming it', async () => {
    const r = await cli('probe', '--db', t.flag, '--json', join(FIXTURES, 'leaves_table_no_transaction.sql'));
    expect(r.code).toBe(1);
    const run = JSON.parse(r.out);
    expect(run.files[0].passed).toBe(true);
    expect(run.census.differences).toContain('+ table public.left_by_a_file');
    expect(run.passed).toBe(false);
  });

  it('a suite that brings its own pgTAP (CREATE EXTENSION pgtap, or pgTAP\'s functions loaded by \\i) runs on it, as under pg_prove', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const dir = tempDir('probe-own-pgtap');
    // pgjwt's and metagration's form: the extension created by the file, before its BEGIN.
    writeFileSync(join(dir, 'creates.sql'), "CREATE EXTENSION pgtap;\nBEGIN;\nSELECT plan(1);\nSELECT ok(true, 'runs on the pgTAP it created');\nSELECT * FROM finish();\nROLLBACK;\nDROP EXTENSION pgtap;\n");
    // pg-semver's form: a copy of pgTAP's functions loaded inside the transaction by \i.
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib/mini-tap.psql'), "CREATE FUNCTION plan(integer) RETURNS text LANGUAGE sql AS $$ SELECT '1..' || $1 $$;\nCREATE FUNCTION ok(boolean, text) RETURNS text LANGUAGE sql AS $$ SELECT CASE WHEN $1 THEN 'ok 1 - ' ELSE 'not ok 1 - ' END || $2 $$;\n");
    writeFileSync(join(dir, 'loads.sql'), "BEGIN;\n\\ir lib/mini-tap.psql\nSELECT plan(1);\nSELECT ok(true, 'runs on the pgTAP it loaded');\nROLLBACK;\n");
    for (const f of ['creates.sql', 'loads.sql']) {
      const r = JSON.parse((await cli('probe', '--db', t.flag, '--json', join(dir, f))).out);
      expect(r.files[0], f).toMatchObject({ passed: true, error: null, problem: null });
      expect(r.passed, f).toBe(true);
    }
  });

  it('--strict holds any file to BEGIN first; a meta-command it cannot honour is refused by name, never sent', async () => {
    const strict = JSON.parse((await cli('probe', '--db', t.flag, '--json', '--strict', join(SUITE, '02_no_transaction.sql'))).out);
    expect(strict.files[0].problem).toMatch(/must start with BEGIN/);
    const dir = tempDir('probe-refuse');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'shell.sql'), "SELECT plan(1);\n\\! touch /tmp/iu-core-must-not-exist\nSELECT pass('x');\n");
    const r = JSON.parse((await cli('probe', '--db', t.flag, '--json', dir)).out);
    expect(r.files[0].problem).toMatch(/shell\.sql:2: \\! refused: it runs a shell command/);
    expect(existsSync('/tmp/iu-core-must-not-exist')).toBe(false);
  });
});

describe('iu-core probe and pg_prove agree', () => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh('postgres');
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('on the suite: same files, same assertion count, same verdict', async () => {
    const other = await freshPostgres();
    try {
      await other.db.exec('CREATE EXTENSION pgtap');
      const pg = await execa('pg_prove', [...psqlConnArgs(other.flag), '-r', '--ext', '.sql', '--ext', '.pg', '.'], { cwd: SUITE, reject: false });
      const m = /Files=(\d+), Tests=(\d+)/.exec(pg.stdout)!;
      await t.db.close();
      const ours = JSON.parse((await cli('probe', '--db', t.flag, '--json', '-r', '--ext', '.sql', '--ext', '.pg', SUITE)).out);
      expect([ours.totals.files, ours.totals.assertions]).toEqual([Number(m[1]), Number(m[2])]);
      expect(ours.passed).toBe(pg.exitCode === 0);
    } finally {
      await other.drop();
    }
  });

  it('--runtests runs pgTAP\'s xUnit test functions, by --schema and --match', async () => {
    await t.db.exec('CREATE SCHEMA xunit');
    await t.db.exec(`CREATE FUNCTION xunit.test_one() RETURNS SETOF text LANGUAGE plpgsql AS $$ BEGIN RETURN NEXT ok(true, 'one'); END $$`);
    await t.db.exec(`CREATE FUNCTION xunit.test_two() RETURNS SETOF text LANGUAGE plpgsql AS $$ BEGIN RETURN NEXT is(2, 2, 'two'); END $$`);
    await t.db.close();
    const all = JSON.parse((await cli('probe', '--db', t.flag, '--json', '--runtests', '--schema', 'xunit')).out);
    // pg_prove counts runtests()'s top-level lines: one per test function
    expect(all.files[0].assertions.map((a: { description: string }) => a.description), JSON.stringify(all.files[0])).toEqual(['xunit.test_one', 'xunit.test_two']);
    expect(all.passed).toBe(true);
    const one = JSON.parse((await cli('probe', '--db', t.flag, '--json', '--runtests', '--schema', 'xunit', '--match', '^test_one')).out);
    expect(one.files[0].assertions.map((a: { description: string }) => a.description)).toEqual(['xunit.test_one']);
  });
});
