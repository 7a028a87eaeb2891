// The migration runner on both engines: apply, re-run, status, failure atomicity and
// location, drift, down/up round trip, dry run, and (real server) concurrent runners.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogSnapshot, takeCensus, diffCensus, isEmptyDiff } from '../scripts/census.ts';
import { readLedger } from '../scripts/migrations/ledger.ts';
import { migrateUp } from '../scripts/migrations/apply.ts';
import { listMigrations } from '../scripts/migrations/files.ts';
import { ENGINES, ROOT, cli, fresh, pgSkipReason, spawnCli, tempDir, writeTree, type TestDb } from './helpers.ts';

const BASIC = join(ROOT, 'tests/fixtures/migrations/basic');

const header = (delta = 'table +1, view 0, function 0, trigger 0, config 0, event_type 0, route 0') =>
  `-- fixture\n-- Delta: ${delta}\n`;
const dropTable = (t: string) => `DO $r$ BEGIN DROP TABLE ${t}; END $r$;\n`;

async function tables(t: TestDb): Promise<string[]> {
  const rows = await t.db.query<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`);
  return rows.map((r) => r.name);
}

describe.each(ENGINES)('migrate on %s', (engine) => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (engine === 'postgres' && pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh(engine);
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('applies a fixture set, reports status before and after, and a re-run is a no-op', async () => {
    await t.db.close();
    const before = await cli('migrate', 'status', '--db', t.flag, '--dir', BASIC, '--json');
    expect(before.code).toBe(0);
    expect(JSON.parse(before.out).summary).toEqual({ applied: 0, pending: 3, drifted: 0, missing: 0 });

    const up = await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC);
    expect(up.code, up.err).toBe(0);
    expect(up.out).toMatch(/applied 001_widgets in \d+ ms/);
    expect(up.out).toMatch(/applied 003_gadgets in \d+ ms/);
    expect(up.out).toContain('3 migration(s) applied');

    const again = await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC);
    expect(again.code).toBe(0);
    expect(again.out).toContain('nothing to apply: up to date at 003');

    const after = await cli('migrate', 'status', '--db', t.flag, '--dir', BASIC, '--json');
    const status = JSON.parse(after.out);
    expect(status.summary).toEqual({ applied: 3, pending: 0, drifted: 0, missing: 0 });
    expect(status.migrations.map((m: { state: string }) => m.state)).toEqual(['applied', 'applied', 'applied']);

    const db = await t.reopen();
    const ledger = await readLedger(db);
    expect(ledger.map((r) => r.version)).toEqual(['001', '002', '003']);
    for (const row of ledger) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.server_version).toMatch(/^\d+/);
      expect(row.duration_ms).toBeGreaterThanOrEqual(0);
    }
    expect(ledger[0]!.checksum).toBe(createHash('sha256').update(readFileSync(join(BASIC, '001_widgets.sql'))).digest('hex'));
    expect(await tables(t)).toEqual(['gadget', 'widget']);
  });

  it('a failing statement in the middle of a file applies nothing of that file and names its line', async () => {
    const dir = writeTree({
      '001_first.sql': `${header()}CREATE TABLE first_table (id int);\n`,
      'rollback/001_first.rollback.sql': dropTable('first_table'),
      '002_second.sql': `${header('table +2, view 0, function 0, trigger 0, config 0, event_type 0, route 0')}CREATE TABLE second_table (id int);\n\nINSERT INTO second_table\n  SELECT id FROM no_such_table;\nCREATE TABLE third_table (id int);\n`,
      'rollback/002_second.rollback.sql': dropTable('third_table, second_table'),
    });
    await t.db.close();
    const r = await cli('migrate', 'up', '--db', t.flag, '--dir', dir);
    expect(r.code).toBe(1);
    // "no_such_table" is on line 6, column 18 of 002_second.sql (two header lines first).
    expect(r.err).toMatch(/002_second\.sql:6:18: ERROR 42P01: relation "no_such_table" does not exist/);
    expect(r.out).toContain('applied 001_first');
    const db = await t.reopen();
    expect((await readLedger(db)).map((x) => x.version)).toEqual(['001']);
    expect(await tables(t)).toEqual(['first_table']);
  });

  it('refuses a changed applied file, naming both checksums, and accepts amendments one file at a time', async () => {
    const dir = tempDir('drift');
    cpSync(BASIC, dir, { recursive: true });
    await t.db.close();
    expect((await cli('migrate', 'up', '--db', t.flag, '--dir', dir)).code).toBe(0);
    for (const f of ['001_widgets.sql', '002_widget_view.sql']) writeFileSync(join(dir, f), `${readFileSync(join(dir, f), 'utf8')}\n-- amended\n`);

    const refused = await cli('migrate', 'up', '--db', t.flag, '--dir', dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/001_widgets\.sql changed after it was applied: ledger sha256 [0-9a-f]{64}, file sha256 [0-9a-f]{64}/);
    expect(refused.err).toContain('002_widget_view.sql changed after it was applied');

    const noWhy = await cli('migrate', 'up', '--db', t.flag, '--dir', dir, '--accept-checksum', '001');
    expect(noWhy.code).toBe(2);
    expect(noWhy.err).toContain('--accept-checksum records why: give --why TEXT');

    const onlyOne = await cli('migrate', 'up', '--db', t.flag, '--dir', dir, '--accept-checksum', '001', '--why', 'comment added');
    expect(onlyOne.code).toBe(1);
    expect(onlyOne.err).not.toContain('001_widgets.sql changed');
    expect(onlyOne.err).toContain('002_widget_view.sql changed');

    const ledgerSum = (refused.err.match(/001_widgets\.sql changed after it was applied: ledger sha256 ([0-9a-f]{64}), file sha256 ([0-9a-f]{64})/) ?? []).slice(1);
    const both = await cli('migrate', 'up', '--db', t.flag, '--dir', dir, '--accept-checksum', '1', '--accept-checksum', '002', '--why', 'comment added');
    expect(both.code, both.err).toBe(0);
    // The old checksum is printed as the old one (it used to print the new one twice).
    expect(both.out).toContain(`accepted the new checksum of 001_widgets: was ${ledgerSum[0]!.slice(0, 12)}…, now ${ledgerSum[1]!.slice(0, 12)}…`);
    const status = JSON.parse((await cli('migrate', 'status', '--db', t.flag, '--dir', dir, '--json')).out);
    expect(status.summary.drifted).toBe(0);
    expect(status.amendments.map((a: { version: string; why: string }) => [a.version, a.why])).toEqual([['001', 'comment added'], ['002', 'comment added']]);

    const db = await t.reopen();
    const amendments = await db.query<{ version: string; old_checksum: string; new_checksum: string }>(`SELECT version, old_checksum, new_checksum FROM iu_core_meta.checksum_amendment ORDER BY version`);
    expect(amendments.map((a) => a.version)).toEqual(['001', '002']);
    expect([amendments[0]!.old_checksum, amendments[0]!.new_checksum]).toEqual(ledgerSum);
  });

  it('down then up restores the same catalog, and down refuses to drop a table holding rows', async () => {
    const empty = await catalogSnapshot(t.db);
    await t.db.close();
    expect((await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC)).code).toBe(0);
    let db = await t.reopen();
    const applied = await takeCensus(db);
    await db.exec(`INSERT INTO widget VALUES (1, 'kept')`);
    await db.close();

    const refused = await cli('migrate', 'down', '--db', t.flag, '--dir', BASIC, '--to', '000');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/001_widgets\.rollback\.sql:\d+:\d+: ERROR 55000: REFUSED: rollback 001 would drop widget holding 1 rows/);
    db = await t.reopen();
    expect(await db.query(`SELECT name FROM widget`)).toEqual([{ name: 'kept' }]);
    await db.exec(`DELETE FROM widget`);
    await db.close();

    const down = await cli('migrate', 'down', '--db', t.flag, '--dir', BASIC, '--to', '000');
    expect(down.code, down.err).toBe(0);
    db = await t.reopen();
    const afterDown = (await catalogSnapshot(db)).filter((o) => !o.name.startsWith('iu_core_meta'));
    expect(afterDown).toEqual(empty);
    await db.close();

    expect((await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC)).code).toBe(0);
    db = await t.reopen();
    expect(isEmptyDiff(diffCensus(applied, await takeCensus(db)))).toBe(true);
  });

  it('down --steps and --plan: the plan names what each step drops and which guard refuses, and changes nothing', async () => {
    await t.db.close();
    expect((await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC)).code).toBe(0);
    let db = await t.reopen();
    await db.exec(`INSERT INTO widget VALUES (1, 'a'), (2, 'b')`);
    const before = await takeCensus(db);
    await db.close();

    const plan = await cli('migrate', 'down', '--db', t.flag, '--dir', BASIC, '--to', '000', '--plan', '--json');
    expect(plan.code).toBe(1);
    const steps = JSON.parse(plan.out).steps;
    expect(steps.map((s: { version: string }) => s.version)).toEqual(['003', '002', '001']);
    expect(steps[0].refused).toBeNull();
    expect(steps[0].drops).toContain('table public.gadget');
    expect(steps[2].refused).toMatch(/^REFUSED: rollback 001 would drop widget holding 2 rows/);
    expect(steps[2].droppedRows).toEqual({ 'public.widget': 2 });

    db = await t.reopen();
    expect(isEmptyDiff(diffCensus(before, await takeCensus(db)))).toBe(true);
    await db.close();

    const one = await cli('migrate', 'down', '--db', t.flag, '--dir', BASIC, '--steps', '1');
    expect(one.code, one.err).toBe(0);
    expect(one.out).toContain('rolled back 003_gadgets');
    db = await t.reopen();
    expect((await readLedger(db)).map((r) => r.version)).toEqual(['001', '002']);
  });

  it('a dry run reports what would change and leaves the database as it was', async () => {
    const before = await takeCensus(t.db);
    await t.db.close();
    const r = await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC, '--dry-run', '--json');
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.dryRun).toBe(true);
    expect(report.applied.map((s: { version: string }) => s.version)).toEqual(['001', '002', '003']);
    expect(report.wouldChange.added).toEqual(expect.arrayContaining(['table public.widget', 'view public.v_widget_names', 'function public.widget_count()']));
    const db = await t.reopen();
    expect(isEmptyDiff(diffCensus(before, await takeCensus(db)))).toBe(true);
    expect(await readLedger(db)).toEqual([]);
  });

  it('refuses transaction control inside a migration before running anything', async () => {
    const dir = writeTree({
      '001_sneaky.sql': `${header()}CREATE TABLE sneaky (id int);\nCOMMIT;\n`,
      'rollback/001_sneaky.rollback.sql': dropTable('sneaky'),
    });
    await t.db.close();
    const r = await cli('migrate', 'up', '--db', t.flag, '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/001_sneaky\.sql:4:1: COMMIT in a migration file/);
    await t.reopen();
    expect(await tables(t)).toEqual([]);
  });

  it('records each rollback file’s sha256 at apply and warns when a rollback changed since; an older ledger still reads', async () => {
    const dir = tempDir('rollback-sum');
    cpSync(BASIC, dir, { recursive: true });
    await t.db.close();
    expect((await cli('migrate', 'up', '--db', t.flag, '--dir', dir)).code).toBe(0);
    let db = await t.reopen();
    const sha = (f: string) => createHash('sha256').update(readFileSync(join(dir, 'rollback', f))).digest('hex');
    expect((await readLedger(db)).map((r) => r.rollback_checksum)).toEqual([sha('001_widgets.rollback.sql'), sha('002_widget_view.rollback.sql'), sha('003_gadgets.rollback.sql')]);
    await db.close();

    const changed = join(dir, 'rollback', '003_gadgets.rollback.sql');
    const was = sha('003_gadgets.rollback.sql');
    writeFileSync(changed, `-- amended after apply\n${readFileSync(changed, 'utf8')}`);
    const status = await cli('migrate', 'status', '--db', t.flag, '--dir', dir, '--json');
    expect(JSON.parse(status.out).migrations.map((m: { rollbackChanged: boolean }) => m.rollbackChanged)).toEqual([false, false, true]);
    const down = await cli('migrate', 'down', '--db', t.flag, '--dir', dir);
    expect(down.code, down.err).toBe(0);
    expect(down.out).toContain(`warning: rollback/003_gadgets.rollback.sql changed since 003_gadgets was applied: ledger sha256 ${was}, file sha256 ${sha('003_gadgets.rollback.sql')}; it runs as it is now`);
    expect(down.out).toMatch(/rolled back 003_gadgets/);

    // A ledger written before the column existed: read as "not recorded", and the next up adds the column.
    db = await t.reopen();
    await db.exec('ALTER TABLE iu_core_meta.migration_ledger DROP COLUMN rollback_checksum');
    expect((await readLedger(db)).map((r) => r.rollback_checksum)).toEqual([null, null]);
    await db.close();
    expect((await cli('migrate', 'status', '--db', t.flag, '--dir', dir)).code).toBe(0);
    expect((await cli('migrate', 'up', '--db', t.flag, '--dir', dir)).code).toBe(0);
    db = await t.reopen();
    expect((await readLedger(db)).map((r) => r.rollback_checksum)).toEqual([null, null, sha('003_gadgets.rollback.sql')]);
  });

  it('sees a COMMIT that a bare CR brings out of a comment, and half-applies nothing', async () => {
    // The server ends a -- comment at \r as well as \n: this COMMIT would run, commit the
    // first table, and leave the file without its ledger row.
    const dir = writeTree({
      '001_crlf.sql': `${header()}CREATE TABLE first_half (id int); -- note\r COMMIT; CREATE TABLE second_half (id int);\n`,
      'rollback/001_crlf.rollback.sql': dropTable('first_half'),
    });
    await t.db.close();
    const r = await cli('migrate', 'up', '--db', t.flag, '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/001_crlf\.sql:3:\d+: COMMIT in a migration file/);
    const db = await t.reopen();
    expect(await tables(t)).toEqual([]);
    expect(await readLedger(db)).toEqual([]);
  });
});

// BEGIN and the migration's lock_timeout are sent together (one wait): a failure of the
// second must still stop the file before it runs, roll back and name the server's reason.
it('a lock_timeout the server refuses stops the first migration before its file runs: nothing applied, no ledger row', async () => {
  const t = await fresh('pglite');
  try {
    const err = await migrateUp(t.db, listMigrations(BASIC), { lockWait: 'soon' }).catch((e: Error) => e);
    expect(String((err as Error).message)).toMatch(/invalid value for parameter "lock_timeout": "soon"/);
    expect(await tables(t)).toEqual([]);
    expect(await readLedger(t.db)).toEqual([]);
    const up = await migrateUp(t.db, listMigrations(BASIC));
    expect(up.applied.map((s) => s.version)).toEqual(['001', '002', '003']);
  } finally {
    await t.drop();
  }
}, 60_000);

describe('migrate on the real server only', () => {
  let t: TestDb;
  beforeEach(async (ctx) => {
    if (pgSkipReason()) ctx.skip(pgSkipReason());
    t = await fresh('postgres');
  });
  afterEach(async () => {
    await t?.drop();
  });

  it('four runners started at once apply each migration exactly once; the others wait and find nothing pending', async () => {
    const dir = writeTree({
      '001_slow.sql': `${header()}CREATE TABLE slow_marker (id int);\nSELECT pg_sleep(1.5);\n`,
      'rollback/001_slow.rollback.sql': dropTable('slow_marker'),
      '002_after.sql': `${header()}CREATE TABLE after_marker (id int);\n`,
      'rollback/002_after.rollback.sql': dropTable('after_marker'),
    });
    const runs = await Promise.all([1, 2, 3, 4].map(() => spawnCli(['migrate', 'up', '--db', t.flag, '--dir', dir])));
    for (const r of runs) expect(r.code, r.err).toBe(0);
    const appliedBy = runs.filter((r) => r.out.includes('applied 001_slow'));
    expect(appliedBy).toHaveLength(1);
    expect(runs.filter((r) => r.out.includes('nothing to apply: up to date at 002'))).toHaveLength(3);
    expect(runs.filter((r) => r.out.includes('waiting for another migration runner')).length).toBeGreaterThanOrEqual(1);
    expect((await readLedger(t.db)).map((r) => r.version)).toEqual(['001', '002']);
  });

  it('a dry run leaves the database byte-for-byte as it was (pg_dump before and after)', async () => {
    expect((await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC, '--to', '001')).code).toBe(0);
    const dump = async () => {
      const r = await execa('pg_dump', ['--no-comments', '--restrict-key=iucore', t.flag]);
      return createHash('sha256').update(r.stdout).digest('hex');
    };
    const before = await dump();
    const r = await cli('migrate', 'up', '--db', t.flag, '--dir', BASIC, '--dry-run');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('dry run: 2 migration(s) would apply');
    expect(await dump()).toBe(before);
  });

  it('a no-transaction migration runs statement by statement and a failed CREATE INDEX CONCURRENTLY names the INVALID index it left', async () => {
    const dir = writeTree({
      '001_items.sql': `${header()}CREATE TABLE item (code text);\nINSERT INTO item VALUES ('a'), ('a');\n`,
      'rollback/001_items.rollback.sql': dropTable('item'),
      '002_item_code_unique.sql': `-- iu-core: no-transaction\n${header('table 0, view 0, function 0, trigger 0, config 0, event_type 0, route 0')}CREATE UNIQUE INDEX CONCURRENTLY item_code_key ON item (code);\n`,
      'rollback/002_item_code_unique.rollback.sql': `DROP INDEX IF EXISTS item_code_key;\n`,
    });
    const r = await cli('migrate', 'up', '--db', t.flag, '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/002_item_code_unique\.sql:\d+:\d+: ERROR 23505/);
    expect(r.err).toContain('INVALID index(es) left behind: public.item_code_key');
    expect((await readLedger(t.db)).map((x) => x.version)).toEqual(['001']);

    await t.db.exec(`DELETE FROM item WHERE ctid = (SELECT max(ctid) FROM item)`);
    await t.db.exec(`DROP INDEX item_code_key`);
    const again = await cli('migrate', 'up', '--db', t.flag, '--dir', dir);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('applied 002_item_code_unique (no transaction)');
  });
});

describe('migrate refuses bad input before touching a database', () => {
  it('a bad --db value gives one clear line and exit 2', async () => {
    const r = await spawnCli(['migrate', 'status', '--db', 'mysql://nope']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain("--db takes pglite:<dir>, pglite:memory, local, container, or a postgres:// URL; got 'mysql://nope'");
  });

  it('an unreachable server gives one clear line, with the password masked, and exit 2', async () => {
    const r = await spawnCli(['migrate', 'status', '--db', 'postgres://alice:s3cret@127.0.0.1:1/nowhere']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('cannot connect to postgres://alice:***@127.0.0.1:1/nowhere: connection refused');
    expect(r.err).not.toContain('s3cret');
  });

  it('a near-miss file name in the migrations folder is refused by name, never skipped', async () => {
    for (const [name, where] of [['036_x.SQL', ''], ['036_x.sql.bak', ''], ['36_x.sql', ''], ['036_x.sql ', ''], ['001_ok.rollback.SQL', 'rollback/']]) {
      const dir = writeTree({ '001_ok.sql': `${header()}CREATE TABLE ok (id int);\n`, 'rollback/001_ok.rollback.sql': dropTable('ok'), 'README.md': 'notes\n', [`${where}${name}`]: 'SELECT 1;\n' });
      const r = await cli('migrate', 'up', '--db', 'postgres://x@127.0.0.1:1/x', '--dir', dir);
      expect(r.code, name).toBe(1);
      expect(r.err, name).toContain(`${where}${name}: not a ${where ? 'rollback' : 'migration'} file name`);
      expect(r.err, name).not.toContain('cannot connect');
    }
  });

  it('unknown flags, bad numbers and a missing rollback are refused with exit 2 or 1 and no connection attempt', async () => {
    const unknown = await cli('migrate', 'up', '--frobnicate', '--db', 'postgres://x@127.0.0.1:1/x');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/migrate up: Unknown option '--frobnicate'/);
    const badTo = await cli('migrate', 'up', '--to', 'latest', '--db', 'postgres://x@127.0.0.1:1/x', '--dir', BASIC);
    expect(badTo.code).toBe(2);
    expect(badTo.err).toContain("--to takes a migration number NNN; got 'latest'");
    const dir = writeTree({ '001_lonely.sql': `${header()}CREATE TABLE lonely (id int);\n` });
    const lonely = await cli('migrate', 'up', '--db', 'postgres://x@127.0.0.1:1/x', '--dir', dir);
    expect(lonely.code).toBe(1);
    expect(lonely.err).toMatch(/001_lonely\.sql: no rollback file .*rollback\/001_lonely\.rollback\.sql/);
    expect(lonely.err).not.toContain('cannot connect');
  });
});
