// The lexer that splits SQL files at run time agrees with the real PostgreSQL parser on
// every SQL file in this repository, and handles the lexical corners on its own.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SqlSyntaxError, loadParser, splitFast, splitSql } from '../scripts/sqlfile.ts';
import { checkTree } from '../scripts/commands/check.ts';
import { ROOT, writeTree } from './helpers.ts';

function sqlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sqlFiles(p) : f.endsWith('.sql') ? [p] : [];
  });
}

describe('splitting SQL into statements', () => {
  beforeAll(async () => {
    await loadParser();
  });

  it('agrees with libpg-query on every SQL file of the repository', () => {
    const files = ['sql', 'ops', 'tests/probes', 'tests/fixtures'].flatMap((d) => sqlFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    // psql scripts (a line that is a backslash command) are the psql interpreter's to read:
    // the server's parser never sees them whole. Every plain SQL file is compared.
    const psqlScript = /^[ \t]*\\/m;
    const plain = files.filter((f) => !psqlScript.test(readFileSync(f, 'utf8')));
    expect(plain.length).toBeGreaterThan(50);
    for (const f of plain) {
      const text = readFileSync(f, 'utf8');
      expect(splitFast(text), f).toEqual(splitSql(text, f));
    }
  });

  it('keeps semicolons inside strings, identifiers, dollar quotes, comments and parentheses', () => {
    const text = [
      "SELECT 'a;b', E'it\\'s;', \"we;ird\";",
      'DO $body$ BEGIN PERFORM 1; END $body$;',
      'SELECT $$x;y$$ /* c; /* nested; */ still; */ ;',
      '-- a comment; with a semicolon',
      'CREATE RULE r AS ON INSERT TO t DO INSTEAD (SELECT 1; SELECT 2);',
      'SELECT a$b FROM t WHERE c = $1;',
      'begin;',
      'rollback to savepoint s',
    ].join('\n');
    const stmts = splitFast(text);
    expect(stmts.map((s) => s.head)).toEqual(['SELECT', 'DO', 'SELECT', 'CREATE RULE', 'SELECT A', 'BEGIN', 'ROLLBACK TO']);
    expect(stmts.map((s) => s.transaction)).toEqual([null, null, null, null, null, 'BEGIN', 'ROLLBACK TO']);
    expect(stmts[1]!.text).toBe('DO $body$ BEGIN PERFORM 1; END $body$');
    expect(stmts[3]!.line).toBe(5);
  });

  // Each text hides (or seems to hide) a statement behind a lexical corner; the lexer must
  // cut it exactly where the real parser does, and so see every COMMIT the server would run.
  const HOSTILE: Record<string, string> = {
    'bare CR ends a -- comment': "SELECT 1; -- note\r COMMIT; UPDATE t SET a = 1;\n",
    'CR LF ends a -- comment': 'SELECT 1 -- note\r\nCOMMIT;\r\nSELECT 2;\r\n',
    'CR right after the dashes': 'SELECT 1 --\rCOMMIT;\n',
    'form feed and vertical tab do not end a comment': 'SELECT 1; -- a\f; COMMIT; b\u000b; COMMIT;\nSELECT 2;\n',
    'a comment glued to an operator': 'SELECT 2 +-- c\r 1; COMMIT;\n',
    'nested block comments': 'SELECT 1 /* a /* b */ ; COMMIT; */ ; SELECT /*/ x */ 2;\n',
    'a block comment inside a -- comment': 'SELECT 1; -- /* \rCOMMIT; -- */\n',
    'E string with an escaped quote': "SELECT E'\\'; COMMIT; --'; SELECT 2;\n",
    'e string glued to an operator': "SELECT 1 WHERE 'x'=e'\\'; COMMIT; --'; COMMIT;\n",
    'identifier ending in e before a standard string': "SELECT xe 'a;b'; COMMIT;\n",
    'U& string: backslash is no escape': "SELECT U&'\\0041'; COMMIT; SELECT U&'d\\0061t\\+000061' UESCAPE '!';\n",
    'U& identifier': 'SELECT 1 AS U&"a;b"; COMMIT;\n',
    'B and X strings': "SELECT B'101', X'1F'; COMMIT;\n",
    'N string is a standard string': "SELECT N'a;''b'; COMMIT;\n",
    'dollar tags, nested and look-alike': 'SELECT $a$ $b$ ; $a$, $b$x$a$$b$; COMMIT; SELECT a$$b FROM (SELECT 1 AS a$$b) s;\n',
    'parameter then dollar quote': 'PREPARE p AS SELECT $1::text || $x$;$x$; COMMIT;\n',
    'quoted identifier with dashes and quotes': 'SELECT 1 AS "a--b""; COMMIT; --"; COMMIT;\n',
    'keywords split by comments': "BEGIN; PREPARE/**/TRANSACTION 'x'; ROLLBACK -- c\rPREPARED 'x'; COMMIT/* */PREPARED 'y';\n",
    'string continuation across a comment line': "SELECT 'a'\n  'b;c'; COMMIT;\n",
    'non-ASCII letters and spaces': 'SELECT 1 AS é$; SELECT 2 AS "\u00a0"; COMMIT;\n',
  };

  it.each(Object.entries(HOSTILE))('splits hostile text as the parser does: %s', (_name, text) => {
    expect(splitFast(text)).toEqual(splitSql(text, 'hostile.sql'));
  });

  it('sees the COMMIT a bare CR brings out of a comment, and PREPARE TRANSACTION behind a comment', () => {
    expect(splitFast(HOSTILE['bare CR ends a -- comment']!).map((s) => s.transaction)).toEqual([null, 'COMMIT', null]);
    expect(splitFast(HOSTILE['keywords split by comments']!).map((s) => s.transaction)).toEqual(['BEGIN', 'PREPARE TRANSACTION', 'ROLLBACK PREPARED', 'COMMIT PREPARED']);
  });

  it('refuses text it cannot read as the server would, located', () => {
    // With standard_conforming_strings off (a SET in the file can do it) this string ends elsewhere.
    expect(() => splitFast("SELECT 1;\nSELECT 'a\\'; COMMIT; --';\n", 'x.sql')).toThrow(SqlSyntaxError);
    expect(() => splitFast("SELECT 1;\nSELECT 'a\\'; COMMIT; --';\n", 'x.sql')).toThrow(/x\.sql:2:8: syntax error: a backslash in this '…' string changes where it ends when standard_conforming_strings is off/);
    expect(() => splitFast('SELECT 1; SELECT $$ never closed', 'x.sql')).toThrow(/x\.sql:1:18: syntax error: unterminated dollar-quoted string \$\$/);
    expect(() => splitFast('SELECT 1;\0COMMIT;', 'x.sql')).toThrow(/NUL character/);
    expect(() => splitFast("SELECT 'open", 'x.sql')).toThrow(/unterminated quoted string/);
    // the same backslash means the same thing either way: accepted
    expect(splitFast("SELECT 'C:\\\\x', 'a\\b';").map((s) => s.head)).toEqual(['SELECT']);
  });

  it('iu-core check reports a file the runner\'s lexer refuses, before it ever runs', async () => {
    const dir = writeTree({
      '001_ambiguous.sql': "-- fixture\n-- Delta: table 0, view 0, function 0, trigger 0, config 0, event_type 0, route 0\nSELECT 'a\\'; SELECT 1; --';\n",
      'rollback/001_ambiguous.rollback.sql': 'SELECT 1;\n',
    });
    const { problems } = await checkTree({ dir, squawk: false });
    expect(problems.filter((p) => p.file.includes('001_ambiguous'))).toEqual([
      expect.objectContaining({ line: 3, column: 8, rule: 'lexer', message: expect.stringContaining('standard_conforming_strings') }),
    ]);
  });
});
