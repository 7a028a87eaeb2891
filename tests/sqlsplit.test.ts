// The lexer that splits SQL files at run time agrees with the real PostgreSQL parser on
// every SQL file in this repository, and handles the lexical corners on its own.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, splitFast, splitSql } from '../scripts/sqlfile.ts';
import { ROOT } from './helpers.ts';

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
    for (const f of files) {
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
});
