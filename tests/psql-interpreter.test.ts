// The psql interpreter (scripts/psql/) against real `psql -X -v ON_ERROR_STOP=1 -f`: every
// fixture under tests/fixtures/psql runs under both on fresh databases of the test server and
// must print the same stdout and stop (or not) the same way.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { PsqlRefused, ScriptStopped, parseBool, runPsqlFile } from '../scripts/psql/interpreter.ts';
import { PgliteWatchdogDb } from '../scripts/db/pglite-watchdog.ts';
import { cli, freshPglite, freshPostgres, pgSkipReason, tempDir, type TestDb } from './helpers.ts';

const DIR = resolve(import.meta.dirname, 'fixtures/psql');
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.sql') && !f.startsWith('_')).sort();

/** What client-files.sql writes into the fixtures folder (\copy … to, \o), under psql and here. */
const clientFiles = () => {
  for (const f of readdirSync(DIR)) if (f.startsWith('_cf')) rmSync(join(DIR, f), { force: true });
};

async function ours(t: TestDb, path: string): Promise<{ out: string; code: number; err: string }> {
  let out = '';
  let err = '';
  // \i names files relative to the working directory, as psql ran them (cwd: the fixtures)
  const cwd = process.cwd();
  process.chdir(DIR);
  const code = await t.db.session(async (s) => {
    try {
      const r = await runPsqlFile(s, path, { engine: t.engine, vars: { ON_ERROR_STOP: '1' }, out: (x) => (out += x), err: (x) => (err += x) });
      return r.inTransaction ? (await s.exec('ROLLBACK'), 0) : 0;
    } catch (e) {
      await s.exec('ROLLBACK').catch(() => undefined);
      if (e instanceof ScriptStopped) return 3;
      throw e;
    }
  }).finally(() => process.chdir(cwd));
  return { out, code, err };
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
        clientFiles();
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

  it('prints the command tag the server sent (CREATE TABLE for CREATE TEMP TABLE, ROLLBACK for a failed COMMIT), in process and in the watchdog worker', async () => {
    const t = await freshPglite();
    // psql 15's stdout for tags.sql (the fixture loop holds the file to psql itself)
    const psql15 = 'CREATE TABLE\nCREATE SEQUENCE\nCREATE TABLE\nCREATE INDEX\nCREATE INDEX\nCREATE FUNCTION\nCREATE PROCEDURE\nCALL\nCREATE VIEW\nSELECT 1\nCREATE MATERIALIZED VIEW\nSELECT 1\nCREATE TABLE AS\nSELECT 1\nREFRESH MATERIALIZED VIEW\nALTER TABLE\nALTER MATERIALIZED VIEW\nCREATE DOMAIN\nCREATE TYPE\nCOMMENT\nGRANT\nREVOKE\nTRUNCATE TABLE\nANALYZE\nDO\nPREPARE\nDEALLOCATE\nSTART TRANSACTION\nSET\nDECLARE CURSOR\nCLOSE CURSOR\nSAVEPOINT\nRELEASE\nCOMMIT\nDISCARD ALL\nDROP VIEW\nDROP MATERIALIZED VIEW\nDROP FUNCTION\nDROP TABLE\nBEGIN\nROLLBACK\nROLLBACK\n';
    try {
      expect((await ours(t, join(DIR, 'tags.sql'))).out).toBe(psql15);
      await t.db.close();
      t.db = await PgliteWatchdogDb.open(t.flag.slice('pglite:'.length), 120_000);
      await t.db.exec('DROP TABLE ut, ct, ct2, ct3; DROP MATERIALIZED VIEW mv2; DROP PROCEDURE pr; DROP DOMAIN d; DROP TYPE ty');
      expect((await ours(t, join(DIR, 'tags.sql'))).out).toBe(psql15);
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

  it('COPY … FROM stdin is a real COPY (rules ignored, triggers, FORCE_NULL, binary to the end of the file), COPY … TO stdout prints its data, errors print CONTEXT as psql 15', async () => {
    const t = await freshPglite();
    try {
      const r = await ours(t, join(DIR, 'copy.sql'));
      clientFiles();
      expect(r.code).toBe(0);
      expect(r.out).toContain('COPY 2\nCOPY 3\nCOPY 2\n');
      expect(r.out).toContain('  4 | multi             +|       |              | \n    | line               |');
      expect(r.out).toMatch(/ nulls \n-------\n +4\n/);
      // what psql 15 prints for the rest of copy.sql (the fixture loop holds the whole text to psql's)
      expect(r.out).toContain('COPY 2\nCOPY 1\nCOPY 2\nCOPY 0\n id | note \n----+------\n  1 | ABC\n  2 | \n  3 | DFLT\n  4 | \n  5 | E\n(5 rows)\n');
      expect(r.out).toContain(' via_rule \n----------\n        0\n');
      expect(r.out).toContain('(1 row)\n\n1\tABC\n2\t\\N\n3\tDFLT\n4\t\\N\n5\tE\nid,note\n"1","ABC"\n"2",\n"3","DFLT"\n"4",\n"5","E"\n from_o \n--------\n      5\n');
      // binary COPY … TO stdout into the \o file, byte for byte: \copy reads it back
      expect(r.out).toContain('CREATE TABLE\nCOPY 5\n binary_rows | notes \n-------------+-------\n           5 |     3\n');
      expect(r.out).toContain('BEGIN\nINSERT 0 1\nCOMMIT\n loaded | via_rule \n--------+----------\n      0 |        1\n');
      // psql 15's stderr, word for word: located at the \. line, with the server's CONTEXT
      expect(r.err).toBe('psql:copy.sql:61: ERROR:  invalid input syntax for type integer: "x"\nCONTEXT:  COPY cq, line 2, column id: "x"\n');
      // binary data follows the statement to the end of the file, as psql reads it
      const bin = await t.db.session((s) => s.copy!(`COPY (SELECT g, 'n' || g FROM generate_series(1, 3) g) TO '/dev/blob' (FORMAT binary)`, null));
      const path = join(tempDir('psql-copy-binary'), 'bin.sql');
      writeFileSync(path, Buffer.concat([Buffer.from('create table b(a int, t text);\ncopy b from stdin (format binary);\n'), Buffer.from(bin.data!)]));
      const b = await ours(t, path);
      expect(b).toEqual({ out: 'CREATE TABLE\nCOPY 3\n', code: 0, err: '' });
      expect(await t.db.query('SELECT a, t FROM b ORDER BY a')).toEqual([1, 2, 3].map((a) => ({ a, t: `n${a}` })));
      // an error gone past in PL/pgSQL: DETAIL, HINT and CONTEXT as psql 15 prints them (VERBOSITY default)
      const ctx = join(tempDir('psql-context'), 'ctx.sql');
      writeFileSync(ctx, "\\set ON_ERROR_STOP off\ndo $$ begin perform 1/0; end $$;\ncreate function f() returns int language plpgsql as $$ begin raise exception 'boom' using detail = 'd', hint = 'h'; end $$;\nselect f();\n");
      expect((await ours(t, ctx)).err).toBe(
        `psql:${ctx}:2: ERROR:  division by zero\nCONTEXT:  SQL statement "SELECT 1/0"\nPL/pgSQL function inline_code_block line 1 at PERFORM\n` +
          `psql:${ctx}:4: ERROR:  boom\nDETAIL:  d\nHINT:  h\nCONTEXT:  PL/pgSQL function f() line 1 at RAISE\n`,
      );
    } finally {
      clientFiles();
      await t.drop();
    }
  });

  it('refuses COPY … FROM stdin without inline data, \\c and \\! by name with file:line, before anything reaches the server', async () => {
    const t = await freshPglite();
    const dir = tempDir('psql-refuse');
    try {
      const cases: Array<[string, RegExp]> = [
        ['create table c(a int);\nselect \'copy c from stdin\' \\gexec\n', /:2: COPY … FROM stdin refused: its data must be inline in the file/],
        ['select 1;\n\\c other\n', /:2: \\c refused: it would open another connection/],
        ['\\! rm -rf /\n', /:1: \\! refused: it runs a shell command/],
        ['\\o |cat > /tmp/x\n', /:1: \\o \|cat > \/tmp\/x refused: it pipes output to a shell command/],
        ["\\copy c to program 'cat > /tmp/x'\n", /:1: \\copy … PROGRAM refused: it runs a shell command/],
        ['\\copy c from program "cat /etc/passwd"\n', /:1: \\copy … PROGRAM refused: it runs a shell command/],
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

  it('\\copy to and from client files (text, csv, binary, a query, stdin, stdout) and \\o FILE: the same output in process and in the watchdog worker, and psql\'s', async () => {
    const t = await freshPglite();
    const file = join(DIR, 'client-files.sql');
    try {
      const plain = await ours(t, file);
      clientFiles();
      // the missing file at the end stops it, as ON_ERROR_STOP does in psql
      expect(plain.code).toBe(3);
      expect(plain.out).toContain('COPY 3\nCOPY 3\nCOPY 3\nCOPY 2\nCREATE TABLE\nCOPY 3\nCOPY 3\nCOPY 3\nCOPY 2\nCOPY 1\n');
      // each format brought the same three rows back (binary too: dates, arrays, numerics, a NULL)
      expect(plain.out).toContain('  3 |                        |       | 2024-02-29 |   -7 |     3\n');
      expect(plain.out).toContain('1\tplain\n2\ttab\\there, "quoted"\\nnewline\\\\\n3\t\\N\n');
      // \o took the query output, \qecho and \copy … to stdout; \echo stayed on stdout; \i read the file back
      expect(plain.out).toContain("Output format is unaligned.\nthis one goes to stdout\nfrom the \\o file\n42\n1\n");
      expect(plain.out).not.toContain('not reached');
      // probe runs PGlite in a worker thread: the same script on a fresh database there
      const w = await freshPglite();
      await w.db.close();
      w.db = await PgliteWatchdogDb.open(w.flag.slice('pglite:'.length), 120_000);
      const worker = await ours(w, file).finally(() => w.drop());
      clientFiles();
      expect(worker).toEqual(plain);
      if (!pgSkipReason()) {
        const other = await freshPostgres();
        try {
          await other.db.close();
          const psql = await execa('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-f', 'client-files.sql', other.flag], { cwd: DIR, reject: false, env: { ...process.env, PGTZ: 'UTC' } });
          expect(plain.out).toBe(`${psql.stdout}\n`);
        } finally {
          clientFiles();
          await other.drop();
        }
      }
    } finally {
      clientFiles();
      await t.drop();
    }
  });

  it('a client file that cannot be read or written is a located psql error: nothing sent, output kept, the script goes on unless ON_ERROR_STOP', async () => {
    const t = await freshPglite();
    const dir = tempDir('psql-client-files');
    mkdirSync(join(dir, 'sub'));
    const script = join(dir, 'bad.sql');
    writeFileSync(
      script,
      [
        'create table c(a int);',
        '\\copy c from missing.txt',
        '\\copy c from sub',
        '\\copy c to sub',
        '\\copy c to nowhere/x.txt',
        '\\o sub',
        "select 'still on stdout' as s;",
        '\\copy c',
        '\\o out.txt',
        "select 'in the file' as s;",
        '\\o',
        "\\set ON_ERROR_STOP on",
        '\\copy c from nowhere/y.txt',
        "select 'not reached';",
      ].join('\n'),
    );
    let out = '';
    let err = '';
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const stop = await t.db
        .session((s) => runPsqlFile(s, script, { engine: 'pglite', out: (x) => (out += x), err: (x) => (err += x) }))
        .catch((e) => e)
        .finally(() => process.chdir(cwd));
      expect(stop).toBeInstanceOf(ScriptStopped);
      expect(stop.message).toMatch(/bad\.sql:13: nowhere\/y\.txt: No such file or directory/);
      expect(err).toBe(
        [
          'missing.txt: No such file or directory',
          'sub: cannot copy from/to a directory',
          'sub: Is a directory',
          'nowhere/x.txt: No such file or directory',
          'sub: Is a directory',
          '\\copy: parse error at end of line',
        ]
          .map((m, i) => `psql:bad.sql:${[2, 3, 4, 5, 6, 8][i]}: error: ${m}\n`)
          .join(''),
      );
      expect(out).toBe('CREATE TABLE\n        s        \n-----------------\n still on stdout\n(1 row)\n\n');
      expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('      s      \n-------------\n in the file\n(1 row)\n\n');
      // nothing was copied in, and the failed \copy … to wrote no file
      expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM c'))[0]!.n).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(['bad.sql', 'out.txt', 'sub']);
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
      clientFiles();
      await a.drop();
      await b.drop();
    }
  });

  it('on PGlite: COPY … FROM stdin loads and the run ends (no TypeError, no hang); an error stops it located; a directory is refused', async () => {
    const t = await freshPglite();
    const dir = tempDir('run-psql');
    try {
      await t.db.close();
      // copy.sql writes and reads its \o files beside itself, as psql run from the fixtures
      const cwd = process.cwd();
      process.chdir(DIR);
      const ok = await cli('run', '--db', t.flag, 'copy.sql').finally(() => (process.chdir(cwd), clientFiles()));
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
