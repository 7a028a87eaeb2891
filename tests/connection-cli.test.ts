// What a DBA types first: --help on a command, --version, a typo, a duration, --json, and a
// forced rollback by flag. In process (main()), on PGlite, and on the run's server for --force.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fresh, ENGINES, ROOT, tempDir } from './helpers.ts';
import { parseDuration } from '../scripts/cli.ts';

const BASIC = join(ROOT, 'tests/fixtures/migrations/basic');

/** stdout under --json: exactly one JSON object, nothing else. */
function oneObject(out: string): Record<string, unknown> {
  const v = JSON.parse(out) as unknown;
  expect(typeof v === 'object' && v !== null && !Array.isArray(v)).toBe(true);
  return v as Record<string, unknown>;
}

describe('help, version, typos', () => {
  it('COMMAND --help and help COMMAND print that command\'s usage, exit 0', async () => {
    for (const argv of [['migrate', '--help'], ['help', 'migrate'], ['migrate', 'up', '-h']]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out).toMatch(/^iu-core migrate status/);
      expect(r.out).toContain('--force');
      expect(r.out).not.toContain('iu-core census');
    }
    for (const name of ['prove', 'probe', 'run', 'check', 'census', 'scaleout', 'instantiate', 'rollback-actor', 'conformance', 'evidence']) {
      const r = await cli(name, '--help');
      expect(r.code, name).toBe(0);
      expect(r.out, name).toContain(`iu-core ${name}`);
    }
  });

  it('--version prints the package version', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^iu-core \d+\.\d+\.\d+$/);
  });

  it('a mistyped command or flag gets "did you mean", exit 2', async () => {
    const c = await cli('migrat', 'up');
    expect(c.code).toBe(2);
    expect(c.err).toContain("unknown command 'migrat' (did you mean 'migrate'?)");
    const f = await cli('census', '--jsn');
    expect(f.code).toBe(2);
    expect(f.err).toContain("Unknown option '--jsn' (did you mean --json?)");
    const h = await cli('help', 'censsu');
    expect(h.code).toBe(2);
    expect(h.err).toContain("did you mean 'census'?");
  });
});

describe('durations', () => {
  it('one spelling: ms, s, min, h, a bare number is seconds', () => {
    expect(parseDuration('x', '500ms')).toEqual({ text: '500ms', ms: 500 });
    expect(parseDuration('x', '10s').ms).toBe(10_000);
    expect(parseDuration('x', '2min').ms).toBe(120_000);
    expect(parseDuration('x', '1h').ms).toBe(3_600_000);
    expect(parseDuration('x', '5')).toEqual({ text: '5s', ms: 5000 });
    expect(() => parseDuration('x', '5 sec')).toThrow(/--x takes a duration such as 500ms, 30s or 2min; got '5 sec'/);
    expect(() => parseDuration('x', '0')).toThrow(/got '0'/);
  });

  it('migrate --lock-timeout 5s is taken; a bad one is refused before any connection', async () => {
    const ok = await cli('migrate', 'status', '--db', 'pglite:memory', '--dir', BASIC, '--lock-timeout', '5s', '--lock-wait', '2');
    expect(ok.code, ok.err).toBe(0);
    // 127.0.0.1:1 refuses connections: the message would be "cannot connect" had it been tried.
    const bad = await cli('migrate', 'up', '--db', 'postgres://u@127.0.0.1:1/x', '--dir', BASIC, '--lock-timeout', '5sec');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--lock-timeout takes a duration such as 500ms, 30s or 2min; got '5sec'");
    expect(bad.err).not.toContain('cannot connect');
  });
});

describe('--json', () => {
  it('one versioned object on success, nothing else on stdout', async () => {
    const r = await cli('migrate', 'status', '--db', 'pglite:memory', '--dir', BASIC, '--json');
    expect(r.code).toBe(0);
    const o = oneObject(r.out);
    expect(o).toMatchObject({ format: 'iu-core/migrate', version: 1, ok: true, exitCode: 0 });
    expect(String(o.database)).toMatch(/memory|pglite/);
    const c = await cli('check', '--no-squawk', '--dir', BASIC, '--json');
    expect(oneObject(c.out)).toMatchObject({ format: 'iu-core/check', version: 1 });
  });

  it('one object with the error on failure: usage, connection', async () => {
    const u = await cli('migrate', 'up', '--db', 'pglite:memory', '--to', 'abc', '--json', '--dir', BASIC);
    expect(u.code).toBe(2);
    expect(oneObject(u.out)).toMatchObject({ format: 'iu-core/migrate', version: 1, ok: false, exitCode: 2, error: { code: 'usage' } });
    const c = await cli('migrate', 'up', '--db', 'postgres://u@127.0.0.1:1/x', '--json', '--dir', BASIC);
    expect(c.code).toBe(2);
    const o = oneObject(c.out);
    expect(o).toMatchObject({ ok: false, error: { code: 'connection' } });
    expect(String((o.error as { message: string }).message)).toContain('cannot connect');
  });

  it('a command that prints text (run) still gives one object on stdout, its rows inside it', async () => {
    const file = join(tempDir('json-run'), 'a.sql');
    writeFileSync(file, 'SELECT 1 AS one;\n');
    const r = await cli('run', '--db', 'pglite:memory', '--json', file);
    expect(r.code).toBe(0);
    expect(oneObject(r.out)).toMatchObject({ format: 'iu-core/run', version: 1, ok: true, statements: [{ columns: ['one'], rows: [['1']] }] });
  });
});

describe('a throwaway database', () => {
  it('says why "migrate up first" cannot help when each command gets a new, empty database', async () => {
    const r = await cli('scaleout', '--db', 'pglite:memory', '--n', '1', '--template', 'tpl:x', '--actor', 'a');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--db pglite:memory is a new, empty database for every command, so no earlier command (migrate up, run) can have prepared it');
    expect(r.err).not.toContain('run iu-core migrate up first');
  });
});

describe.each(ENGINES)('migrate down --force (%s)', (engine) => {
  it('sets iu_core.force_rollback_NNN for what it rolls back, and says so', async () => {
    const t = await fresh(engine);
    try {
      await t.db.close();
      expect((await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC)).code).toBe(0);
      const rows = join(tempDir('force'), 'rows.sql');
      writeFileSync(rows, 'INSERT INTO widget (id, name) VALUES (1, $$w$$);\nINSERT INTO gadget (id, widget_id) VALUES (1, 1);\n');
      const ins = await cli('run', '--db', t.flag, rows);
      expect(ins.code, ins.err).toBe(0);
      const refused = await cli('migrate', 'down', '--db', t.flag, '--dir', BASIC);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('REFUSED: rollback 003 would drop gadget holding 1 rows');
      const forced = await cli('migrate', 'down', '--force', '--db', t.flag, '--dir', BASIC);
      expect(forced.code, forced.err).toBe(0);
      expect(forced.out).toContain('--force: iu_core.force_rollback_003 = true for this session');
      expect(forced.out).toContain('003_gadgets: its guard refuses (REFUSED: rollback 003 would drop gadget holding 1 rows); forced');
      expect(forced.out).toContain('1 migration(s) rolled back');
      const st = await cli('migrate', 'status', '--db', t.flag, '--dir', BASIC, '--json');
      expect(JSON.parse(st.out).summary).toMatchObject({ applied: 2, pending: 1 });
    } finally {
      await t.reopen().catch(() => undefined);
      await t.drop();
    }
  });
});
