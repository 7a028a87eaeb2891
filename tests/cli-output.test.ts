// The CLI's output as a DBA reads it, through bin/iu-core.js as a child process: `run` prints
// what psql prints, byte for byte (the server's own text; two columns of one name; \a, \t, \x),
// on PostgreSQL 15 and on PGlite; --quiet is psql -q / pg_prove -Q in every command (results,
// warnings, errors and the verdict stay); run --json carries every statement's rows; evidence
// names its database and passes on libpq's warnings like every other command.
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cleanEnv, freshPostgres, pgSkipReason, spawnCli, tempDir, type CliResult, type TestDb } from './helpers.ts';

const FIDELITY = join(ROOT, 'tests/fixtures/psql/output-fidelity.sql');
const CLIENT_FILES = join(ROOT, 'tests/fixtures/psql/client-files.sql');

/** bin/iu-core.js on the sources (the bundle's own start is e2e-cli's), nothing from this machine's PG*. */
const iu = (args: string[], env: Record<string, string> = {}): Promise<CliResult> => spawnCli(args, { env: cleanEnv({ IU_CORE_RUN: 'src', ...env }), timeout: 300_000 });

async function psql(db: string, file: string, ...flags: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', ...flags, '-f', file, db], { env: cleanEnv(), extendEnv: false, reject: false });
  return { code: r.exitCode ?? -1, out: r.stdout, err: r.stderr };
}

function sqlFile(text: string): string {
  const path = join(tempDir('cli-output'), 'script.sql');
  writeFileSync(path, text);
  return path;
}

describe.skipIf(!!pgSkipReason())('iu-core run prints what psql prints, on PostgreSQL 15', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshPostgres();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('byte for byte: the server text of every type, same-name columns, NULLs, aligned, unaligned, \\t, \\x', async () => {
    const expected = await psql(t.flag, FIDELITY);
    expect(expected.code, expected.err).toBe(0);
    const mine = await iu(['run', '--db', t.flag, FIDELITY]);
    expect(mine.code, mine.err).toBe(0);
    expect(mine.out).toBe(expected.out);
    // what the old driver-parsed rows got wrong, named so that a failure says which
    expect(mine.out).toContain(' a |  a  | n \n---+-----+---\n 1 | two |  \n');
    expect(mine.out).toContain('2024-02-29 | 2024-02-29 11:45:12.5+00');
    expect(mine.out).toContain('1 year 2 mons 3 days 04:05:06.7');
  });

  it('and PGlite prints the same text for the same script (its settings agree: UTC, ISO dates, postgres intervals)', async () => {
    const expected = await psql(t.flag, FIDELITY);
    const mine = await iu(['run', '--db', `pglite:${join(tempDir('cli-output-pglite'), 'data')}`, FIDELITY]);
    expect(mine.code, mine.err).toBe(0);
    expect(mine.out).toBe(expected.out);
  });

  it('\\copy and \\o write the client files psql writes, byte for byte, and print what psql prints; a missing file stops the run located', async () => {
    // each in a folder of its own: the files are named relative to the working directory
    const [here, there] = [tempDir('cli-output-copy-psql'), tempDir('cli-output-copy-iu')];
    for (const d of [here, there]) copyFileSync(CLIENT_FILES, join(d, 'client-files.sql'));
    const other = await freshPostgres();
    try {
      await other.db.close();
      const expected = await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-f', 'client-files.sql', other.flag], { cwd: here, env: cleanEnv(), extendEnv: false, reject: false });
      expect(expected.exitCode, expected.stderr).toBe(3);
      const mine = await spawnCli(['run', '--db', t.flag, 'client-files.sql'], { cwd: there, env: cleanEnv({ IU_CORE_RUN: 'src' }), timeout: 300_000 });
      expect(mine.code).toBe(1);
      expect(mine.out).toBe(expected.stdout);
      for (const f of ['_cf.txt', '_cf.csv', '_cf.bin', '_cf_query.csv', '_cf_out.sql']) expect(readFileSync(join(there, f)), f).toEqual(readFileSync(join(here, f)));
      expect(expected.stderr).toBe('psql:client-files.sql:31: error: _cf_missing.txt: No such file or directory');
      expect(mine.err).toContain('client-files.sql:31: _cf_missing.txt: No such file or directory');
    } finally {
      await other.drop();
    }
  });

  it('--quiet is psql -q: rows and \\echo stay, command tags and \\pset chatter go', async () => {
    const file = sqlFile("create table q(a int);\ninsert into q values (1), (2);\n\\pset format unaligned\nselect a, a from q order by a;\n\\echo done\ndrop table q;\n");
    const expected = await psql(t.flag, file, '-q');
    const mine = await iu(['run', '--quiet', '--db', t.flag, file]);
    expect(mine.code, mine.err).toBe(0);
    expect(mine.out).toBe(expected.out);
    expect(mine.out).toBe('a|a\n1|1\n2|2\n(2 rows)\ndone');
    expect(mine.err).not.toContain('database:');
  });

  it('--quiet keeps WARNINGs and errors and drops NOTICEs; without it both are shown', async () => {
    const file = sqlFile("do $$ begin raise notice 'a notice'; raise warning 'a warning'; end $$;\nselect 1 as one;\n");
    const quiet = await iu(['run', '--quiet', '--db', t.flag, file]);
    expect(quiet.code, quiet.err).toBe(0);
    expect(quiet.err).toContain('WARNING:  a warning');
    expect(quiet.err).not.toContain('a notice');
    expect(quiet.out).toBe(' one \n-----\n   1\n(1 row)\n');
    const loud = await iu(['run', '--db', t.flag, file]);
    expect(loud.err).toContain('NOTICE:  a notice');
    expect(loud.err).toContain('WARNING:  a warning');
    expect(loud.err).toContain('iu-core: database: ');
  });

  it('--json: per statement its tag, row count, columns and rows as text; on failure the same, and the error', async () => {
    const file = sqlFile("create table j(a int, b date);\ninsert into j values (1, '2024-01-02'), (2, null);\nselect a, b, a from j order by a;\nselect 1/0;\nselect 'never';\n");
    const r = await iu(['run', '--json', '--db', t.flag, file]);
    expect(r.code).toBe(1);
    const o = JSON.parse(r.out) as { format: string; version: number; ok: boolean; statements: unknown[]; error: Record<string, unknown> };
    expect(o).toMatchObject({ format: 'iu-core/run', version: 1, ok: false, exitCode: 1 });
    expect(o.statements).toEqual([
      { file: expect.stringMatching(/script\.sql$/), line: 1, command: 'CREATE TABLE', tag: 'CREATE TABLE', rowCount: null, columns: [], rows: [] },
      { file: expect.stringMatching(/script\.sql$/), line: 2, command: 'INSERT', tag: 'INSERT 0 2', rowCount: 2, columns: [], rows: [] },
      { file: expect.stringMatching(/script\.sql$/), line: 3, command: 'SELECT', tag: 'SELECT 2', rowCount: 2, columns: ['a', 'b', 'a'], rows: [['1', '2024-01-02', '1'], ['2', null, '2']] },
    ]);
    expect(o.error).toMatchObject({ code: '22012', message: 'division by zero', line: 4 });
    // stdout is the one object; the error is also said on stderr, as without --json
    expect(r.err).toContain('ERROR 22012: division by zero');
  });

  it('evidence opens its database as the others do: the "database:" line and libpq\'s warnings (.pgpass others may read)', async () => {
    const dir = tempDir('cli-output-evidence');
    const passfile = join(dir, 'pgpass');
    writeFileSync(passfile, 'nohost:5432:x:y:z\n');
    chmodSync(passfile, 0o644);
    const r = await iu(['evidence', '--db', t.flag, '--out', join(dir, 'bundle'), '--no-probes'], { PGPASSFILE: passfile });
    expect(r.err).toContain(`WARNING: password file "${passfile}" has group or world access`);
    expect(r.err).toMatch(/^iu-core: database: postgres:\/\//m);
    // said once, though evidence opens the database again after the dump
    expect(r.err.match(/iu-core: database:/g)).toHaveLength(1);
    expect(r.out).toMatch(/^verdict: (PASS|FAIL); bundle in /m);
  });
});

describe('--quiet in the harness commands: what failed, warnings and the verdict line only (pg_prove -Q)', () => {
  it('prove --quiet prints the verdict line alone: no header, no migration steps, no tables, no "database:" line', async () => {
    const out = join(tempDir('cli-output-prove'), 'reports');
    const r = await iu(['prove', '--quiet', '--db', 'pglite:memory', '--out', out]);
    expect(r.code, `${r.out}\n${r.err}`).toBe(0);
    expect(r.out).toBe(`verdict: PASS; full reports in ${out}`);
    expect(r.err).toBe('');
  }, 300_000);

  it('probe --quiet keeps the summary and drops the per-file lines; -v adds each file\'s TAP stream', async () => {
    const file = sqlFile("BEGIN;\nSELECT plan(1);\nSELECT ok(true, 'it holds');\nSELECT * FROM finish();\nROLLBACK;\n");
    const quiet = await iu(['probe', '--quiet', '--db', 'pglite:memory', file]);
    expect(quiet.code, `${quiet.out}\n${quiet.err}`).toBe(0);
    expect(quiet.out).not.toMatch(/script\.sql \.+ ok/);
    expect(quiet.out).toMatch(/^All tests successful\.$/m);
    expect(quiet.out).toMatch(/^Result: PASS$/m);
    const verbose = await iu(['probe', '-v', '--db', 'pglite:memory', file]);
    expect(verbose.out).toMatch(/^ok 1 - it holds$/m);
    expect(verbose.out).toMatch(/script\.sql \.+ ok/);
  }, 300_000);
  it('scaleout --quiet drops its header lines and keeps its end line; without it the header is there', async () => {
    const dir = `pglite:${join(tempDir('cli-output-scaleout'), 'data')}`;
    const prove = await iu(['prove', '--quiet', '--db', dir, '--out', join(tempDir('cli-output-scaleout-reports'), 'r')]);
    expect(prove.code, `${prove.out}\n${prove.err}`).toBe(0);
    const args = ['scaleout', '--n', '2', '--template', 'tpl:wf:onboarding/v2', '--db', dir];
    const quiet = await iu([...args, '--actor', 'quiet-1', '--quiet']);
    expect(quiet.code, `${quiet.out}\n${quiet.err}`).toBe(0);
    expect(quiet.out).not.toContain('iu-core scaleout on');
    expect(quiet.out).not.toContain('expected: collections');
    expect(quiet.out).toMatch(/rolled back|committed/);
    const loud = await iu([...args, '--actor', 'loud-1']);
    expect(loud.out).toContain('iu-core scaleout on');
  }, 300_000);
});
