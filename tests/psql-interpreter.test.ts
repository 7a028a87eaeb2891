// The psql interpreter (scripts/psql/) against real `psql -X -v ON_ERROR_STOP=1 -f`: every
// fixture under tests/fixtures/psql runs under both on fresh databases of the test server and
// must print the same stdout and stop (or not) the same way.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { PsqlRefused, ScriptStopped, parseBool, runPsqlFile } from '../scripts/psql/interpreter.ts';
import { PgliteWatchdogDb } from '../scripts/db/pglite-watchdog.ts';
import { cli, freshPglite, freshPostgres, pgSkipReason, tempDir, type TestDb } from './helpers.ts';

const DIR = resolve(import.meta.dirname, 'fixtures/psql');
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.sql')).sort();

async function ours(t: TestDb, path: string): Promise<{ out: string; code: number }> {
  let out = '';
  // \i names files relative to the working directory, as psql ran them (cwd: the fixtures)
  const cwd = process.cwd();
  process.chdir(DIR);
  const code = await t.db.session(async (s) => {
    try {
      const r = await runPsqlFile(s, path, { engine: t.engine, vars: { ON_ERROR_STOP: '1' }, out: (x) => (out += x), err: () => undefined });
      return r.inTransaction ? (await s.exec('ROLLBACK'), 0) : 0;
    } catch (e) {
      await s.exec('ROLLBACK').catch(() => undefined);
      if (e instanceof ScriptStopped) return 3;
      throw e;
    }
  }).finally(() => process.chdir(cwd));
  return { out, code };
}

describe.skipIf(!!pgSkipReason())('psql interpreter = psql -X -v ON_ERROR_STOP=1 -f', () => {
  for (const f of FIXTURES) {
    it(f, async () => {
      const t = await freshPostgres();
      const other = await freshPostgres();
      try {
        await other.db.close();
        const psql = await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-f', f, other.flag], { cwd: DIR, reject: false, env: { ...process.env, PGTZ: 'UTC' } });
        const mine = await ours(t, join(DIR, f));
        expect(mine.out).toBe(psql.stdout + (psql.stdout ? '\n' : ''));
        expect(mine.code).toBe(psql.exitCode);
      } finally {
        await t.drop();
        await other.drop();
      }
    });
  }
});

describe('psql interpreter on PGlite', () => {
  it('prints the server text on both PGlite engines alike: in process, and in the watchdog worker probe runs on', async () => {
    const t = await freshPglite();
    const file = join(DIR, 'output-fidelity.sql');
    try {
      const plain = await ours(t, file);
      expect(plain.code).toBe(0);
      // two columns of one name keep both values; a date prints as a date, not a timestamp
      expect(plain.out).toContain(' a |  a  | n \n---+-----+---\n 1 | two |  \n');
      expect(plain.out).toContain('\n 2024-02-29 | 2024-02-29 11:45:12.5+00 | 2024-02-29 13:45:12 |');
      expect(plain.out).toContain('-[ RECORD 1 ]\na | 1\na | two\nn | \n');
      await t.db.close();
      const worker = await PgliteWatchdogDb.open(t.flag.slice('pglite:'.length), 120_000);
      t.db = worker;
      expect((await ours(t, file)).out).toBe(plain.out);
    } finally {
      await t.drop();
    }
  });

  it('runs the TAP fixture and prints pgTAP rows as psql -tA does (several columns joined by |)', async () => {
    const t = await freshPglite();
    try {
      const r = await ours(t, join(DIR, 'tap.sql'));
      expect(r.out).toContain('ok 1 - first|note\n');
      expect(r.out).toContain('# Failed test 3: "fails on purpose"');
      expect(r.out).toContain('not ok 4 - a todo # TODO later');
    } finally {
      await t.drop();
    }
  });

  it('loads COPY … FROM stdin inline data (text and csv) as psql does, without hanging', async () => {
    const t = await freshPglite();
    try {
      const r = await ours(t, join(DIR, 'copy.sql'));
      expect(r.code).toBe(0);
      expect(r.out).toContain('COPY 2\nCOPY 3\nCOPY 2\n');
      expect(r.out).toContain('  4 | multi             +|       |              | \n    | line               |');
      expect(r.out).toMatch(/ nulls \n-------\n +4\n/);
    } finally {
      await t.drop();
    }
  });

  it('refuses COPY … TO stdout, binary COPY, \\c and \\! by name with file:line, before anything reaches the server', async () => {
    const t = await freshPglite();
    const dir = tempDir('psql-refuse');
    try {
      const cases: Array<[string, RegExp]> = [
        ['create table c(a int);\ncopy c from stdin (format binary);\n1\n\\.\n', /:2: COPY … FROM stdin refused: FORMAT binary is not supported/],
        ['copy (select 1) to stdout;\n', /:1: COPY … TO stdout refused/],
        ['select 1;\n\\c other\n', /:2: \\c refused: it would open another connection/],
        ['\\! rm -rf /\n', /:1: \\! refused: it runs a shell command/],
        ['\\o /tmp/x\n', /:1: \\o \/tmp\/x refused/],
      ];
      for (const [i, [text, re]] of cases.entries()) {
        const path = join(dir, `r${i}.sql`);
        writeFileSync(path, text);
        const err = await t.db.session((s) => runPsqlFile(s, path, { engine: 'pglite', out: () => undefined, err: () => undefined })).catch((e) => e);
        expect(err).toBeInstanceOf(PsqlRefused);
        expect(err.message).toMatch(re);
      }
      // the COPY was not sent: the table exists (autocommit) and is empty
      const [n] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM c');
      expect(n!.n).toBe(0);
    } finally {
      await t.drop();
    }
  });

  it("parses booleans as psql's ParseVariableBool", () => {
    expect(['t', 'TRUE', 'y', 'on', '1'].map(parseBool)).toEqual([true, true, true, true, true]);
    expect(['f', 'no', 'of', 'off', '0'].map(parseBool)).toEqual([false, false, false, false, false]);
    expect(['o', '', '5', 'maybe'].map(parseBool)).toEqual([null, null, null, null]);
  });
});

describe('iu-core run is psql -X -v ON_ERROR_STOP=1 -f', () => {
  it.skipIf(!!pgSkipReason())('prints what psql prints for the same files (variables, \\if, \\gexec, COPY), -v included', async () => {
    const a = await freshPostgres();
    const b = await freshPostgres();
    try {
      await a.db.close();
      await b.db.close();
      const files = ['variables.sql', 'conditionals.sql', 'copy.sql'];
      const psql = await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-v', 'flag=off', ...files.flatMap((f) => ['-f', f]), b.flag], { cwd: DIR, reject: false, env: { ...process.env, PGTZ: 'UTC' } });
      const cwd = process.cwd();
      process.chdir(DIR);
      const r = await cli('run', '--db', a.flag, '-v', 'flag=off', ...files).finally(() => process.chdir(cwd));
      expect(r.code, r.err).toBe(0);
      expect(r.out).toBe(psql.stdout);
    } finally {
      await a.drop();
      await b.drop();
    }
  });

  it('on PGlite: COPY … FROM stdin loads and the run ends (no TypeError, no hang); an error stops it located; a directory is refused', async () => {
    const t = await freshPglite();
    const dir = tempDir('run-psql');
    try {
      await t.db.close();
      const ok = await cli('run', '--db', t.flag, join(DIR, 'copy.sql'));
      expect(ok.code, ok.err).toBe(0);
      expect(ok.out).toContain('COPY 2');
      expect(ok.out).toContain('(7 rows)');
      const bad = join(dir, 'bad.sql');
      writeFileSync(bad, "\\set v 'x'\nselect :'v' as v;\nselect 1/0;\nselect 'not reached';\n");
      const stop = await cli('run', '--db', t.flag, bad);
      expect(stop.code).toBe(1);
      expect(stop.out).toContain(' v \n---\n x\n(1 row)');
      expect(stop.out).not.toContain('not reached');
      expect(stop.err).toMatch(/bad\.sql:3:\d+: ERROR 22012: division by zero/);
      const d = await cli('run', '--db', t.flag, dir);
      expect(d.code).toBe(2);
      expect(d.err).toMatch(/is a directory/);
    } finally {
      await t.drop();
    }
  });
});
