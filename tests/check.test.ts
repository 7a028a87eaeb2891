// iu-core check: offline parsing, pairing and linting.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnCli, writeTree } from './helpers.ts';

const delta = '-- Delta: table +1, view 0, function 0, trigger 0, config 0, event_type 0, route 0\n';

describe('iu-core check', () => {
  it('reports a syntax error at its line and column, a missing rollback, a bad name and a psql meta-command', async () => {
    const dir = writeTree({
      'sql/iu-core/001_good.sql': `${delta}CREATE TABLE good (id int);\n`,
      'sql/iu-core/rollback/001_good.rollback.sql': 'DROP TABLE good;\n',
      'sql/iu-core/002_broken.sql': `${delta}CREATE TABLE broken (\n  id int,\n  name text\n;\n`,
      'sql/iu-core/rollback/002_broken.rollback.sql': 'DROP TABLE broken;\n',
      'sql/iu-core/003_lonely.sql': `${delta}CREATE TABLE lonely (id int);\n`,
      'sql/iu-core/Four.sql': 'SELECT 1;\n',
      'ops/driver.sql': "SELECT 1;\n\\echo done\n",
      'tests/probes/ok.sql': "BEGIN;\nSELECT 1;\nROLLBACK;\n",
    });
    const r = await spawnCli(['check', '--no-squawk'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('sql/iu-core/002_broken.sql:5:1: syntax: syntax error at or near ";"');
    expect(r.out).toMatch(/sql\/iu-core\/003_lonely\.sql: pairing: no rollback file sql\/iu-core\/rollback\/003_lonely\.rollback\.sql/);
    expect(r.out).toMatch(/sql\/iu-core\/Four\.sql: pairing: not a migration file name \(a migration is NNN_snake_name\.sql/);
    expect(r.out).toContain('ops/driver.sql:2:1: no-psql-meta-command');
    expect(r.out).not.toContain('tests/probes/ok.sql');
    expect(r.out).toContain('check: 8 SQL files');
  });

  it('runs squawk over forward migrations and reports its findings by rule', async () => {
    const dir = writeTree({
      'sql/iu-core/001_risky.sql': `${delta}CREATE TABLE risky (id int);\nALTER TABLE risky ADD COLUMN must text NOT NULL;\n`,
      'sql/iu-core/rollback/001_risky.rollback.sql': 'DROP TABLE risky;\n',
    });
    const r = await spawnCli(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/sql\/iu-core\/001_risky\.sql:\d+:\d+: squawk\/[a-z-]+/);
  });

  it('passes on this repository: every SQL file parses, pairs and lints clean', async () => {
    const r = await spawnCli(['check'], { cwd: ROOT });
    expect(r.out).toMatch(/check: \d+ SQL files, 0 problem\(s\)/);
    expect(r.code).toBe(0);
  });
});

describe('the TypeScript', () => {
  it('type-checks under strict', async () => {
    const { execa } = await import('execa');
    const r = await execa('npx', ['tsc', '-p', join(ROOT, 'tsconfig.json')], { cwd: ROOT, reject: false });
    expect(r.stdout + r.stderr.replace(/npm warn.*\n?/g, '')).toBe('');
    expect(r.exitCode).toBe(0);
  });
});

describe('iu-core check for a project of the DBA’s own (issue 14)', () => {
  const config = JSON.stringify({ projects: [{ name: 'app', migrations: 'db/migrations', pattern: 'NNNN', rollbacks: 'optional', probes: 'db/tests', schemas: ['app'] }] });

  it('--project lints only that project’s files, by its rules: four digits, rollbacks optional, no Delta header', async () => {
    const dir = writeTree({
      'iu-core.config.json': config,
      'db/migrations/0001_first.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.first (id bigint PRIMARY KEY);\n',
      'db/migrations/0002_second.sql': 'CREATE TABLE app.second (id bigint PRIMARY KEY);\n',
      'db/migrations/rollback/0002_second.rollback.sql': 'DROP TABLE app.second;\n',
      'db/tests/first.sql': 'BEGIN;\nSELECT 1;\nROLLBACK;\n',
      // IU Core's folder beside it, broken: not this project's, so not linted.
      'sql/iu-core/001_broken.sql': 'CREATE TABLE (;\n',
    });
    const ok = await spawnCli(['check', '--project', 'app', '--no-squawk'], { cwd: dir });
    expect(ok.out).toContain('check: 4 SQL files, 0 problem(s)');
    expect(ok.code).toBe(0);
    // --dir on the project's folder: the same rules, that folder alone.
    const byDir = await spawnCli(['check', '--dir', 'db/migrations', '--no-squawk'], { cwd: dir });
    expect(byDir.out).toContain('check: 3 SQL files, 0 problem(s)');
    expect(byDir.code).toBe(0);
  });

  it('reports a name that breaks the project’s pattern, and an unknown --project in one line with exit 2', async () => {
    const dir = writeTree({
      'iu-core.config.json': config,
      'db/migrations/0001_first.sql': 'CREATE SCHEMA app;\n',
      'db/migrations/002_short.sql': 'SELECT 1;\n',
      'db/tests/.keep': '',
    });
    const r = await spawnCli(['check', '--project', 'app', '--no-squawk'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/db\/migrations\/002_short\.sql: pairing: not a migration file name \(a migration is NNNN_snake_name\.sql \(four digits/);
    expect(r.out).not.toContain('delta-header');
    const unknown = await spawnCli(['check', '--project', 'ap'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim()).toBe('iu-core: --project ap: no such project (did you mean app?); projects: iu-core, app');
  });
});
