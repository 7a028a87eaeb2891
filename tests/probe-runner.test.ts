// The probe runner on fixture probes: bounded files, failures that stay in their file,
// every report format from one run, and the leave-no-trace census.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTap } from '../scripts/probes/model.ts';
import { ENGINES, ROOT, cli, fresh, pgSkipReason, tempDir, type TestDb } from './helpers.ts';

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
    expect(junit).toContain('<testcase classname="tests.fixtures.probes.passing" name="1 - two rows were inserted"/>');
    expect(junit).toMatch(/<failure message="2 - this assertion is wrong on purpose">\s*have: ABC\s*want: abd<\/failure>/);
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
    const r = await cli('probe', '--db', t.flag, '--json', ...fx('committing', 'leaky'));
    expect(r.code).toBe(1);
    const run = JSON.parse(r.out);
    expect(run.files[0].problem).toMatch(/must never COMMIT \(line 6\)/);
    expect(run.files[1].passed).toBe(true);
    expect(run.census.clean).toBe(false);
    expect(run.census.differences).toContain('+ table public.left_behind');
    expect(run.passed).toBe(false);
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
      const r = await cli('probe', '--db', t.flag, '--jobs', jobs, '--json', '--dir', join(ROOT, 'tests/fixtures/migrations/basic'), ...fx('backend_marker', 'fresh_backend', 'backend_marker', 'fresh_backend'));
      const run = JSON.parse(r.out);
      expect(run.files.map((f: { passed: boolean }) => f.passed), `--jobs ${jobs}`).toEqual([true, true, true, true]);
      expect(r.code).toBe(0);
    }
  });

  it('runs files in parallel on clones of a migrated template and drops the clones after', async () => {
    const r = await cli('probe', '--db', t.flag, '--jobs', '2', '--json', '--dir', join(ROOT, 'tests/fixtures/migrations/basic'), ...fx('passing', 'failing', 'passing'));
    const run = JSON.parse(r.out);
    expect(run.jobs).toBe(2);
    expect(run.files.map((f: { passed: boolean }) => f.passed)).toEqual([true, false, true]);
    expect(run.census.clean).toBe(true);
    const left = await t.db.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'iu\\_probe\\_%'`);
    expect(left).toEqual([]);
  });
});

describe('iu-core probe refuses bad input', () => {
  it('unknown format, missing --out, bad timeout, missing file: exit 2', async () => {
    expect((await cli('probe', '--format', 'xml')).err).toContain("--format takes tap, junit, json or md (comma-separated); got 'xml'");
    expect((await cli('probe', '--format', 'junit')).err).toContain('--format junit writes files: give --out DIR');
    expect((await cli('probe', '--statement-timeout', 'forever')).err).toContain("--statement-timeout takes a duration such as 500ms, 30s or 2min; got 'forever'");
    const missing = await cli('probe', 'tests/probes/nope.sql');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('probe file tests/probes/nope.sql does not exist');
  });
});
